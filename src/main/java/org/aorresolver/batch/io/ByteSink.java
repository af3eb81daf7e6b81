package org.aorresolver.batch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that output rows are written into before they go out in order. */
public final class ByteSink {
  private byte[] buf;
  private int size;

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
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
  }
}
