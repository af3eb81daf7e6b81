package org.aorresolver.batch.io;

/** The delimiters a CSV file's fields may be apart by, and which one a file uses. */
public final class Delimiters {
  /** The delimiters {@link #of} tells apart, preferred in this order on a tie. */
  public static final byte[] ALL = {',', ';', '\t', '|'};

  private Delimiters() {}

  /**
   * The delimiter of a file from its first line {@code b[from, to)}: whichever of {@link #ALL} it
   * has most of outside quotes, a comma when it has none.
   */
  public static byte of(byte[] b, int from, int to) {
    int[] counts = new int[ALL.length];
    boolean quoted = false;
    for (int i = from; i < to && (quoted || !LineEnds.isEnd(b[i])); i++) {
      if (b[i] == '"') {
        quoted = !quoted;
      }
      for (int d = 0; d < ALL.length && !quoted; d++) {
        counts[d] += b[i] == ALL[d] ? 1 : 0;
      }
    }
    int best = 0;
    for (int d = 1; d < counts.length; d++) {
      best = counts[d] > counts[best] ? d : best;
    }
    return ALL[best];
  }
}
