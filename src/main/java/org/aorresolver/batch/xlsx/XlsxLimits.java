package org.aorresolver.batch.xlsx;

/**
 * What a workbook may hold before it is read, so that reading it stays within a known heap (the
 * reader keeps the shared strings, the styles and one row of the sheet) and an {@code .xlsx} that
 * inflates far beyond its size (a zip bomb) is refused instead of filling the memory or the disk.
 *
 * @param maxHeldBytes the parts the reader keeps in memory (content types, workbook, its
 *     relationships, styles, shared strings), inflated, together
 * @param maxSheetBytes the sheet read, inflated
 * @param maxRatio how many times its stored size a part may inflate to (beyond its first MiB)
 * @param maxRowChars the characters of text one row of the sheet may hold (shared strings are
 *     counted by their index)
 */
public record XlsxLimits(long maxHeldBytes, long maxSheetBytes, int maxRatio, int maxRowChars) {
  /** Excel's own limits: columns A to XFD, rows 1 to 1,048,576. */
  public static final int MAX_COLUMNS = 16_384;

  public static final int MAX_ROWS = 1_048_576;

  /** Bytes of heap one cell of the row read takes at most, besides its text. */
  private static final long CELL_HEAP = 200;

  /** Parts of a workbook may inflate to 100 times their stored size, as Apache POI allows. */
  public static final int DEFAULT_RATIO = 100;

  /** A part inflates freely up to this many bytes, whatever its ratio. */
  static final long RATIO_GRACE = 1 << 20;

  /** For the {@code batch} command: an eighth of the heap for the parts kept, 16 GiB of sheet. */
  public static XlsxLimits forCommand(int maxRowBytes) {
    return new XlsxLimits(
        Runtime.getRuntime().maxMemory() / 8, 16L << 30, DEFAULT_RATIO, maxRowBytes);
  }

  /**
   * The most heap reading a workbook holds besides its kept parts ({@link #heldHeap}): one row of
   * the sheet, its widest as cells and its text as characters, and the parser's and inflater's
   * buffers.
   */
  public long rowHeap() {
    return MAX_COLUMNS * CELL_HEAP + 6L * maxRowChars + (1 << 20);
  }

  /**
   * The heap the kept parts take once read, for {@code bytes} of them inflated: at most four times
   * (a shared string of no characters takes about 48 bytes of heap for its 13 bytes of XML).
   */
  public static long heldHeap(long bytes) {
    return 4 * bytes;
  }
}
