package org.aorresolver.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.aorresolver.Edition;
import org.aorresolver.InvalidInputException;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.io.Delimiters;
import org.aorresolver.query.When;

/**
 * How a batch runs. Built by the {@code batch} command from its flags, or by the HTTP route from
 * the request.
 *
 * @param format CSV or NDJSON; null to tell from the first byte ({@code &#123;} is NDJSON)
 * @param census read CSV as the Census Geocoder's batch layout (no header; {@code id, street, city,
 *     state, zip}) even when the first row looks like a header
 * @param when the edition or date for rows without a date of their own
 * @param columns the columns chosen by name, the date format, and whether {@code when} was given
 * @param delimiter the CSV delimiter ({@code , ; \t |}); 0 to tell from the header line
 * @param threads worker threads
 * @param chunkBytes about how many bytes of input each worker takes at a time
 * @param maxRowBytes longest row read; longer rows are reported as errors
 */
public record BatchOptions(
    Format format,
    boolean census,
    When when,
    ColumnOptions columns,
    byte delimiter,
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
        ColumnOptions.none(),
        (byte) 0,
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
    return new BatchOptions(f, census, when, columns, delimiter, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withCensus(boolean c) {
    return new BatchOptions(format, c, when, columns, delimiter, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withWhen(When w) {
    return new BatchOptions(
        format, census, w, columns, delimiter, threads, chunkBytes, maxRowBytes);
  }

  /**
   * The default edition or date from their texts ({@link #when(String, String)}); a column map then
   * knows that rows without a date of their own have a default.
   */
  public BatchOptions withDefaults(String edition, String date) {
    return withWhen(when(edition, date))
        .withColumns(columns.withDefaultWhen(edition != null || date != null));
  }

  public BatchOptions withColumns(ColumnOptions c) {
    return new BatchOptions(format, census, when, c, delimiter, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withDelimiter(byte d) {
    return new BatchOptions(format, census, when, columns, d, threads, chunkBytes, maxRowBytes);
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(format, census, when, columns, delimiter, n, chunkBytes, maxRowBytes);
  }

  /** Smaller pieces: for tests of chunk seams and row limits. */
  public BatchOptions withSizes(int chunk, int maxRow) {
    return new BatchOptions(format, census, when, columns, delimiter, threads, chunk, maxRow);
  }

  /**
   * A delimiter as a user names it: the character itself ({@code ,} {@code ;} {@code |}, a tab),
   * {@code }, or {@code comma}, {@code semicolon}, {@code tab}, {@code pipe}; null is 0 (tell from
   * the header line).
   */
  public static byte delimiter(String name) {
    if (name == null || name.isEmpty()) {
      return 0;
    }
    for (byte d : Delimiters.ALL) {
      if (name.equals(String.valueOf((char) d)) || name.equalsIgnoreCase(delimiterName(d))) {
        return d;
      }
    }
    if (name.equals("\t")) {
      return '	';
    }
    throw new InvalidInputException(
        "delimiter", name, "one of , ; | \t (or comma, semicolon, tab, pipe)");
  }

  /** The word for a delimiter: {@code comma}, {@code semicolon}, {@code tab}, {@code pipe}. */
  public static String delimiterName(byte d) {
    return switch (d) {
      case ';' -> "semicolon";
      case '	' -> "tab";
      case '|' -> "pipe";
      default -> "comma";
    };
  }
}
