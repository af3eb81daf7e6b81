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

  public static void readDoubles(DataInput in, double[] out) throws IOException {
    byte[] piece = new byte[Math.min(PIECE, 8 * out.length)];
    for (int at = 0; at < out.length; ) {
      int n = Math.min(out.length - at, piece.length / 8);
      in.readFully(piece, 0, 8 * n);
      ByteBuffer.wrap(piece, 0, 8 * n).asDoubleBuffer().get(out, at, n);
      at += n;
    }
  }

  public static void readLongs(DataInput in, long[] out) throws IOException {
    byte[] piece = new byte[Math.min(PIECE, 8 * out.length)];
    for (int at = 0; at < out.length; ) {
      int n = Math.min(out.length - at, piece.length / 8);
      in.readFully(piece, 0, 8 * n);
      ByteBuffer.wrap(piece, 0, 8 * n).asLongBuffer().get(out, at, n);
      at += n;
    }
  }

  public static void readInts(DataInput in, int[] out) throws IOException {
    byte[] piece = new byte[Math.min(PIECE, 4 * out.length)];
    for (int at = 0; at < out.length; ) {
      int n = Math.min(out.length - at, piece.length / 4);
      in.readFully(piece, 0, 4 * n);
      ByteBuffer.wrap(piece, 0, 4 * n).asIntBuffer().get(out, at, n);
      at += n;
    }
  }

  public static void writeLongs(DataOutput out, long[] values) throws IOException {
    ByteBuffer piece = ByteBuffer.allocate(PIECE);
    for (int at = 0; at < values.length; ) {
      int n = Math.min(values.length - at, PIECE / 8);
      piece.clear();
      piece.asLongBuffer().put(values, at, n);
      out.write(piece.array(), 0, 8 * n);
      at += n;
    }
  }

  public static void writeInts(DataOutput out, int[] values) throws IOException {
    ByteBuffer piece = ByteBuffer.allocate(PIECE);
    for (int at = 0; at < values.length; ) {
      int n = Math.min(values.length - at, PIECE / 4);
      piece.clear();
      piece.asIntBuffer().put(values, at, n);
      out.write(piece.array(), 0, 4 * n);
      at += n;
    }
  }
}
