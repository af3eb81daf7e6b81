package org.aorresolver.batch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which CSV column holds which {@link Field}, from the header, or the Census Geocoder's batch
 * layout (no header; {@code id, street, city, state, zip}).
 *
 * @param count the number of columns every row should have
 * @param header the header's names; empty for the Census layout, which has none
 */
record Columns(int count, int[] index, List<String> header) {

  static Columns ofCensusLayout() {
    int[] index = none();
    index[Field.ID.ordinal()] = 0;
    index[Field.STREET.ordinal()] = 1;
    index[Field.CITY.ordinal()] = 2;
    index[Field.STATE.ordinal()] = 3;
    index[Field.ZIP.ordinal()] = 4;
    return new Columns(5, index, List.of());
  }

  /**
   * The columns named in a header, or null when it names no place column. A header that names one
   * field twice ({@code lat} twice, or {@code lat} and {@code Latitude}) is refused: which of the
   * two to read would be a guess. Other names may repeat; those columns pass through.
   */
  static Columns ofHeader(List<String> names, String dateColumn) throws BatchInputException {
    int[] index = none();
    for (int i = 0; i < names.size(); i++) {
      Field f = Field.named(names.get(i), dateColumn);
      if (f != null && index[f.ordinal()] >= 0) {
        int first = index[f.ordinal()];
        throw new BatchInputException(
            String.format(
                Locale.ROOT,
                "the header names the same field twice: column %d \"%s\" and column %d \"%s\";"
                    + " keep one, or rename the other",
                first + 1,
                names.get(first),
                i + 1,
                names.get(i)));
      }
      if (f != null) {
        index[f.ordinal()] = i;
      }
    }
    boolean place = Field.PLACE.stream().anyMatch(f -> index[f.ordinal()] >= 0);
    return place ? new Columns(names.size(), index, List.copyOf(names)) : null;
  }

  boolean census() {
    return header.isEmpty();
  }

  /** The column of a field, or -1. */
  int of(Field f) {
    return index[f.ordinal()];
  }

  /** The added columns' names: {@code aor_} in front of any the input already has. */
  List<String> addedNames() {
    return Outcome.COLUMNS.stream()
        .map(
            c ->
                header.stream().anyMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(c))
                    ? "aor_" + c
                    : c)
        .toList();
  }

  private static int[] none() {
    int[] index = new int[Field.values().length];
    Arrays.fill(index, -1);
    return index;
  }
}
