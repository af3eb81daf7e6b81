package org.aorresolver.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file of a geodata folder (RFC 4180, header row first, one record per line, UTF-8)
 * into rows read by column name. Written by hand because it runs at start-up, where a general CSV
 * library costs several times more before the JIT warms up.
 */
final class CsvTable {

  /** One data row; {@link #get} gives null for a column the file lacks. */
  record Row(Map<String, Integer> columns, String[] values) {
    String get(String column) {
      Integer i = columns.get(column);
      return i == null || i >= values.length ? null : values[i];
    }

    String getOrDefault(String column, String fallback) {
      String v = get(column);
      return v == null ? fallback : v;
    }
  }

  private CsvTable() {}

  static List<Row> read(GeodataFiles files, String name) throws GeodataException {
    String text;
    try (InputStream in = files.open(name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GeodataException(name, null, "cannot be read: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new GeodataException(name, null, "is empty: a header row is needed");
    }
    String[] header = fields(lines[0], name, 0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.put(header[i].strip(), i);
    }
    List<Row> rows = new ArrayList<>(lines.length);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        rows.add(new Row(columns, fields(lines[i], name, i - 1)));
      }
    }
    return rows;
  }

  /**
   * The fields of one line: commas separate, double quotes enclose, "" is a quote inside quotes.
   */
  static String[] fields(String line, String file, int dataIndex) throws GeodataException {
    List<String> out = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new GeodataException(
          file, dataIndex < 0 ? null : row(dataIndex), "a quoted field does not end on its line");
    }
    out.add(field.toString());
    return out.toArray(String[]::new);
  }

  /** "row 12" for the n-th data row (the header is row 1). */
  static String row(int dataIndex) {
    return "row " + (dataIndex + 2);
  }
}
