package org.aorresolver.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.aorresolver.Edition;
import org.aorresolver.InvalidInputException;
import org.aorresolver.query.When;

/**
 * How a batch runs. Built by the {@code batch} command from its flags, or by the HTTP route from
 * the request.
 *
 * @param format CSV or NDJSON; null to tell from the first byte ({@code &#123;} is NDJSON)
 * @param census read CSV as the Census Geocoder's batch layout (no header; {@code id, street, city,
 *     state, zip}) even when the first row looks like a header
 * @param when the edition or date for rows without a date of their own
 * @param dateColumn the name of the column with each row's date
 * @param threads worker threads
 * @param chunkBytes about how many bytes of input each worker takes at a time
 * @param maxRowBytes longest row read; longer rows are reported as errors
 */
public record BatchOptions(
    Format format,
    boolean census,
    When when,
    String dateColumn,
    int threads,
    int chunkBytes,
    int maxRowBytes) {
  public static final int DEFAULT_CHUNK_BYTES = 1 << 20;
  public static final int DEFAULT_MAX_ROW_BYTES = 1 << 20;

  public BatchOptions {
    if (threads < 1 || chunkBytes < 1 || maxRowBytes < 1) {
      throw new IllegalArgumentException("threads, chunkBytes and maxRowBytes must be positive");
    }
  }

  /** Format from the data, header or Census layout detected, current edition, one thread a core. */
  public static BatchOptions defaults() {
    return new BatchOptions(
        null,
        false,
        When.current(),
        "date",
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_CHUNK_BYTES,
        DEFAULT_MAX_ROW_BYTES);
  }

  /**
   * The default edition or date from their texts (either may be null, not both given), checked as
   * the API checks its {@code edition} and {@code date} parameters.
   */
  public static When when(String edition, String date) {
    if (edition != null && date != null) {
      throw new InvalidInputException("edition,date", null, "one of edition and date, not both");
    }
    if (edition != null) {
      return When.of(Edition.parse("edition", edition));
    }
    if (date == null) {
      return When.current();
    }
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return When.on(LocalDate.parse(date));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InvalidInputException("date", date, "a calendar date as YYYY-MM-DD");
  }

  public BatchOptions withFormat(Format f) {
    return new BatchOptions(f, census, when, dateColumn, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withCensus(boolean c) {
    return new BatchOptions(format, c, when, dateColumn, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withWhen(When w) {
    return new BatchOptions(format, census, w, dateColumn, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withDateColumn(String name) {
    return new BatchOptions(format, census, when, name, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(format, census, when, dateColumn, n, chunkBytes, maxRowBytes);
  }

  /** Smaller pieces: for tests of chunk seams and row limits. */
  public BatchOptions withSizes(int chunk, int maxRow) {
    return new BatchOptions(format, census, when, dateColumn, threads, chunk, maxRow);
  }
}
