package org.aorresolver.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV framing rules of the README's Batch section, written as plainly as possible over a whole
 * input held in memory: the rows a batch must give, field by field, for the differential test of
 * the streaming reader ({@link FramingDifferentialTest}). Slow and simple on purpose: one byte at a
 * time, no chunks, no threads.
 *
 * <p>Lines end at LF, CRLF or CR. A record is one line, or several when a quoted field holds line
 * ends. A record of more than {@code maxRow} bytes is one {@code row-too-long} row that ends at the
 * first line end outside quotes, unless it spans lines and the three lines after its first read
 * within the limit as records of the header's width (a stray quote: then only its first line is an
 * error). A physical line of {@code hugeLine} bytes or more is cut by the reader's buffer whatever
 * its quotes: a row of its own, or the end of a too-long record still in quotes.
 */
final class ReferenceFraming {
  /** One output row: the input columns as a reader of the output sees them, reason, message. */
  record Row(List<String> fields, String reason, String message) {}

  private record Rec(String kind, List<String> fields, int end, int next, boolean open) {}

  private static final int PREFIX = 4096;

  private final byte[] b;
  private final int maxRow;
  private final int prefix;
  private final int columns;
  private final byte delimiter;
  private final List<Row> rows = new ArrayList<>();
  private boolean multiline;

  private ReferenceFraming(byte[] b, int maxRow, int columns, byte delimiter) {
    this.b = b;
    this.delimiter = delimiter;
    this.maxRow = maxRow;
    this.prefix = Math.min(PREFIX, maxRow);
    this.columns = columns;
  }

  /** The rows after the header, which must be a plain first line. */
  static List<Row> rows(byte[] input, int maxRow, int hugeLine, byte delimiter) {
    int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF ? 3 : 0;
    int headerEnd = lineEnd(input, start, input.length);
    int columns = split(input, start, headerEnd, delimiter).size();
    ReferenceFraming r = new ReferenceFraming(input, maxRow, columns, delimiter);
    r.read(after(input, headerEnd, input.length), hugeLine);
    return r.rows;
  }

  /** Physical lines of the input after the header, counted as the reader counts them. */
  static long lines(byte[] input) {
    int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF ? 3 : 0;
    long n = 0;
    for (int p = after(input, lineEnd(input, start, input.length), input.length);
        p < input.length;
        p = after(input, lineEnd(input, p, input.length), input.length)) {
      n++;
    }
    return n;
  }

  private void read(int pos, int hugeLine) {
    while (pos < b.length) {
      int huge = nextHugeLine(pos, hugeLine);
      int hugeEnd = huge < b.length ? lineEnd(b, huge, b.length) : b.length;
      Rec open = null;
      while (pos < huge && open == null) {
        Rec r = record(pos, huge, true);
        if (r.open() && huge < b.length) {
          open = r;
        } else {
          add(pos, r, huge == b.length);
          pos = r.next();
        }
      }
      if (open != null) { // a too-long record, still in quotes, ends with the huge line
        tooLong(pos, (huge - pos) + (hugeEnd - huge), lines(pos, huge) + 1, false);
      } else if (huge < b.length) {
        tooLong(huge, hugeEnd - huge, 1, false);
      }
      pos = after(b, hugeEnd, b.length);
    }
  }

  private int nextHugeLine(int pos, int hugeLine) {
    for (int p = pos; p < b.length; p = after(b, lineEnd(b, p, b.length), b.length)) {
      if (lineEnd(b, p, b.length) - p >= hugeLine) {
        return p;
      }
    }
    return b.length;
  }

  private void add(int pos, Rec r, boolean eofAtEnd) {
    switch (r.kind()) {
      case "RECORD" ->
          rows.add(
              new Row(
                  fit(r.fields()),
                  r.fields().size() == columns ? "" : "field-count",
                  r.fields().size() == columns
                      ? null
                      : String.format(
                          Locale.ROOT,
                          "the row has %d fields where the header has %d",
                          r.fields().size(),
                          columns)));
      case "BLANK" -> rows.add(new Row(fit(List.of()), "blank-line", "the line is empty"));
      case "BROKEN" ->
          rows.add(
              new Row(
                  fit(split(b, pos, r.end(), delimiter)),
                  "broken-quote",
                  "a quoted field is not closed properly"));
      default -> tooLong(pos, r.end() - pos, lines(pos, r.end()), r.open() && eofAtEnd);
    }
  }

  private void tooLong(int pos, long bytes, long lines, boolean unclosed) {
    List<String> whole = split(b, pos, pos + prefix, delimiter);
    String m =
        String.format(
            Locale.ROOT,
            "the row has %,d bytes%s; the limit is %,d%s",
            bytes,
            lines > 1 ? String.format(Locale.ROOT, " on %,d lines", lines) : "",
            maxRow,
            unclosed ? "; a quoted field in it is not closed before the end of the input" : "");
    rows.add(new Row(fit(whole.subList(0, whole.size() - 1)), "row-too-long", m));
  }

