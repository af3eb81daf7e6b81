package org.aorresolver.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.answer.Encoded;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.answer.RowResolver;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.batch.dates.IsoDate;
import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.batch.io.Chunk;
import org.aorresolver.batch.io.CsvScanner;
import org.aorresolver.batch.io.Decimal;
import org.aorresolver.batch.io.LineEnds;
import org.aorresolver.batch.io.OrderedPipeline;
import org.aorresolver.batch.io.Splitter;
import org.aorresolver.batch.io.Utf8;

/**
 * Turns CSV rows into output rows: each row's bytes as they came (or re-encoded when they had to be
 * repaired), then the {@link Outcome} columns. Points go the fast path of {@link BatchResolver}
 * straight from the bytes; every other row, and any point the fast path cannot read, goes through
 * {@link RowResolver}. Fields are apart by the input's delimiter, and so are the added ones; a file
 * whose delimiter is not a comma may write coordinates with a decimal comma. One per thread.
 */
final class CsvRows implements OrderedPipeline.Worker {
  static final String REPLACED = "invalid UTF-8 or NUL replaced by U+FFFD";

  private final BatchResolver answers;
  private final Columns columns;
  private final RowResolver slow;
  private final int defaultKey;
  private final byte[] eol;
  private final CsvScanner scanner;
  private final ByteSink scratch = new ByteSink(256);
  private final int lat;
  private final int lon;
  private final int date;
  private final DateReader dates;
  private final byte delimiter;
  private final byte point;
  private final byte[][] plainCsv;
  private final int maxRowBytes;
  private final int prefixBytes;
  private ByteSink out;
  private long[] counts;

  CsvRows(BatchResolver answers, Columns columns, BatchOptions options, byte[] eol) {
    this.answers = answers;
    this.columns = columns;
    this.delimiter = columns.delimiter();
    this.point = delimiter == ',' ? (byte) '.' : (byte) ',';
    this.slow = new RowResolver(answers, options.when(), columns.dates(), delimiter != ',');
    this.defaultKey = BatchResolver.key(options.when());
    this.eol = eol;
    this.maxRowBytes = options.maxRowBytes();
    this.prefixBytes = Math.min(Splitter.PREFIX_BYTES, maxRowBytes);
    this.scanner = new CsvScanner(maxRowBytes, columns.count(), delimiter);
    this.lat = columns.of(Role.LAT);
    this.lon = columns.of(Role.LON);
    this.date = columns.of(Role.DATE);
    this.dates = columns.dates();
    this.plainCsv = delimiter == ',' ? null : new byte[answers.answers()][];
  }

  /** A record cut by the end of a chunk: its bytes so far, to be read again with the next. */
  private record Head(byte[] bytes) implements OrderedPipeline.Carry {}

  /**
   * A record over the limit still inside quotes at the end of a chunk: its first bytes, its bytes
   * and line ends so far. The rest of it is skipped up to the line end that closes it.
   */
  private record Skip(byte[] prefix, long bytes, long lineEnds) implements OrderedPipeline.Carry {
    Skip plus(long moreBytes, long moreLineEnds) {
      return new Skip(prefix, bytes + moreBytes, lineEnds + moreLineEnds);
    }
  }

  /** A line too long to hold that comes after the rows of a cut record, which go first. */
  private record LongLineNext(Chunk line) implements OrderedPipeline.Carry {}

  @Override
  public OrderedPipeline.Piece process(Chunk chunk, OrderedPipeline.Carry carry, ByteSink sink) {
    out = sink;
    counts = new long[Outcome.Kind.values().length];
    if (carry instanceof Head head && chunk.longLine()) {
      // the cut record ends where the long line starts: its rows first, as the rest, then the line
      return piece(chunk, new LongLineNext(chunk), Chunk.of(head.bytes(), true));
    }
    if (carry instanceof Skip skip) {
      return skipOn(chunk, skip);
    }
    Chunk c = carry instanceof Head head ? chunk.after(head.bytes()) : chunk;
    OrderedPipeline.Piece p = rows(c, c.from());
    if (carry instanceof LongLineNext next && p.rest() != null) {
      return piece(c, next, p.rest());
    }
    if (carry instanceof LongLineNext next) {
      return rows(next.line(), 0);
    }
    return p;
  }

  private OrderedPipeline.Piece piece(Chunk chunk, OrderedPipeline.Carry carry, Chunk rest) {
    return new OrderedPipeline.Piece(chunk, out, counts, carry, rest);
  }

