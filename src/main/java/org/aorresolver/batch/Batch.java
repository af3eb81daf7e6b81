package org.aorresolver.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.batch.columns.ColumnMap;
import org.aorresolver.batch.columns.Dates;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.batch.io.Chunk;
import org.aorresolver.batch.io.CsvScanner;
import org.aorresolver.batch.io.Delimiters;
import org.aorresolver.batch.io.LineEnds;
import org.aorresolver.batch.io.NoLineEndException;
import org.aorresolver.batch.io.OrderedPipeline;
import org.aorresolver.batch.io.Splitter;

/**
 * A file of places (CSV or NDJSON) answered row by row, in the same format: every input row gives
 * exactly one output row, in order, with the {@link Outcome} columns added. {@link #open} reads
 * what is needed to start (gzip or not, the format, the CSV header) and refuses input that cannot
 * be read at all; {@link #run} streams the rest through an {@link OrderedPipeline}.
 *
 * <p>How the input is cut into rows: lines end at LF, CRLF or CR ({@link LineEnds}), and the
 * output's lines end as the input's first line does; a line too long for the read buffer, or input
 * with no line ends at all, is handled by the {@link Splitter}; CSV records, their recovery rules
 * and the row limit are the {@link CsvScanner}'s. Each record gives one output row, so there are
 * never more output rows than input lines. A header that names one field twice is refused.
 */
public final class Batch {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final int READ_BUFFER = 1 << 16;

  /** At most how many dates of the first rows settle the order of day and month. */
  static final int DATE_SAMPLE = 10_000;

  /** Longer values are no dates, and are left out of the sample. */
  static final int DATE_LENGTH = 64;

  private final Splitter splitter;
  private final BatchOptions options;
  private final Format format;
  private final Columns columns;
  private final byte[] header;
  private final byte[] eol;

  private Batch(
      Splitter splitter,
      BatchOptions options,
      Format format,
      Columns columns,
      byte[] header,
      byte[] eol) {
    this.splitter = splitter;
    this.options = options;
    this.format = format;
    this.columns = columns;
    this.header = header;
    this.eol = eol;
  }

  /** Starts reading {@code in} (gzip is recognized by its magic bytes). */
  public static Batch open(InputStream in, BatchOptions options)
      throws IOException, BatchInputException {
    Splitter splitter = new Splitter(decompressed(in), options.chunkBytes(), options.maxRowBytes());
    Chunk first;
    try {
      first = splitter.next();
    } catch (NoLineEndException e) { // a file without lines, refused before any row is answered
      throw new BatchInputException(e.getMessage());
    }
    if (isZip(first.bytes(), first.from(), first.to())) {
      throw new BatchInputException(
          "the file is a zip (an .xlsx workbook?), not CSV or NDJSON; a workbook is read as one"
              + " when its name ends in .xlsx, with --format xlsx, or sent as "
              + Format.XLSX.contentType());
    }
    Format format =
        options.format() == null
            ? sniff(first)
            : options.format() == Format.XLSX ? Format.CSV : options.format(); // a sheet as CSV
    if (format == Format.NDJSON) {
      splitter.pushBack(first);
      Columns keys = NdjsonRows.columns(first, options);
      return new Batch(splitter, options, format, keys, null, new byte[] {'\n'});
    }
    return csv(splitter, first, options);
  }

  public Format format() {
    return format;
  }

  /**
   * What the batch reads, in one line: each role's column (or NDJSON key), how dates are read and
   * the delimiter, e.g. {@code lat=Latitude, lon=LNG, date=apprehension_date (the only date-like
   * column); dates month first (M/D/YYYY); delimiter comma}.
   */
  public String mapping() {
    String line = columns.map().describe();
    if (columns.dates() != null) {
      line += "; dates " + columns.dates().describe();
    }
    return format == Format.NDJSON
        ? "keys " + line
        : line + "; delimiter " + BatchOptions.delimiterName(columns.delimiter());
  }

  /** True for CSV whose first line is a header (and so no row). */
  public boolean hasHeader() {
    return header != null;
  }

  /** Answers every row into {@code out}; {@code progress} hears the rows written so far. */
  public Summary run(BatchResolver resolver, OutputStream out, LongConsumer progress)
      throws IOException {
    long started = System.nanoTime();
    long[] counts = new long[Outcome.Kind.values().length];
    if (splitter.bom()) {
      out.write(BOM);
    }
    if (header != null) {
      out.write(header);
    }
    OrderedPipeline.run(
        splitter,
        options.threads(),
        () ->
            format == Format.CSV
                ? new CsvRows(resolver, columns, options, eol)
                : new NdjsonRows(resolver, options, columns),
        piece -> {
          piece.out().writeTo(out);
          long rows = 0;
          for (int i = 0; i < counts.length; i++) {
            counts[i] += piece.counts()[i];
            rows += counts[i];
          }
          progress.accept(rows);
        });
    out.flush();
    return Summary.of(counts, System.nanoTime() - started);
  }