  /** The record at {@code pos} in data ending at {@code end} ({@code eof}: no more after it). */
  private Rec record(int pos, int end, boolean eof) {
    multiline = false;
    List<String> fields = new ArrayList<>();
    int i = pos;
    int fs = pos;
    while (true) {
      if (i - pos > maxRow) {
        return over(pos, end, i, false, i == fs);
      }
      if (i == end) {
        fields.add(text(fs, end));
        return eof ? finish(pos, fields, end, end) : new Rec("INCOMPLETE", fields, end, end, false);
      }
      byte c = b[i];
      if (c == '\n' || c == '\r') {
        fields.add(text(fs, i));
        return finish(pos, fields, i, after(b, i, end));
      } else if (c == delimiter) {
        fields.add(text(fs, i));
        fs = ++i;
      } else if (c == '"' && i == fs) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        int j = i + 1;
        while (true) {
          if (j - pos > maxRow) {
            return over(pos, end, j, true, false);
          }
          if (j == end) {
            return eof ? broken(pos, end) : new Rec("INCOMPLETE", fields, end, end, false);
          }
          if (b[j] == '"' && j + 1 < end && b[j + 1] == '"') {
            value.write('"');
            j += 2;
          } else if (b[j] == '"') {
            break;
          } else {
            multiline |= b[j] == '\n' || b[j] == '\r';
            value.write(b[j]);
            j++;
          }
        }
        fields.add(value.toString(StandardCharsets.UTF_8));
        int after = j + 1;
        if (after - pos > maxRow) {
          return over(pos, end, after, false, false);
        }
        if (after == end || b[after] == '\n' || b[after] == '\r') {
          return finish(pos, fields, after, after == end ? end : after(b, after, end));
        }
        if (b[after] != delimiter) {
          return broken(pos, end);
        }
        fs = i = after + 1;
      } else {
        i++;
      }
    }
  }

  private Rec finish(int pos, List<String> fields, int recordEnd, int next) {
    if (multiline && fields.size() != columns) {
      return broken(pos, next);
    }
    if (fields.size() == 1 && recordEnd == pos) {
      return new Rec("BLANK", fields, recordEnd, next, false);
    }
    return new Rec("RECORD", fields, recordEnd, next, false);
  }

  private Rec broken(int pos, int end) {
    int nl = lineEnd(b, pos, b.length);
    int next = after(b, nl, b.length);
    return new Rec(nl - pos > maxRow ? "TOO_LONG" : "BROKEN", List.of(), nl, next, false);
  }

  /** A record past the limit at {@code i}: a stray quote's first line, or one too-long row. */
  private Rec over(int pos, int end, int i, boolean quoted, boolean fieldStart) {
    if (multiline && stray(pos)) {
      return broken(pos, end);
    }
    for (; i < end; i++) {
      byte c = b[i];
      if (quoted && c == '"' && i + 1 < end && b[i + 1] == '"') {
        i++;
      } else if (quoted && c == '"') {
        quoted = false;
        fieldStart = false;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        quoted = c == '"' && fieldStart;
        fieldStart = c == delimiter;
      }
    }
    return new Rec("TOO_LONG", List.of(), i, i < end ? after(b, i, end) : end, quoted);
  }

  /** True when the three lines after the record's first are, within the limit, whole records. */
  private boolean stray(int pos) {
    int window = pos + maxRow + 1;
    int p = lineEnd(b, pos, window);
    p = p < window ? after(b, p, window) : window;
    boolean spans = multiline;
    for (int n = 0; n < 3; n++) {
      Rec r = p < window ? record(p, window, false) : null;
      if (r == null || !r.kind().equals("RECORD") || r.fields().size() != columns) {
        multiline = spans;
        return false;
      }
      p = r.next();
    }
    multiline = spans;
    return true;
  }

  /** The header's count of fields: padded with empty ones, or cut. */
  private List<String> fit(List<String> fields) {
    List<String> out = new ArrayList<>(fields.subList(0, Math.min(columns, fields.size())));
    while (out.size() < columns) {
      out.add("");
    }
    return out;
  }

  private long lines(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && !(i + 1 < to && b[i + 1] == '\n'))) {
        n++;
      }
    }
    return n + (to > from && b[to - 1] != '\n' && b[to - 1] != '\r' ? 1 : 0);
  }

  private String text(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** Fields split at every comma, quotes taken as data, read as UTF-8. */
  private static List<String> split(byte[] b, int from, int to, byte delimiter) {
    List<String> out = new ArrayList<>();
    int fs = from;
    for (int i = from; i <= to; i++) {
      if (i == to || b[i] == delimiter) {
        out.add(new String(b, fs, i - fs, StandardCharsets.UTF_8));
        fs = i + 1;
      }
    }
    return out;
  }

  private static int lineEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  private static int after(byte[] b, int i, int to) {
    if (i >= to) {
      return to;
    }
    return b[i] == '\r' && i + 1 < to && b[i + 1] == '\n' ? i + 2 : i + 1;
  }
}
