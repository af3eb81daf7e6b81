package org.aorresolver.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads a small CSV file of a geodata folder (header row first) into rows keyed by column. */
final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvTable() {}

  static List<Map<String, String>> read(GeodataFiles files, String name) throws GeodataException {
    try (InputStream in = files.open(name);
        MappingIterator<Map<String, String>> rows =
            MAPPER
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      return rows.readAll();
    } catch (IOException | RuntimeException e) {
      throw new GeodataException(name, null, "cannot be read as CSV: " + e.getMessage(), e);
    }
  }

  /** "row 12" for the n-th data row (the header is row 1). */
  static String row(int dataIndex) {
    return "row " + (dataIndex + 2);
  }
}
