package org.aorresolver.batch.io;

/**
 * A piece of the input: whole lines in {@code bytes[from, to)}, or, when {@code longLineBytes} is
 * positive, the first bytes of one line too long to hold (which had {@code longLineBytes} bytes).
 *
 * @param last true when the input ends with this chunk (its last line may lack a line break)
 */
public record Chunk(byte[] bytes, int from, int to, boolean last, long longLineBytes) {
  /** No bytes, at the end of the input. */
  public static final Chunk END = new Chunk(new byte[0], 0, 0, true, 0);

  public static Chunk of(byte[] bytes, boolean last) {
    return new Chunk(bytes, 0, bytes.length, last, 0);
  }

  public boolean longLine() {
    return longLineBytes > 0;
  }

  /** This chunk's bytes after {@code head}: a record cut at the previous chunk's end, completed. */
  public Chunk after(byte[] head) {
    byte[] joined = new byte[head.length + to - from];
    System.arraycopy(head, 0, joined, 0, head.length);
    System.arraycopy(bytes, from, joined, head.length, to - from);
    return of(joined, last);
  }
}