  /**
   * The rows of {@code chunk} from {@code pos}, up to its end or until the sink is full; the piece
   * carries what the chunk's end leaves unfinished.
   */
  private OrderedPipeline.Piece rows(Chunk chunk, int pos) {
    byte[] b = chunk.bytes();
    if (chunk.longLine()) {
      tooLong(b, chunk.from(), chunk.to(), chunk.longLineBytes(), 1, false);
      return piece(chunk, null, null);
    }
    while (pos < chunk.to()) {
      if (out.full()) {
        return OrderedPipeline.Piece.stopped(chunk, out, counts, pos);
      }
      CsvScanner.Kind kind = scanner.scan(b, pos, chunk.to(), chunk.last());
      if (kind == CsvScanner.Kind.INCOMPLETE) {
        return piece(chunk, new Head(Arrays.copyOfRange(b, pos, chunk.to())), null);
      }
      if (kind == CsvScanner.Kind.TOO_LONG && scanner.quoteOpen() && !chunk.last()) {
        int s = scanner.recordStart();
        byte[] prefix = Arrays.copyOfRange(b, s, Math.min(chunk.to(), s + prefixBytes));
        return piece(
            chunk, new Skip(prefix, chunk.to() - s, LineEnds.count(b, s, chunk.to())), null);
      }
      int mark = out.size();
      try {
        row(kind, b);
      } catch (RuntimeException e) {
        out.truncate(mark);
        failed(b, e);
      }
      pos = scanner.next();
    }
    return piece(chunk, null, null);
  }

  /** Goes on through an over-long record; once it ends, its error row, then the rows after it. */
  private OrderedPipeline.Piece skipOn(Chunk chunk, Skip skip) {
    byte[] b = chunk.bytes();
    if (chunk.longLine()) { // a line too long to hold ends the record, whatever its quotes
      Skip s = skip.plus(chunk.longLineBytes(), 0);
      tooLong(s.prefix(), 0, s.prefix().length, s.bytes(), s.lineEnds() + 1, false);
      return piece(chunk, null, null);
    }
    scanner.skip(b, chunk.from(), chunk.to());
    int end = scanner.recordEnd();
    if (scanner.quoteOpen() && !chunk.last()) {
      return piece(
          chunk, skip.plus(end - chunk.from(), LineEnds.count(b, chunk.from(), end)), null);
    }
    long lines = lines(skip.lineEnds(), b, chunk.from(), end);
    byte[] prefix = skip.prefix();
    tooLong(
        prefix, 0, prefix.length, skip.bytes() + end - chunk.from(), lines, scanner.quoteOpen());
    return rows(chunk, scanner.next());
  }

  private void row(CsvScanner.Kind kind, byte[] b) {
    int s = scanner.recordStart();
    int e = scanner.recordEnd();
    switch (kind) {
      case BLANK -> {
        scanner.splitAtCommas(b, s, e);
        repaired(b, false, Outcome.error("blank-line", "the line is empty"));
      }
      case BROKEN_QUOTE -> {
        scanner.splitAtCommas(b, s, e);
        repaired(b, false, Outcome.error("broken-quote", "a quoted field is not closed properly"));
      }
      case TOO_LONG -> {
        long lines = lines(0, b, s, e);
        tooLong(b, s, Math.min(e, s + prefixBytes), e - s, lines, scanner.quoteOpen());
      }
      default -> record(b, s, e);
    }
  }

  private void record(byte[] b, int s, int e) {
    boolean clean = !scanner.special() || Utf8.clean(b, s, e);
    if (scanner.fields() != columns.count()) {
      String m =
          String.format(
              Locale.ROOT,
              "the row has %d fields where the header has %d",
              scanner.fields(),
              columns.count());
      repaired(b, true, Outcome.error("field-count", m));
      return;
    }
    if (clean && lat >= 0 && lon >= 0 && fast(b, s, e)) {
      return;
    }
    Encoded answer = slow.resolve(values(b, clean));
    if (clean && !scanner.stray()) {
      out.write(b, s, e);
      out.write(delimiter == ',' ? answer.csv() : answer.outcome().csvBytes(delimiter));
      out.write(eol);
      counts[answer.outcome().status().ordinal()]++;
    } else {
      repaired(b, true, answer.outcome());
    }
  }

