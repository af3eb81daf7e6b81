package org.aorresolver.batch;

import java.util.List;
import java.util.Locale;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.columns.ColumnMap;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateReader;

/**
 * How a CSV file's rows are read: how many fields each has, the {@link ColumnMap} of their roles
 * (or the Census Geocoder's batch layout, which has no header), the delimiter between fields and
 * how dates are read.
 *
 * @param count the number of columns every row should have
 * @param delimiter the byte between fields, also written between the output's
 * @param dates how the date column is read; null when there is none
 */
public record Columns(int count, ColumnMap map, byte delimiter, DateReader dates) {

  static Columns ofCensusLayout(byte delimiter) {
    return new Columns(5, ColumnMap.censusLayout(), delimiter, null);
  }

  boolean census() {
    return map.census();
  }

  /** The column of a role, or -1. */
  int of(Role r) {
    return map.column(r);
  }

  /** The added columns' names: {@code aor_} in front of any the input already has. */
  public List<String> addedNames() {
    return addedNames(map.header());
  }

  /** The same for a table with these column names. */
  public static List<String> addedNames(List<String> header) {
    return Outcome.COLUMNS.stream()
        .map(
            c ->
                header.stream().anyMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(c))
                    ? "aor_" + c
                    : c)
        .toList();
  }
}
