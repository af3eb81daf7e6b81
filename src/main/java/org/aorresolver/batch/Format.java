package org.aorresolver.batch;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a batch reads and writes: the output has the input's format, or CSV and {@code
 * .xlsx} either way round. A workbook is read as CSV (see {@code batch.xlsx}), so {@link Batch}
 * itself reads CSV and NDJSON only.
 */
public enum Format {
  CSV("text/csv; charset=utf-8"),
  NDJSON("application/x-ndjson"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String contentType;

  Format(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** From a file name's extension ({@code .gz} looked through), if it tells. */
  public static Optional<Format> ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".csv") || n.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".json")) {
      return Optional.of(NDJSON);
    }
    return Optional.empty();
  }
}
