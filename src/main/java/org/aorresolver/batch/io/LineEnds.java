package org.aorresolver.batch.io;

/**
 * Where lines end in a batch's input: at LF, CRLF or a lone CR (old Excel for Mac), as Excel and
 * Python's csv module read them. A CR followed by LF is one line end; a CR that is the last byte of
 * a buffer counts as a whole line end only at the end of the input (it may be the first half of
 * CRLF).
 */
public final class LineEnds {
  private LineEnds() {}

  /** True for CR and LF. */
  public static boolean isEnd(byte c) {
    return c == '\n' || c == '\r';
  }

  /** The first CR or LF in {@code b[from, to)}, or {@code to}. */
  public static int find(byte[] b, int from, int to) {
    int i = from;
    while (i < to && !isEnd(b[i])) {
      i++;
    }
    return i;
  }

  /** The position after the line end at {@code i} (CRLF taken whole). */
  public static int after(byte[] b, int i, int limit) {
    return b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n' ? i + 2 : i + 1;
  }

  /** The number of line ends in {@code b[from, to)}. */
  public static long count(byte[] b, int from, int to) {
    long n = 0;
    for (int i = find(b, from, to); i < to; i = find(b, after(b, i, to), to)) {
      n++;
    }
    return n;
  }
}