  private static Batch csv(Splitter splitter, Chunk first, BatchOptions options)
      throws BatchInputException {
    byte[] b = first.bytes();
    byte delimiter =
        options.delimiter() != 0 ? options.delimiter() : Delimiters.of(b, first.from(), first.to());
    if (first.from() == first.to()) {
      splitter.pushBack(first);
      return new Batch(
          splitter,
          options,
          Format.CSV,
          Columns.ofCensusLayout(delimiter),
          null,
          new byte[] {'\n'});
    }
    CsvScanner scanner = new CsvScanner(options.maxRowBytes(), 0, delimiter);
    CsvScanner.Kind kind = scanner.scan(b, first.from(), first.to(), first.last());
    if (first.longLine() || kind != CsvScanner.Kind.RECORD) {
      throw new BatchInputException("the first line cannot be read as CSV (" + kind + ")");
    }
    byte[] eol = Arrays.copyOfRange(b, scanner.recordEnd(), scanner.next());
    if (eol.length == 0) {
      eol = new byte[] {'\n'};
    }
    List<String> names = fields(scanner, b);
    ColumnMap map = options.census() ? null : map(names, options);
    if ((map == null || !map.namesPlace()) && (options.census() || names.size() == 5)) {
      splitter.pushBack(first);
      return new Batch(splitter, options, Format.CSV, Columns.ofCensusLayout(delimiter), null, eol);
    }
    if (!map.namesPlace()) {
      throw new BatchInputException(
          "the header names no place column: found "
              + String.join(String.valueOf((char) delimiter), names)
              + "; expected lat and lon (or latitude/longitude, lng, y/x, ...), zip, county,"
              + " state, address, or street/city/state/zip; or the Census layout"
              + " id,street,city,state,zip without a header");
    }
    Chunk rest = new Chunk(b, scanner.next(), first.to(), first.last(), 0);
    Columns columns =
        new Columns(names.size(), map, delimiter, dates(rest, map, options, delimiter));
    ByteSink out = new ByteSink(256);
    out.write(b, scanner.recordStart(), scanner.recordEnd());
    for (String name : columns.addedNames()) {
      out.write(delimiter);
      Csv.writeField(name, out, delimiter);
    }
    out.write(eol);
    splitter.pushBack(rest);
    return new Batch(splitter, options, Format.CSV, columns, out.toByteArray(), eol);
  }

  /**
   * The columns of a header; null for a first line of five fields that names no place and leaves a
   * role to a guess (a Census-layout row whose street and city both have "date" in them).
   */
  private static ColumnMap map(List<String> names, BatchOptions options) {
    try {
      return ColumnMap.of(names, options.columns());
    } catch (ColumnException e) {
      boolean place =
          names.stream().map(Role::recognise).anyMatch(r -> r != null && Role.PLACE.contains(r));
      if (names.size() != 5 || place) {
        throw e;
      }
      return null;
    }
  }

  private static List<String> fields(CsvScanner scanner, byte[] b) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < scanner.fields(); i++) {
      String n =
          new String(
              b, scanner.start(i), scanner.end(i) - scanner.start(i), StandardCharsets.UTF_8);
      names.add(scanner.escaped(i) ? n.replace("\"\"", "\"") : n);
    }
    return names;
  }

  /**
   * How the date column is read, settled from its values in the rows of the first chunk (read ahead
   * anyway: no more memory), at most {@link #DATE_SAMPLE} of them.
   */
  private static DateReader dates(Chunk rest, ColumnMap map, BatchOptions options, byte delim) {
    int column = map.column(Role.DATE);
    if (column < 0) {
      return null;
    }
    List<String> sample = new ArrayList<>();
    CsvScanner scanner = new CsvScanner(options.maxRowBytes(), map.header().size(), delim);
    byte[] b = rest.bytes();
    for (int pos = rest.from(); pos < rest.to() && sample.size() < DATE_SAMPLE; ) {
      CsvScanner.Kind kind = scanner.scan(b, pos, rest.to(), rest.last());
      if (kind == CsvScanner.Kind.INCOMPLETE) {
        break;
      }
      if (kind == CsvScanner.Kind.RECORD
          && scanner.fields() > column
          && scanner.end(column) - scanner.start(column) <= DATE_LENGTH) {
        int from = scanner.start(column);
        sample.add(new String(b, from, scanner.end(column) - from, StandardCharsets.UTF_8));
      }
      pos = scanner.next();
    }
    return Dates.reader(options.columns(), sample);
  }

  /** Whether bytes start as a zip file does (an .xlsx workbook is one). */
  public static boolean isZip(byte[] b, int from, int to) {
    return to - from >= 4
        && b[from] == 'P'
        && b[from + 1] == 'K'
        && b[from + 2] == 3
        && b[from + 3] == 4;
  }

  private static Format sniff(Chunk first) {
    byte[] b = first.bytes();
    for (int i = first.from(); i < first.to(); i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
        return b[i] == '{' ? Format.NDJSON : Format.CSV;
      }
    }
    return Format.CSV;
  }

  /**
   * The most heap a run with these options holds at once, in bytes, whatever the input (see {@link
   * OrderedPipeline#heapBound}). One row writes at most its bytes three times over (an invalid byte
   * becomes U+FFFD), padded to the header's columns (at most a line of commas), and the answer
   * columns (under 4 KiB); reading adds the buffers of {@link #decompressed}.
   */
  public static long heapBound(BatchOptions options) {
    long row = 4L * options.maxRowBytes() + 4096;
    return OrderedPipeline.heapBound(
            options.threads(), options.chunkBytes(), options.maxRowBytes(), row)
        + 2 * READ_BUFFER;
  }

  /**
   * The most bytes of output one piece hands the writer at once: a worker's sink past its limit by
   * one row (see {@link #heapBound}).
   */
  public static long pieceBound(BatchOptions options) {
    return (long) OrderedPipeline.SINK_LIMIT_FACTOR * options.chunkBytes()
        + 4L * options.maxRowBytes()
        + 4096;
  }

  /** The stream itself, or decompressed when it starts with the gzip magic bytes. */
  public static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, READ_BUFFER);
    buffered.mark(2);
    int a = buffered.read();
    int b = buffered.read();
    buffered.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(buffered, READ_BUFFER) : buffered;
  }
}
