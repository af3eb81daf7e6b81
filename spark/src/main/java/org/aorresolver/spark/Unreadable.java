package org.aorresolver.spark;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.io.CsvScanner;

/**
 * A row Spark's reader could not take, as the batch reports it: a CSV row whose fields are not the
 * header's (counted as the batch counts them), a line of NDJSON that is not a JSON object.
 */
enum Unreadable {
  FIELD_COUNT("field-count"),
  INVALID_JSON("invalid-json");

  private final String reason;

  Unreadable(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  /** The message for the row {@code text} of a table of {@code columns} columns. */
  String message(String text, int columns) {
    if (this == INVALID_JSON) {
      return "not JSON, or not one JSON object: " + text;
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    CsvScanner scanner = new CsvScanner(BatchOptions.DEFAULT_MAX_ROW_BYTES, columns);
    scanner.scan(b, 0, b.length, true);
    return String.format(
        Locale.ROOT, "the row has %d fields where the header has %d", scanner.fields(), columns);
  }
}
