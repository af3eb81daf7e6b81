package org.aorresolver.batch.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.io.CsvScanner;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A batch's CSV answer written as an {@code .xlsx} workbook as it comes, row for row, in bounded
 * memory: the rows go out to the zip as they are written (strings inline, so no table of them
 * grows), and only a few hundred rows are held at a time. The first CSV record is the header
 * (unless the caller gives one); each field is a cell as {@link CellValue} types it. {@link
 * #finish} ends the workbook; a workbook not finished is no workbook, so a cut answer never reads
 * as whole.
 */
public final class XlsxAnswer extends OutputStream {
  /** The content type of a workbook. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Rows go out to the zip after this many rows, or once their cells hold about a MiB (counting
   * each cell's text and 32 bytes for the cell), whichever comes first.
   */
  private static final int FLUSH_ROWS = 256;

  private static final int FLUSH_BYTES = 1 << 20;

  private static final int CELL_BYTES = 32;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Workbook workbook;
  private final Worksheet sheet;
  private final CsvScanner scanner = new CsvScanner(Integer.MAX_VALUE / 2, 0);
  private final CellValue cells;
  private byte[] buf = new byte[1 << 16];
  private int size;
  private int row;
  private long held;
  private boolean started;
  private List<String> header;

  private XlsxAnswer(OutputStream out, String sheetName, List<String> header) throws IOException {
    this.workbook = new Workbook(new Unclosed(out), "aor-resolver", "1.0");
    this.sheet = workbook.newWorksheet(sheetName(sheetName));
    this.cells = new CellValue(sheet);
    this.header = header;
    if (header != null) {
      row(header.toArray(String[]::new));
    }
  }

  /**
   * The most heap writing an answer of {@code rows} rows holds, for a batch whose pieces of output
   * hold at most {@code pieceBytes}: a piece as it arrives, twice over while the buffer grows; the
   * rows not yet gone out (a MiB of text and a row, as cells); the zip's buffers; and the writer's
   * list of rows, which keeps a reference for each row written.
   */
  public static long heapBound(long rows, long pieceBytes) {
    return 3 * pieceBytes + (8L << 20) + 10 * Math.min(rows, XlsxLimits.MAX_ROWS);
  }

  /**
   * A workbook of one sheet named {@code sheetName} written to {@code out} (left open); {@code
   * header} is the header row when the CSV has none (the Census layout), else null.
   */
  public static XlsxAnswer to(OutputStream out, String sheetName, List<String> header)
      throws IOException {
    return new XlsxAnswer(out, sheetName, header);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (size + len > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
    }
    System.arraycopy(b, off, buf, size, len);
    size += len;
    rows(false);
  }

  /** Writes the rows left and ends the workbook; the stream under it stays open. */
  public void finish() throws IOException {
    rows(true);
    workbook.finish();
  }

  private void rows(boolean eof) throws IOException {
    int pos = 0;
    if (!started && size >= 3 && Arrays.equals(buf, 0, 3, BOM, 0, 3)) {
      pos = 3; // a byte order mark means nothing in a workbook
    }
    started |= size >= 3 || eof;
    while (pos < size) {
      CsvScanner.Kind kind = scanner.scan(buf, pos, size, eof);
      boolean crAtEnd = scanner.next() == size && buf[size - 1] == '\r';
      if (kind == CsvScanner.Kind.INCOMPLETE || (crAtEnd && !eof)) {
        break; // the rest of the record, or the LF of its CRLF, is still to come
      }
      String[] fields = new String[scanner.fields()];
      for (int i = 0; i < fields.length; i++) {
        String f =
            new String(
                buf, scanner.start(i), scanner.end(i) - scanner.start(i), StandardCharsets.UTF_8);
        fields[i] = scanner.escaped(i) ? f.replace("\"\"", "\"") : f;
      }
      row(fields);
      pos = scanner.next();
    }
    System.arraycopy(buf, pos, buf, 0, size - pos);
    size -= pos;
  }

  private void row(String[] fields) throws IOException {
    if (row >= XlsxLimits.MAX_ROWS) {
      throw new IOException(
          "a sheet holds at most 1,048,576 rows and this answer has more: answer as CSV");
    }
    if (header == null) {
      header = List.of(fields);
    }
    if (row == 0) {
      cells.header(header, header.size() - Outcome.COLUMNS.size());
    }
    for (int c = 0; c < fields.length && c < XlsxLimits.MAX_COLUMNS; c++) {
      cells.put(row, c, fields[c]);
      held += 2L * fields[c].length() + CELL_BYTES;
    }
    row++;
    if (row % FLUSH_ROWS == 0 || held > FLUSH_BYTES) {
      sheet.flush();
      held = 0;
    }
  }

  /** A sheet name Excel takes: at most 31 characters, none of {@code []:*?/\}. */
  private static String sheetName(String name) {
    String n = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    n = n.isEmpty() ? "batch" : n;
    return n.length() > 31 ? n.substring(0, 31) : n;
  }

  /** The stream the workbook is written to, left open when the workbook's zip is closed. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
