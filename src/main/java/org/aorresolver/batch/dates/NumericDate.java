package org.aorresolver.batch.dates;

/**
 * The shape of a date written in digits, before it is read as a date: {@code 20210301} ({@link
 * Kind#COMPACT}), an Excel serial of five digits, {@code 44256} or {@code 44256.6} ({@link
 * Kind#EXCEL}), {@code 2021/03/01} ({@link Kind#YEAR_FIRST}), or two numbers of one or two digits
 * and a year of two or four, all apart by the same slash, dot or dash ({@link Kind#DAY_MONTH}:
 * {@code 3/1/2021}, {@code 01.03.21}). After a year-first or day-month date, a space or {@code T}
 * may start a time.
 *
 * @param a the first number (the whole value for {@code COMPACT} and {@code EXCEL})
 * @param b the second number, or 0
 * @param c the third number, or 0
 * @param yearDigits how many digits the year has
 */
record NumericDate(Kind kind, int a, int b, int c, int yearDigits, char separator) {
  enum Kind {
    COMPACT,
    EXCEL,
    YEAR_FIRST,
    DAY_MONTH
  }

  /** The shape of {@code s} (stripped, starting with a digit), or null when it has none. */
  static NumericDate of(String s) {
    int end1 = digits(s, 0);
    int d1 = end1;
    if (d1 == 0 || d1 > 8) {
      return null;
    }
    int a = Integer.parseInt(s, 0, end1, 10);
    if (end1 == s.length()) {
      return d1 == 8 ? new NumericDate(Kind.COMPACT, a, 0, 0, 0, ' ') : excel(a, d1);
    }
    char sep = s.charAt(end1);
    int end2 = digits(s, end1 + 1);
    if (sep == '.' && end2 == s.length() && end2 > end1 + 1) {
      return excel(a, d1); // a serial with the time of day as a fraction
    }
    if (sep != '/' && sep != '.' && sep != '-' || end2 - end1 - 1 < 1 || end2 - end1 - 1 > 2) {
      return null;
    }
    if (end2 == s.length() || s.charAt(end2) != sep) {
      return null;
    }
    int end3 = digits(s, end2 + 1);
    int d3 = end3 - end2 - 1;
    if (end3 < s.length() && s.charAt(end3) != ' ' && s.charAt(end3) != 'T') {
      return null;
    }
    int b = Integer.parseInt(s, end1 + 1, end2, 10);
    if (d1 == 4 && (d3 == 1 || d3 == 2)) {
      return new NumericDate(
          Kind.YEAR_FIRST, a, b, Integer.parseInt(s, end2 + 1, end3, 10), 4, sep);
    }
    if (d1 > 2 || d3 != 2 && d3 != 4) {
      return null;
    }
    return new NumericDate(Kind.DAY_MONTH, a, b, Integer.parseInt(s, end2 + 1, end3, 10), d3, sep);
  }

  private static NumericDate excel(int serial, int digits) {
    return digits == 5 ? new NumericDate(Kind.EXCEL, serial, 0, 0, 0, ' ') : null;
  }

  /** The end of the run of ASCII digits starting at {@code from}. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
