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
import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.batch.io.Chunk;
import org.aorresolver.batch.io.CsvScanner;
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
    Format format = options.format() != null ? options.format() : sniff(first);
    if (format == Format.NDJSON) {
      splitter.pushBack(first);
      return new Batch(splitter, options, format, null, null, new byte[] {'\n'});
    }
    return csv(splitter, first, options);
  }

  public Format format() {
    return format;
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
                : new NdjsonRows(resolver, options),
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
    CsvScanner scanner = new CsvScanner(options.maxRowBytes(), 0);
    if (first.from() == first.to()) {
      splitter.pushBack(first);
      return new Batch(
          splitter, options, Format.CSV, Columns.ofCensusLayout(), null, new byte[] {'\n'});
    }
    CsvScanner.Kind kind = scanner.scan(b, first.from(), first.to(), first.last());
    if (first.longLine() || kind != CsvScanner.Kind.RECORD) {
      throw new BatchInputException("the first line cannot be read as CSV (" + kind + ")");
    }
    byte[] eol = Arrays.copyOfRange(b, scanner.recordEnd(), scanner.next());
    if (eol.length == 0) {
      eol = new byte[] {'\n'};
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < scanner.fields(); i++) {
      String n =
          new String(
              b, scanner.start(i), scanner.end(i) - scanner.start(i), StandardCharsets.UTF_8);
      names.add(scanner.escaped(i) ? n.replace("\"\"", "\"") : n);
    }
    Columns columns = options.census() ? null : Columns.ofHeader(names, options.dateColumn());
    if (columns == null && (options.census() || names.size() == 5)) {
      splitter.pushBack(first);
      return new Batch(splitter, options, Format.CSV, Columns.ofCensusLayout(), null, eol);
    }
    if (columns == null) {
      throw new BatchInputException(
          "the header names no place column: found "
              + String.join(",", names)
              + "; expected lat and lon (or latitude/longitude, y/x), zip, county_fips, state,"
              + " address, or street/city/state/zip; or the Census layout id,street,city,state,zip"
              + " without a header");
    }
    ByteSink out = new ByteSink(256);
    out.write(b, scanner.recordStart(), scanner.recordEnd());
    for (String name : columns.addedNames()) {
      out.write(',');
      Csv.writeField(name, out);
    }
    out.write(eol);
    splitter.pushBack(new Chunk(b, scanner.next(), first.to(), first.last(), 0));
    return new Batch(splitter, options, Format.CSV, columns, out.toByteArray(), eol);
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
