package org.aorresolver.tiles.mvt;

import java.util.Arrays;

/**
 * A feature's geometry as MVT command and parameter integers. Coordinates are absolute tile
 * coordinates; this class keeps the cursor and writes the zigzag-encoded deltas the specification
 * (section 4.3) asks for. Not thread-safe; one per feature.
 */
final class Commands {
  static final int MOVE_TO = 1;
  static final int LINE_TO = 2;
  static final int CLOSE_PATH = 7;

  private int[] values = new int[32];
  private int size;
  private int cursorX;
  private int cursorY;

  /** A command integer: the command id in the low 3 bits, the repeat count above. */
  static int command(int id, int count) {
    return (id & 0x7) | (count << 3);
  }

  /** One point: MoveTo with a count of 1. */
  Commands point(int x, int y) {
    add(command(MOVE_TO, 1));
    delta(x, y);
    return this;
  }

  /**
   * A closed ring of {@code xy.length / 2} distinct vertices ({@code x0, y0, x1, y1, ...}), the
   * first not repeated at the end: MoveTo, LineTo for the others, ClosePath.
   */
  Commands ring(int[] xy) {
    int n = xy.length / 2;
    if (n < 3) {
      throw new IllegalArgumentException("a ring needs 3 vertices, got " + n);
    }
    add(command(MOVE_TO, 1));
    delta(xy[0], xy[1]);
    add(command(LINE_TO, n - 1));
    for (int i = 1; i < n; i++) {
      delta(xy[2 * i], xy[2 * i + 1]);
    }
    add(command(CLOSE_PATH, 1));
    return this;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  private void delta(int x, int y) {
    add(ProtoWriter.zigzag(x - cursorX));
    add(ProtoWriter.zigzag(y - cursorY));
    cursorX = x;
    cursorY = y;
  }

  private void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }
}
