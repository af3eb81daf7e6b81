package org.aorresolver.batch.xlsx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.aorresolver.batch.BatchInputException;

/**
 * The size of a zip file's central directory, read from its end record before any zip library reads
 * the directory itself: a file of a million tiny entries would make the library hold a million
 * entry objects. Zip64 end records are followed.
 */
final class ZipDirectory {
  /** More entries than any workbook has (a sheet, its relationships, styles, strings, images). */
  static final long MAX_ENTRIES = 10_000;

  /** Bytes of directory: names and extra fields of that many entries, with room to spare. */
  static final long MAX_DIRECTORY_BYTES = 4 << 20;

  private static final int END = 0x06054b50;
  private static final int LOCATOR = 0x07064b50;
  private static final int END64 = 0x06064b50;
  private static final int TAIL = 22 + 0xFFFF;

  /** The first bytes of an OLE2 file: an .xls workbook, or an .xlsx encrypted with a password. */
  private static final int OLE2 = 0xE011CFD0;

  private ZipDirectory() {}

  /**
   * Refuses a file that is no zip, or whose directory lists more than {@link #MAX_ENTRIES} or takes
   * more than {@link #MAX_DIRECTORY_BYTES}.
   */
  static void check(Path file) throws IOException, BatchInputException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int n = (int) Math.min(size, TAIL);
      ByteBuffer tail = read(ch, size - n, n);
      int end = -1;
      for (int i = n - 22; i >= 0 && end < 0; i--) {
        end = tail.getInt(i) == END ? i : -1;
      }
      if (end < 0 && size >= 4 && read(ch, 0, 4).getInt(0) == OLE2) {
        throw new BatchInputException(
            "not an .xlsx workbook but an .xls one or one with a password; save it as .xlsx"
                + " without a password, or as CSV");
      }
      if (end < 0) {
        throw new BatchInputException("not an .xlsx workbook: no zip directory at its end");
      }
      long entries = tail.getShort(end + 10) & 0xFFFF;
      long bytes = tail.getInt(end + 12) & 0xFFFFFFFFL;
      if ((entries == 0xFFFF || bytes == 0xFFFFFFFFL)
          && end >= 20
          && tail.getInt(end - 20) == LOCATOR) {
        ByteBuffer end64 = read(ch, tail.getLong(end - 20 + 8), 56);
        entries = end64.getInt(0) == END64 ? end64.getLong(32) : entries;
        bytes = end64.getInt(0) == END64 ? end64.getLong(40) : bytes;
      }
      if (bytes < 0 || bytes > MAX_DIRECTORY_BYTES) {
        throw new WorkbookTooLargeException(
            String.format(
                Locale.ROOT,
                "the workbook's zip directory takes %,d bytes; a workbook's takes a few thousand"
                    + " (at most %,d)",
                bytes,
                MAX_DIRECTORY_BYTES));
      }
      if (entries < 0 || entries > MAX_ENTRIES) {
        throw new WorkbookTooLargeException(
            String.format(
                Locale.ROOT,
                "the workbook's zip lists %,d entries; a workbook has a few dozen (at most %,d)",
                entries,
                MAX_ENTRIES));
      }
    }
  }

  private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    if (at < 0 || at + n > ch.size()) {
      return b.putInt(0, 0);
    }
    while (b.hasRemaining() && ch.read(b, at + b.position()) >= 0) {
      // reading
    }
    return b.flip();
  }
}
