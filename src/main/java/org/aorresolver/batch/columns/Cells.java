package org.aorresolver.batch.columns;

/**
 * Cell values as spreadsheets leave them, made readable: a ZIP code that lost its leading zeros, a
 * decimal comma. Each says whether it changed the value, so the row can say so.
 */
public final class Cells {
  private Cells() {}

  /**
   * A ZIP code of 3 or 4 digits (with or without {@code -} and 4 more) padded with zeros to 5, as a
   * spreadsheet that read {@code 01001} as a number leaves it; any other value as given.
   */
  public static String zip(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    int dash = v.indexOf('-');
    int digits = dash < 0 ? v.length() : dash;
    if (digits < 3 || digits > 4 || !allDigits(v, 0, digits)) {
      return value;
    }
    if (dash >= 0 && (v.length() - dash - 1 != 4 || !allDigits(v, dash + 1, v.length()))) {
      return value;
    }
    return "0".repeat(5 - digits) + v;
  }

  /** The note a row gets when its ZIP code was padded. */
  public static String zipNote(String given, String padded) {
    return "ZIP code " + given.strip() + " read as " + padded + " (leading zeros restored)";
  }

  /**
   * A number written with a decimal comma ({@code 26,19}) with a point; any other value as given.
   */
  public static String decimalPoint(String value) {
    if (value == null || value.indexOf(',') < 0 || value.indexOf('.') >= 0) {
      return value;
    }
    int comma = value.indexOf(',');
    return value.indexOf(',', comma + 1) < 0 ? value.replace(',', '.') : value;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
