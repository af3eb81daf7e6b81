package org.aorresolver.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV file of a geodata folder (header row first) into rows read by column name. */
final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

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
    try (InputStream in = files.open(name);
        MappingIterator<String[]> lines = MAPPER.readerFor(String[].class).readValues(in)) {
      if (!lines.hasNext()) {
        throw new GeodataException(name, null, "is empty: a header row is needed");
      }
      String[] header = lines.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i].strip(), i);
      }
      List<Row> rows = new ArrayList<>();
      while (lines.hasNext()) {
        rows.add(new Row(columns, lines.next()));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new GeodataException(name, null, "cannot be read as CSV: " + e.getMessage(), e);
    }
  }

  /** "row 12" for the n-th data row (the header is row 1). */
  static String row(int dataIndex) {
    return "row " + (dataIndex + 2);
  }
}
