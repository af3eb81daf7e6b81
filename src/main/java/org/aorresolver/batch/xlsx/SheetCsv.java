package org.aorresolver.batch.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.aorresolver.batch.Csv;
import org.aorresolver.batch.io.ByteSink;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * A sheet read row by row as CSV bytes (RFC 4180, LF line ends): the first row with a value is the
 * header, and its last non-empty cell sets the width; each row after it is one line, its cells as
 * {@link CellText} gives them, up to its last non-empty cell and at least the header's width. A row
 * with no value between rows with values (blank, or missing from the file) is an empty line, which
 * the batch answers as a blank line; blank rows after the last row with a value are no rows. Merged
 * cells read as Excel saves them: the value in the first cell, the others empty.
 */
final class SheetCsv extends InputStream {
  private static final int BLANKS_AT_ONCE = 4096;

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final int maxRowBytes;
  private final boolean date1904;
  private final ByteSink line = new ByteSink(4096);
  private int pos;
  private int width = -1;
  private int last;
  private Row held;

  private SheetCsv(ReadableWorkbook workbook, Stream<Row> stream, int maxRowBytes) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.maxRowBytes = maxRowBytes;
    this.date1904 = workbook.isDate1904();
  }

  static SheetCsv open(Path file, String sheet, int maxRowBytes) throws IOException {
    ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
    try {
      Stream<Row> rows = wb.findSheet(sheet).orElseThrow().openStream();
      return new SheetCsv(wb, rows, maxRowBytes);
    } catch (IOException | RuntimeException e) {
      wb.close();
      throw e;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos == line.size() && !fill()) {
      return -1;
    }
    int n = Math.min(len, line.size() - pos);
    System.arraycopy(line.array(), pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }

  /** The next line or lines; false at the end of the sheet. */
  private boolean fill() throws IOException {
    line.reset();
    pos = 0;
    try {
      while (line.size() == 0 && (held != null || rows.hasNext())) {
        Row r = held != null ? held : rows.next();
        held = null;
        String[] cells = cells(r);
        if (cells.length == 0) {
          continue;
        }
        if (width < 0) {
          width = cells.length;
        } else if (r.getRowNum() - last > 1) { // blank rows first, a few thousand at a time
          int blanks = Math.min(BLANKS_AT_ONCE, r.getRowNum() - last - 1);
          for (int i = 0; i < blanks; i++) {
            line.write('\n');
          }
          last += blanks;
          held = r;
          continue;
        }
        write(cells);
        last = r.getRowNum();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) { // the reader's own failures: a part it cannot read
      throw new IOException("the workbook cannot be read after row " + last + ": " + e, e);
    }
    return line.size() > 0;
  }

  /** The row's cells up to its last non-empty one; none for a row without a value. */
  private String[] cells(Row r) {
    String[] text = new String[r.getCellCount()];
    int n = 0;
    for (int i = 0; i < text.length; i++) {
      text[i] = CellText.of(r.getCell(i), date1904);
      n = text[i].isEmpty() ? n : i + 1;
    }
    String[] cells = Arrays.copyOf(text, n == 0 ? 0 : Math.max(n, width));
    for (int i = n; i < cells.length; i++) {
      cells[i] = "";
    }
    return cells;
  }

  private void write(String[] cells) {
    for (int i = 0; i < cells.length && line.size() <= maxRowBytes; i++) {
      if (i > 0) {
        line.write(',');
      }
      Csv.writeField(cells[i], line);
    }
    line.write('\n');
  }
}
