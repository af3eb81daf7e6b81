package org.aorresolver.geo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Arrays of numbers to and from a {@link DataInput} or {@link DataOutput} (big-endian, as those
 * write single values), in pieces of 64 KiB: reading millions of values one call each is several
 * times slower while the JIT has not yet compiled the loop, which is always at start-up.
 */
public final class PrimitiveIo {
  private static final int PIECE = 1 << 16;

  private PrimitiveIo() {}

  /** Moves {@code n} values between a piece and an array, from the array's index {@code at}. */
  private interface Move {
    void values(ByteBuffer piece, int at, int n);
  }

  public static void readDoubles(DataInput in, double[] out) throws IOException {
    read(in, out.length, Double.BYTES, (piece, at, n) -> piece.asDoubleBuffer().get(out, at, n));
  }

  public static void readLongs(DataInput in, long[] out) throws IOException {
    read(in, out.length, Long.BYTES, (piece, at, n) -> piece.asLongBuffer().get(out, at, n));
  }

  public static void readInts(DataInput in, int[] out) throws IOException {
    read(in, out.length, Integer.BYTES, (piece, at, n) -> piece.asIntBuffer().get(out, at, n));
  }

  public static void writeLongs(DataOutput out, long[] values) throws IOException {
    write(
        out, values.length, Long.BYTES, (piece, at, n) -> piece.asLongBuffer().put(values, at, n));
  }

  public static void writeInts(DataOutput out, int[] values) throws IOException {
    write(
        out,
        values.length,
        Integer.BYTES,
        (piece, at, n) -> piece.asIntBuffer().put(values, at, n));
  }

  private static void read(DataInput in, int count, int width, Move move) throws IOException {
    byte[] piece = new byte[Math.min(PIECE, width * count)];
    for (int at = 0; at < count; ) {
      int n = Math.min(count - at, piece.length / width);
      in.readFully(piece, 0, width * n);
      move.values(ByteBuffer.wrap(piece, 0, width * n), at, n);
      at += n;
    }
  }

  private static void write(DataOutput out, int count, int width, Move move) throws IOException {
    byte[] piece = new byte[PIECE];
    for (int at = 0; at < count; ) {
      int n = Math.min(count - at, PIECE / width);
      move.values(ByteBuffer.wrap(piece), at, n);
      out.write(piece, 0, width * n);
      at += n;
    }
  }
}
