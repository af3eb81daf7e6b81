package org.aorresolver.batch.columns;

/**
 * Cell values as spreadsheets leave them, made readable: a decimal comma. (A ZIP code that lost its
 * leading zeros is padded, and noted, by the resolver itself, for the API and batches alike.)
 */
public final class Cells {
  private Cells() {}

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
}
