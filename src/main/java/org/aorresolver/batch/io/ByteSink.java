package org.aorresolver.batch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that output rows are written into before they go out in order. A worker
 * stops adding rows once the sink is {@link #full()}, so what one chunk of input holds in memory as
 * output is bounded by the {@link #limit} and one row, whatever the rows expand to.
 */
public final class ByteSink {
  private byte[] buf;
  private int size;
  private int limit = Integer.MAX_VALUE;

  public ByteSink(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  public void write(int b) {
    if (size == buf.length) {
      grow(1);
    }
    buf[size++] = (byte) b;
  }

  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  public void write(byte[] b, int from, int to) {
    int n = to - from;
    if (size + n > buf.length) {
      grow(n);
    }
    System.arraycopy(b, from, buf, size, n);
    size += n;
  }

  /** Writes text as UTF-8. */
  public void write(String s) {
    write(s.getBytes(StandardCharsets.UTF_8));
  }

  public int size() {
    return size;
  }

  /** Rows stop being added once this many bytes are held; the row that crossed it is kept. */
  public void limit(int bytes) {
    limit = bytes;
  }

  /** True when no further row is to be added. */
  public boolean full() {
    return size >= limit;
  }

  public byte[] array() {
    return buf;
  }

  public void reset() {
    size = 0;
  }

  /** Drops what was written after the first {@code newSize} bytes. */
  public void truncate(int newSize) {
    size = Math.min(size, newSize);
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }

  private void grow(int extra) {
    long grown = capacityFor(buf.length, (long) size + extra);
    buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, grown));
  }

  /**
   * The length of the array of a sink made with {@code capacity} once it holds {@code bytes}: the
   * capacity doubled as often as needed.
   */
  public static long capacityFor(long capacity, long bytes) {
    long c = Math.max(16, capacity);
    while (c < bytes) {
      c *= 2;
    }
    return c;
  }
}
