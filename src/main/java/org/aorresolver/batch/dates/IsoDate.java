package org.aorresolver.batch.dates;

/**
 * Reads a calendar date {@code YYYY-MM-DD} from bytes, optionally followed by a time after {@code
 * T} or a space (ignored), as {@code yyyymmdd}; -1 when it is not a valid date.
 */
public final class IsoDate {
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private IsoDate() {}

  public static int parse(byte[] b, int from, int to) {
    if (to - from < 10 || (to - from > 10 && b[from + 10] != 'T' && b[from + 10] != ' ')) {
      return -1;
    }
    if (b[from + 4] != '-' || b[from + 7] != '-') {
      return -1;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
      return -1;
    }
    if (month == 2 && day == 29 && !leap(year)) {
      return -1;
    }
    return year * 10_000 + month * 100 + day;
  }

  /** The same for text; non-ASCII text is never a date. */
  public static int parse(String s) {
    byte[] b = new byte[s.length()];
    for (int i = 0; i < b.length; i++) {
      char c = s.charAt(i);
      b[i] = c < 128 ? (byte) c : (byte) '?';
    }
    return parse(b, 0, b.length);
  }

  /** The first ten characters when the text is a date followed by a time; the text otherwise. */
  public static String dayOf(String s) {
    return s.length() > 10 && parse(s) >= 0 ? s.substring(0, 10) : s;
  }

  private static int digits(byte[] b, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static boolean leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }
}
