package org.aorresolver.batch.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aorresolver.batch.BatchInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * An {@code .xlsx} workbook checked before it is read ({@link #check}), then one of its sheets read
 * as CSV ({@link #open}), so that the batch reads it as it reads any CSV file: the same columns,
 * the same rules, one output row for every row.
 *
 * <p>What is checked, before the reader opens the file: the zip's directory lists at most {@link
 * ZipDirectory#MAX_ENTRIES} entries; the parts the reader keeps in memory inflate within {@link
 * XlsxLimits#maxHeldBytes} together; the sheet inflates within {@link XlsxLimits#maxSheetBytes}; no
 * part inflates to more than {@link XlsxLimits#maxRatio} times its stored size; every part read is
 * well-formed XML; the sheet keeps to Excel's rows and columns and refers only to shared strings
 * that exist. So the reader never meets a part that could make it hold more than {@link
 * #heapBound}.
 */
public final class XlsxInput {
  private final Path file;
  private final String sheet;
  private final long heldBytes;
  private final long rows;
  private final XlsxLimits limits;

  private XlsxInput(Path file, String sheet, long heldBytes, long rows, XlsxLimits limits) {
    this.file = file;
    this.sheet = sheet;
    this.heldBytes = heldBytes;
    this.rows = rows;
    this.limits = limits;
  }

  /**
   * Checks the workbook {@code file} and its sheet named {@code sheet} (or numbered, from 1; null
   * for the first); counting its rows stops past {@code maxRows}.
   */
  public static XlsxInput check(Path file, String sheet, XlsxLimits limits, long maxRows)
      throws IOException, BatchInputException {
    ZipDirectory.check(file);
    long fileBytes = Files.size(file);
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      WorkbookParts parts = WorkbookParts.read(zip, fileBytes, limits);
      WorkbookParts.SheetRef ref = chosen(parts.sheets(), sheet);
      String part = parts.partOf(ref);
      ZipArchiveEntry entry = part == null ? null : zip.getEntry(part);
      if (entry == null) {
        throw new BatchInputException("the workbook has no part for sheet \"" + ref.name() + "\"");
      }
      long rows;
      try (Inflation in =
          Inflation.of(zip, entry, fileBytes, limits.maxSheetBytes(), limits.maxRatio())) {
        rows = SheetCheck.rows(in, ref.name(), limits, parts.sharedStrings(), maxRows);
      }
      return new XlsxInput(file, ref.name(), parts.heldBytes(), rows, limits);
    } catch (java.util.zip.ZipException e) {
      throw new BatchInputException("not an .xlsx workbook: " + e.getMessage());
    }
  }

  /** The sheet read. */
  public String sheet() {
    return sheet;
  }

  /** The rows after the header, blank rows between rows with values included. */
  public long rows() {
    return rows;
  }

  /** The most heap reading the workbook holds: its kept parts, one row, the buffers. */
  public long heapBound() {
    return XlsxLimits.heldHeap(heldBytes) + limits.rowHeap();
  }

  /**
   * The sheet as CSV: its header (the first row with a value), then one line for each row after it
   * up to the last with a value, an empty line for a blank row. A row's CSV stops growing past
   * {@code maxRowBytes}, so a longer row is one over the batch's row limit.
   */
  public InputStream open(int maxRowBytes) throws IOException {
    return SheetCsv.open(file, sheet, maxRowBytes);
  }

  private static WorkbookParts.SheetRef chosen(List<WorkbookParts.SheetRef> sheets, String name)
      throws BatchInputException {
    if (sheets.isEmpty()) {
      throw new BatchInputException("the workbook has no sheet");
    }
    if (name == null) {
      return sheets.get(0);
    }
    for (WorkbookParts.SheetRef s : sheets) {
      if (name.equals(s.name())) {
        return s;
      }
    }
    if (name.matches("\\d{1,6}")) {
      int i = Integer.parseInt(name);
      if (i >= 1 && i <= sheets.size()) {
        return sheets.get(i - 1);
      }
    }
    throw new BatchInputException(
        String.format(
            Locale.ROOT,
            "the workbook has no sheet \"%s\"; its sheets are %s (or their numbers, 1 to %d)",
            name,
            sheets.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(", ")),
            sheets.size()));
  }
}
