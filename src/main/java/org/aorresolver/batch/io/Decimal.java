package org.aorresolver.batch.io;

/**
 * Reads plain decimal numbers ({@code -98.4936}, {@code +29.42}, {@code .5}) straight from bytes.
 * Exact: with at most 15 significant digits and 22 decimals, the digits form an integer below
 * 2<sup>53</sup> and the power of ten is exact, so one division rounds correctly and the result is
 * the double {@link Double#parseDouble} gives. Anything else (exponents, spaces, more digits) is
 * left to the caller's slow path: the answer is NaN.
 */
public final class Decimal {
  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Decimal() {}

  /** The number in {@code b[from, to)}, or NaN when it is not a plain decimal of this kind. */
  public static double parse(byte[] b, int from, int to) {
    return parse(b, from, to, (byte) '.');
  }

  /** The same, with {@code point} taken as a decimal point too ({@code ','}: {@code 26,19}). */
  public static double parse(byte[] b, int from, int to, byte point) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int start = i;
    for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
      mantissa = mantissa * 10 + d;
    }
    int digits = i - start;
    int decimals = 0;
    if (i < to && (b[i] == '.' || b[i] == point)) {
      int fraction = ++i;
      for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
        mantissa = mantissa * 10 + d;
      }
      decimals = i - fraction;
    }
    digits += decimals;
    if (i != to || digits == 0 || digits > 18 || mantissa > MAX_EXACT || decimals > 22) {
      return Double.NaN;
    }
    double v = decimals > 0 ? mantissa / POW10[decimals] : (double) mantissa;
    return negative ? -v : v;
  }
}
