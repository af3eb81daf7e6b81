package org.aorresolver.batch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Cuts a stream into chunks of whole lines, about {@code chunkBytes} each, in constant memory:
 * buffers come back through {@link #recycle}. A UTF-8 byte order mark at the start is skipped (and
 * reported). A line longer than the buffer becomes a chunk of its own holding its first {@code
 * PREFIX_BYTES}; the rest of it is skipped. Only the reading thread may call {@link #next}.
 */
public final class Splitter {
  /** How much of an over-long line is kept, for the fields that start it. */
  public static final int PREFIX_BYTES = 4096;

  private final InputStream in;
  private final int chunkBytes;
  private final int capacity;
  private final BlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(32);
  private final byte[] carry;
  private int carryLength;
  private boolean eof;
  private boolean started;
  private boolean bom;
  private Chunk pushedBack;

  /** Lines up to {@code maxLineBytes} always fit in one chunk. */
  public Splitter(InputStream in, int chunkBytes, int maxLineBytes) {
    this.in = in;
    this.chunkBytes = chunkBytes;
    this.capacity = chunkBytes + maxLineBytes + 2;
    this.carry = new byte[capacity];
  }

  /** The next chunk, or null at the end of the input. */
  public Chunk next() throws IOException {
    if (pushedBack != null) {
      Chunk c = pushedBack;
      pushedBack = null;
      return c;
    }
    if (eof && carryLength == 0) {
      return null;
    }
    byte[] buf = buffer();
    System.arraycopy(carry, 0, buf, 0, carryLength);
    int len = fill(buf, carryLength, chunkBytes);
    carryLength = 0;
    int from = started ? 0 : skipBom(buf, len);
    started = true;
    int cut = lastLineBreak(buf, from, len);
    if (cut < 0 && !eof) {
      len = fill(buf, len, capacity);
      cut = lastLineBreak(buf, from, len);
    }
    if (eof) {
      return new Chunk(buf, from, len, true, 0);
    }
    if (cut < 0) {
      return longLine(buf, from, len);
    }
    carryLength = len - cut;
    System.arraycopy(buf, cut, carry, 0, carryLength);
    return new Chunk(buf, from, cut, false, 0);
  }

  /** Gives a chunk back, to be returned again by the next {@link #next}. */
  public void pushBack(Chunk chunk) {
    pushedBack = chunk;
  }

  /** Returns a chunk's buffer for reuse once nothing reads it any more. */
  public void recycle(Chunk chunk) {
    if (chunk.bytes().length == capacity) {
      buffers.offer(chunk.bytes());
    }
  }

  /** About how many bytes a chunk holds. */
  public int chunkBytes() {
    return chunkBytes;
  }

  /** True when the input started with a UTF-8 byte order mark. */
  public boolean bom() {
    return bom;
  }

  private byte[] buffer() {
    byte[] b = buffers.poll();
    return b != null ? b : new byte[capacity];
  }

  private int fill(byte[] buf, int len, int target) throws IOException {
    while (len < target && !eof) {
      int n = in.read(buf, len, target - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
      }
    }
    return len;
  }

  private int skipBom(byte[] buf, int len) {
    bom = len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF;
    return bom ? 3 : 0;
  }

  /** The position after the last line break in {@code buf[from, len)}, or -1. */
  private static int lastLineBreak(byte[] buf, int from, int len) {
    for (int i = len - 1; i >= from; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Keeps the start of a line that fills the whole buffer, and skips the rest of it. */
  private Chunk longLine(byte[] buf, int from, int len) throws IOException {
    long total = len - from;
    int end = -1;
    while (end < 0 && !eof) {
      int n = 0;
      while (n < carry.length && !eof) {
        int r = in.read(carry, n, carry.length - n);
        if (r < 0) {
          eof = true;
        } else {
          n += r;
          break;
        }
      }
      end = indexOf(carry, n);
      total += end < 0 ? n : end;
      if (end >= 0) {
        carryLength = n - end - 1;
        System.arraycopy(carry, end + 1, carry, 0, carryLength);
      }
    }
    return new Chunk(buf, from, from + Math.min(PREFIX_BYTES, len - from), false, total);
  }

  private static int indexOf(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
