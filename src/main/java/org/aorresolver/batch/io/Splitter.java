package org.aorresolver.batch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Cuts a stream into chunks of whole lines (ended as {@link LineEnds} says), about {@code
 * chunkBytes} each, in constant memory: buffers come back through {@link #recycle}. A UTF-8 byte
 * order mark at the start is skipped (and reported). A line longer than the buffer becomes a chunk
 * of its own holding its first {@link #PREFIX_BYTES}; the rest of it is skipped, up to {@link
 * #MAX_LINE_FACTOR} times the longest line: input with no line end within that many bytes (a binary
 * file, {@code /dev/zero}) is not a file of lines, and {@link #next} throws {@link
 * NoLineEndException}. Only the reading thread may call {@link #next}.
 */
public final class Splitter {
  /** How much of an over-long line is kept, for the fields that start it (at most the limit). */
  public static final int PREFIX_BYTES = 4096;

  /** How many times the longest line a line may run on before the input is refused. */
  public static final int MAX_LINE_FACTOR = 64;

  private final InputStream in;
  private final int chunkBytes;
  private final int capacity;
  private final int prefixBytes;
  private final long maxSkip;
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
    this.prefixBytes = Math.min(PREFIX_BYTES, maxLineBytes);
    this.maxSkip = (long) MAX_LINE_FACTOR * maxLineBytes;
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
    int cut = lastLineEnd(buf, from, len);
    if (cut < 0 && !eof) {
      len = fill(buf, len, capacity);
      cut = lastLineEnd(buf, from, len);
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

  /**
   * The position after the last whole line end in {@code buf[from, len)}, or -1. Scanning back, a
   * CR met before any LF is not followed by one; only the buffer's last byte may still be.
   */
  private int lastLineEnd(byte[] buf, int from, int len) {
    for (int i = len - 1; i >= from; i--) {
      if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 < len || eof))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Keeps the start of a line that fills the whole buffer, and skips the rest of it. */
  private Chunk longLine(byte[] buf, int from, int len) throws IOException {
    boolean cr = buf[len - 1] == '\r';
    long length = len - from - (cr ? 1 : 0);
    while (!cr && !eof) {
      int n = readSome();
      int end = LineEnds.find(carry, 0, n);
      length += end;
      if (length > maxSkip) {
        throw new NoLineEndException(maxSkip);
      }
      if (end < n) {
        cr = carry[end] == '\r' && end + 1 == n;
        int rest = cr ? n : LineEnds.after(carry, end, n);
        carryLength = n - rest;
        System.arraycopy(carry, rest, carry, 0, carryLength);
        break;
      }
    }
    if (cr) {
      dropLineFeed();
    }
    return new Chunk(buf, from, from + Math.min(prefixBytes, len - from), false, length);
  }

  /** Reads at least one byte into {@code carry} unless the input ends; how many. */
  private int readSome() throws IOException {
    int r = in.read(carry, 0, carry.length);
    while (r == 0) {
      r = in.read(carry, 0, carry.length);
    }
    eof = r < 0;
    return Math.max(0, r);
  }

  /** After a CR that ended a read: the LF of a CRLF is skipped, any other byte kept. */
  private void dropLineFeed() throws IOException {
    int c = in.read();
    if (c < 0) {
      eof = true;
    } else if (c != '\n') {
      carry[0] = (byte) c;
      carryLength = 1;
    }
  }
}
