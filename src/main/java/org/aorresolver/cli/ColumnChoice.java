package org.aorresolver.cli;

import java.util.EnumMap;
import java.util.Map;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.columns.Role;
import picocli.CommandLine.Option;

/**
 * The options that choose a file's columns by name and say how its dates are written: the same in
 * the {@code batch} command and the Spark job.
 */
public final class ColumnChoice {
  @Option(
      names = "--date-column",
      paramLabel = "NAME",
      description =
          "the column with each row's date (default: a column named date; without --edition or "
              + "--date, else the only date-like column)")
  public String dateColumn;

  @Option(names = "--lat-column", paramLabel = "NAME", description = "the latitude column")
  public String latColumn;

  @Option(names = "--lon-column", paramLabel = "NAME", description = "the longitude column")
  public String lonColumn;

  @Option(names = "--zip-column", paramLabel = "NAME", description = "the ZIP code column")
  public String zipColumn;

  @Option(
      names = "--county-column",
      paramLabel = "NAME",
      description = "the county column (FIPS code, or name with a state column)")
  public String countyColumn;

  @Option(
      names = "--state-column",
      paramLabel = "NAME",
      description = "the state column (USPS code or name)")
  public String stateColumn;

  @Option(
      names = "--address-column",
      paramLabel = "NAME",
      description = "the one-line address column")
  public String addressColumn;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "a java.time pattern for the dates (M/d/yyyy, dd.MM.yyyy, d MMM yyyy HH:mm); default: "
              + "every shape listed above")
  public String dateFormat;

  /**
   * The columns chosen and the date pattern, for {@link org.aorresolver.batch.columns.ColumnMap}.
   */
  public ColumnOptions options() {
    Map<Role, String> chosen = new EnumMap<>(Role.class);
    chosen.put(Role.LAT, latColumn);
    chosen.put(Role.LON, lonColumn);
    chosen.put(Role.ZIP, zipColumn);
    chosen.put(Role.COUNTY, countyColumn);
    chosen.put(Role.STATE, stateColumn);
    chosen.put(Role.ADDRESS, addressColumn);
    chosen.put(Role.DATE, dateColumn);
    return new ColumnOptions(chosen, dateFormat, false);
  }
}
