package org.aorresolver.batch.io;

/**
 * UTF-8 checks for rows with bytes above ASCII or NUL: whether a range is well-formed (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), and a copy with every ill-formed sequence
 * and every NUL replaced by U+FFFD.
 */
public final class Utf8 {
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private Utf8() {}

  /** True when {@code b[from, to)} is well-formed UTF-8 without NUL. */
  public static boolean clean(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int n = sequence(b, i, to);
      if (n <= 0) {
        return false;
      }
      i += n;
    }
    return true;
  }

  /** Copies {@code b[from, to)} to {@code out}, replacing ill-formed sequences and NUL. */
  public static void sanitize(byte[] b, int from, int to, ByteSink out) {
    int i = from;
    while (i < to) {
      int n = sequence(b, i, to);
      if (n > 0) {
        out.write(b, i, i + n);
        i += n;
      } else {
        out.write(REPLACEMENT);
        i += -n;
      }
    }
  }

  /**
   * The length of the well-formed sequence at {@code i}, or minus the number of bytes to replace
   * (the maximal ill-formed prefix, at least one byte). NUL counts as ill-formed.
   */
  private static int sequence(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return c == 0 ? -1 : 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= to) {
        return -k;
      }
      int t = b[i + k] & 0xFF;
      if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) {
        return -k;
      }
    }
    return n;
  }
}