  /** The fast path for a point: true when the row was written. */
  private boolean fast(byte[] b, int s, int e) {
    double y = number(b, lat);
    double x = number(b, lon);
    if (!(Math.abs(y) <= 90 && Math.abs(x) <= 180) || scanner.stray()) {
      return false;
    }
    int key = defaultKey;
    if (date >= 0 && scanner.end(date) > scanner.start(date)) {
      int day = day(b);
      if (day < 0 || scanner.escaped(date)) {
        return false;
      }
      key = BatchResolver.keyOfDay(day);
    }
    int i = answers.pointIndex(y, x, key);
    if (i < 0) {
      return false;
    }
    Outcome near = answers.mayBeNear(y, x, key) ? answers.near(i, y, x) : null;
    out.write(b, s, e);
    if (near == null) {
      out.write(plainCsv == null ? answers.csv(i) : plain(i));
    } else {
      near.writeCsv(out, delimiter);
    }
    out.write(eol);
    counts[answers.plain(i).status().ordinal()]++;
    return true;
  }

  /** The row's date as {@code yyyymmdd}, or -1. */
  private int day(byte[] b) {
    int from = scanner.start(date);
    int to = scanner.end(date);
    return dates == null ? IsoDate.parse(b, from, to) : dates.read(b, from, to);
  }

  /** A plain answer's columns with this file's delimiter, made when first written. */
  private byte[] plain(int i) {
    byte[] p = plainCsv[i];
    if (p == null) {
      p = answers.plain(i).csvBytes(delimiter);
      plainCsv[i] = p;
    }
    return p;
  }

  private double number(byte[] b, int column) {
    return scanner.escaped(column)
        ? Double.NaN
        : Decimal.parse(b, scanner.start(column), scanner.end(column), point);
  }

  private String[] values(byte[] b, boolean clean) {
    String[] v = new String[Role.values().length];
    for (Role f : Role.values()) {
      int c = columns.of(f);
      if (c >= 0) {
        v[f.ordinal()] = text(b, c, clean);
      }
    }
    return v;
  }

  private String text(byte[] b, int c, boolean clean) {
    String t =
        new String(b, scanner.start(c), scanner.end(c) - scanner.start(c), StandardCharsets.UTF_8);
    if (scanner.escaped(c)) {
      t = t.replace("\"\"", "\"");
    }
    return clean ? t : t.replace('\u0000', '\uFFFD');
  }

  /** Writes the scanned fields re-encoded, padded or cut to the header's count, then {@code o}. */
  private void repaired(byte[] b, boolean unescape, Outcome o) {
    boolean sanitize = !Utf8.clean(b, scanner.recordStart(), scanner.recordEnd());
    for (int i = 0; i < columns.count(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      if (i < scanner.fields()) {
        boolean esc = unescape && scanner.escaped(i);
        Csv.writeField(b, scanner.start(i), scanner.end(i), esc, sanitize, scratch, out, delimiter);
      }
    }
    Outcome written = sanitize && !o.message().contains(REPLACED) ? o.withNote(REPLACED) : o;
    written.writeCsv(out, delimiter);
    out.write(eol);
    counts[o.status().ordinal()]++;
  }

  /**
   * A row over the length limit ({@code length} bytes on {@code lines} lines, {@code unclosed} when
   * a quoted field in it runs to the end of the input): the fields that fit wholly in its first
   * bytes {@code b[from, to)}, then an error.
   */
  private void tooLong(byte[] b, int from, int to, long length, long lines, boolean unclosed) {
    scanner.splitAtCommas(b, from, to);
    int whole = scanner.fields() - 1;
    String m =
        String.format(
            Locale.ROOT,
            "the row has %,d bytes%s; the limit is %,d%s",
            length,
            lines > 1 ? String.format(Locale.ROOT, " on %,d lines", lines) : "",
            maxRowBytes,
            unclosed ? "; a quoted field in it is not closed before the end of the input" : "");
    Outcome o = Outcome.error("row-too-long", m);
    for (int i = 0; i < columns.count(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      if (i < whole) {
        boolean sanitize = !Utf8.clean(b, scanner.start(i), scanner.end(i));
        Csv.writeField(
            b, scanner.start(i), scanner.end(i), false, sanitize, scratch, out, delimiter);
      }
    }
    o.writeCsv(out, delimiter);
    out.write(eol);
    counts[Outcome.Kind.ERROR.ordinal()]++;
  }

  /**
   * The lines of a record that ends in {@code b[from, end)} after {@code lineEnds} line ends: one
   * more for each in there, and one for a last line that has none (at the end of the input, a
   * record open in quotes ends with one).
   */
  private static long lines(long lineEnds, byte[] b, int from, int end) {
    boolean unended = end > from && !LineEnds.isEnd(b[end - 1]);
    return lineEnds + LineEnds.count(b, from, end) + (unended ? 1 : 0);
  }

  private void failed(byte[] b, RuntimeException e) {
    scanner.splitAtCommas(b, scanner.recordStart(), scanner.recordEnd());
    repaired(b, false, Outcome.error("internal-error", String.valueOf(e)));
  }
}
