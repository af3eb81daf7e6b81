package org.aorresolver.batch.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Workbooks for tests: written with the streaming writer, built part by part, and read back. */
public final class Workbooks {
  private Workbooks() {}

  /**
   * A workbook of one sheet per entry, each row's cells typed by their Java type: {@link String},
   * {@link Number}, {@link Boolean}, {@link LocalDate} and {@link LocalDateTime} (with date
   * formats), null for an empty cell.
   */
  public static byte[] of(Map<String, List<List<Object>>> sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "test", "1.0");
      for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(s.getKey());
        for (int r = 0; r < s.getValue().size(); r++) {
          List<Object> row = s.getValue().get(r);
          for (int c = 0; c < row.size(); c++) {
            put(ws, r, c, row.get(c));
          }
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Two sheets, in this order. */
  public static byte[] of(String a, List<List<Object>> rowsA, String b, List<List<Object>> rowsB) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(a, rowsA);
    sheets.put(b, rowsB);
    return of(sheets);
  }

  public static byte[] of(List<List<Object>> rows) {
    return of(Map.of("Sheet1", rows));
  }

  private static void put(Worksheet ws, int r, int c, Object v) {
    if (v instanceof String s) {
      ws.value(r, c, s);
    } else if (v instanceof Number n) {
      ws.value(r, c, n);
    } else if (v instanceof Boolean b) {
      ws.value(r, c, b);
    } else if (v instanceof LocalDateTime t) {
      ws.value(r, c, t);
      ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
    } else if (v instanceof LocalDate d) {
      ws.value(r, c, d);
      ws.style(r, c).format("m/d/yyyy").set();
    }
  }

  /** A zip of the given parts, in order, each deflated. */
  public static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(p.getKey()));
        z.write(p.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The parts of a minimal workbook as spreadsheet programs save it: content types, relationships,
   * the workbook with {@code sheets} (name to sheet XML inside {@code <sheetData>}), styles with
   * {@code numFmts} and cell formats {@code xfs} (numFmtIds), and {@code sharedStrings}.
   */
  public static Map<String, byte[]> parts(
      Map<String, String> sheets, String numFmts, int[] xfs, List<String> sharedStrings) {
    Map<String, byte[]> p = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/xl/workbook.xml", "sheet.main+xml")
                + override("/xl/styles.xml", "styles+xml")
                + override("/xl/sharedStrings.xml", "sharedStrings+xml"));
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int n = 0;
    Map<String, byte[]> sheetParts = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : sheets.entrySet()) {
      n++;
      types.append(override("/xl/worksheets/sheet" + n + ".xml", "worksheet+xml"));
      book.append(
          String.format("<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>", s.getKey(), n, n));
      rels.append(
          String.format(
              "<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/"
                  + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet%d.xml\"/>",
              n, n));
      sheetParts.put(
          "xl/worksheets/sheet" + n + ".xml",
          utf8(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                  + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  + "<sheetData>"
                  + s.getValue()
                  + "</sheetData></worksheet>"));
    }
    StringBuilder xf = new StringBuilder();
    for (int id : xfs) {
      xf.append("<xf numFmtId=\"").append(id).append("\" applyNumberFormat=\"1\"/>");
    }
    StringBuilder sst = new StringBuilder();
    for (String s : sharedStrings) {
      sst.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>");
    }
    p.put("[Content_Types].xml", utf8(types.append("</Types>").toString()));
    p.put(
        "_rels/.rels",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
    p.put("xl/workbook.xml", utf8(book.append("</sheets></workbook>").toString()));
    p.put("xl/_rels/workbook.xml.rels", utf8(rels.append("</Relationships>").toString()));
    p.put(
        "xl/styles.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + numFmts
                + "<cellXfs count=\""
                + xfs.length
                + "\">"
                + xf
                + "</cellXfs></styleSheet>"));
    p.put(
        "xl/sharedStrings.xml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + sharedStrings.size()
                + "\">"
                + sst
                + "</sst>"));
    p.putAll(sheetParts);
    return p;
  }

  private static String override(String part, String type) {
    return "<Override PartName=\""
        + part
        + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
        + type
        + "\"/>";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The cells of a workbook's first sheet, by row, as the reader gives them. */
  public static List<List<Cell>> cells(byte[] xlsx) {
    List<List<Cell>> rows = new ArrayList<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, true))) {
      for (Row r : wb.getFirstSheet().read()) {
        List<Cell> cells = new ArrayList<>();
        r.forEach(cells::add);
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The text of every cell of a workbook's first sheet, as a batch reads it. */
  public static List<List<String>> text(byte[] xlsx) {
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> r : cells(xlsx)) {
      List<String> t = new ArrayList<>();
      r.forEach(c -> t.add(CellText.of(c, false)));
      while (!t.isEmpty() && t.get(t.size() - 1).isEmpty()) {
        t.remove(t.size() - 1);
      }
      rows.add(t);
    }
    return rows;
  }

  /** CSV rows without their trailing empty fields, as a sheet has no cells for them. */
  public static List<List<String>> trimmed(List<List<String>> rows) {
    List<List<String>> t = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> c = new ArrayList<>(r);
      while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
        c.remove(c.size() - 1);
      }
      t.add(c);
    }
    return t;
  }

  public static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code n} bytes of {@code b} to a stream. */
  static void repeat(OutputStream out, byte b, long n) throws IOException {
    byte[] buf = new byte[1 << 16];
    java.util.Arrays.fill(buf, b);
    for (long left = n; left > 0; left -= buf.length) {
      out.write(buf, 0, (int) Math.min(buf.length, left));
    }
  }
}
