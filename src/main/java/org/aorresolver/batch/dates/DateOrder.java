package org.aorresolver.batch.dates;

/**
 * The order of day and month in a column's numeric dates ({@code 03/04/2021}): settled for the
 * whole column from the dates themselves, since the same text means 4 March in one file and 3 April
 * in another, and a file must not be read half one way and half the other.
 */
public enum DateOrder {
  MONTH_FIRST("month first (M/D/YYYY)"),
  DAY_FIRST("day first (D/M/YYYY)"),
  /** No numeric date needs an order; dates with dots ({@code 1.3.2021}) are read day first. */
  UNKNOWN("as written (no date tells day or month first; D.M.YYYY is read day first)");

  private final String description;

  DateOrder(String description) {
    this.description = description;
  }

  String describe() {
    return description;
  }

  /**
   * The order of a column from some of its values: day first when a first number is over 12 ({@code
   * 15/01/2022}), month first when a second one is ({@code 1/15/2022}).
   *
   * @throws IllegalArgumentException when the values show both orders, or when a slash or dash date
   *     reads two ways ({@code 03/04/2021}) and no value tells which: the reason names them
   */
  public static DateOrder detect(Iterable<String> values) {
    String dayFirst = null;
    String monthFirst = null;
    String twoWays = null;
    for (String v : values) {
      String s = v == null ? "" : v.strip();
      if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9' || IsoDate.parse(s) >= 0) {
        continue;
      }
      NumericDate n = NumericDate.of(s);
      if (n == null || n.kind() != NumericDate.Kind.DAY_MONTH) {
        continue;
      }
      if (n.a() > 12 && n.b() <= 12 && dayFirst == null) {
        dayFirst = s;
      } else if (n.b() > 12 && n.a() <= 12 && monthFirst == null) {
        monthFirst = s;
      } else if (n.a() != n.b()
          && n.a() <= 12
          && n.b() <= 12
          && n.separator() != '.'
          && twoWays == null) {
        twoWays = s;
      }
    }
    if (dayFirst != null && monthFirst != null) {
      throw new IllegalArgumentException(
          "the dates are written day first ('"
              + dayFirst
              + "') and month first ('"
              + monthFirst
              + "'); give the order with a date format");
    }
    if (dayFirst != null || monthFirst != null) {
      return dayFirst != null ? DAY_FIRST : MONTH_FIRST;
    }
    if (twoWays != null) {
      throw new IllegalArgumentException(
          "'"
              + twoWays
              + "' can be read day first or month first and no date tells which;"
              + " give the order with a date format (M/d/yyyy or d/M/yyyy)");
    }
    return UNKNOWN;
  }

  /** The order to read one date in: this, except that dots mean day first when none is known. */
  DateOrder orFor(NumericDate n) {
    return this == UNKNOWN && n.separator() == '.' ? DAY_FIRST : this;
  }
}
