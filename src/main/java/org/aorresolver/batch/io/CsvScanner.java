package org.aorresolver.batch.io;

import java.util.Arrays;

/**
 * Finds the records and fields of RFC 4180 CSV in bytes, without copying or decoding them. A record
 * ends at a line end outside quotes (LF, CRLF or CR: {@link LineEnds}); a field is quoted when it
 * starts with a quote, and inside quotes {@code ""} stands for one quote and line ends are data.
 *
 * <p>Recovery rules, so that one bad record never swallows the ones after it:
 *
 * <ul>
 *   <li>a quote inside an unquoted field is kept as data ({@link #stray()} tells);
 *   <li>a quoted field followed by anything but a comma or a line end, a record spanning lines
 *       whose field count is not the expected one, or a quoted field that the end of the input
 *       leaves open (within {@code maxRowBytes}), is {@link Kind#BROKEN_QUOTE}: the record is then
 *       its first physical line, and scanning resumes on the next;
 *   <li>a record spanning lines that reaches {@code maxRowBytes} is taken for a stray quote, and so
 *       {@link Kind#BROKEN_QUOTE} too, when the {@value #STRAY_LINES} lines after its first read
 *       within the limit as records of the expected field count: they are then records of their
 *       own;
 *   <li>any other record longer than {@code maxRowBytes} is {@link Kind#TOO_LONG}; it still ends
 *       where RFC 4180 ends it, at the first line end outside quotes, so that its lines never
 *       become records of their own. When the data ends first, inside quotes, {@link #quoteOpen()}
 *       tells, and {@link #skip} goes on in the next data.
 * </ul>
 *
 * Not thread-safe: one scanner per thread.
 */
public final class CsvScanner {
  /** What {@link #scan} found. */
  public enum Kind {
    RECORD,
    BLANK,
    BROKEN_QUOTE,
    TOO_LONG,
    /** The data ended inside a quoted field before the record could be decided: give more. */
    INCOMPLETE
  }

  private static final byte[] CLASS = new byte[256];

  private static final int EOL = 1;
  private static final int COMMA = 2;
  private static final int QUOTE = 3;
  private static final int SPECIAL = 4;
  private static final int QUOTED = 1;
  private static final int ESCAPED = 2;
  private static final int BROKEN = -1;
  private static final int LONG = -2;
  private static final int MORE = -3;

  /** How many lines after a long record's first must read as records for a stray quote. */
  static final int STRAY_LINES = 3;

  static {
    CLASS['\n'] = EOL;
    CLASS['\r'] = EOL;
    CLASS['"'] = QUOTE;
    CLASS[0] = SPECIAL;
    for (int c = 0x80; c < 0x100; c++) {
      CLASS[c] = SPECIAL;
    }
  }

  private final byte[] classes;
  private final byte delimiter;
  private final int maxRowBytes;
  private final int expectedFields;
  private final boolean counting;
  private CsvScanner probe;
  private int resume;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private byte[] flags = new byte[64];
  private int fields;
  private int limit;
  private int recordStart;
  private int recordEnd;
  private int next;
  private boolean special;
  private boolean stray;
  private boolean multiline;
  private boolean quoteOpen;

  /**
   * @param maxRowBytes longest record accepted
   * @param expectedFields fields a record spanning lines must have (0: any)
   */
  public CsvScanner(int maxRowBytes, int expectedFields) {
    this(maxRowBytes, expectedFields, (byte) ',');
  }

  /** The same with fields apart by {@code delimiter} (one of {@link Delimiters#ALL}). */
  public CsvScanner(int maxRowBytes, int expectedFields, byte delimiter) {
    this(maxRowBytes, expectedFields, false, delimiter);
  }

  private CsvScanner(int maxRowBytes, int expectedFields, boolean counting, byte delimiter) {
    this.classes = CLASS.clone();
    this.classes[delimiter & 0xFF] = COMMA;
    this.delimiter = delimiter;
    this.maxRowBytes = maxRowBytes;
    this.expectedFields = expectedFields;
    this.counting = counting;
  }

  /**
   * Scans the record starting at {@code pos}; {@code eof} says whether {@code limit} is the end of
   * all data. Afterwards {@link #next()} is where the following record starts.
   */
  public Kind scan(byte[] b, int pos, int limit, boolean eof) {
    start(pos, limit);
    int stop = (int) Math.min(limit, (long) pos + maxRowBytes + 1);
    boolean over = stop - pos > maxRowBytes; // the data goes on past the limit
    int i = pos;
    int fs = pos;
    byte[] cls = classes; // a local, so that the loop reads it once
    while (true) {
      if (i >= stop) {
        if (over) {
          return overLimit(b, stop, i, false, i == fs);
        }
        if (!eof) {
          return Kind.INCOMPLETE;
        }
        add(fs, i, 0);
        return end(b, i, i);
      }
      int k = cls[b[i] & 0xFF];
      if (k == 0) {
        i++;
      } else if (k == COMMA) {
        add(fs, i, 0);
        fs = ++i;
      } else if (k == EOL) {
        add(fs, i, 0);
        return end(b, i, LineEnds.after(b, i, limit));
      } else if (k == QUOTE && i == fs) {
        int after = quoted(b, i, stop, over, eof);
        if (after == MORE) {
          return Kind.INCOMPLETE;
        }
        if (after == BROKEN) {
          return broken(b);
        }
        if (after == LONG || (over && after >= stop)) {
          return overLimit(b, stop, after == LONG ? resume : after, after == LONG, false);
        }
        if (after >= limit || LineEnds.isEnd(b[after])) {
          return end(b, after, after >= limit ? limit : LineEnds.after(b, after, limit));
        }
        if (b[after] != delimiter) {
          return broken(b);
        }
        fs = i = after + 1;
      } else if (k == QUOTE) {
        stray = true;
        i++;
      } else {
        special = true;
        i++;
      }
    }
  }

  /**
   * Goes on through a {@link Kind#TOO_LONG} record that an earlier buffer left inside quotes, from
   * {@code pos}: {@link #recordEnd()}, {@link #next()} and {@link #quoteOpen()} then say where it
   * ends, as after {@link #scan}.
   */
  public Kind skip(byte[] b, int pos, int limit) {
    start(pos, limit);
    return tooLong(b, pos, true, false);
  }

  private void start(int pos, int limit) {
    this.limit = limit;
    recordStart = pos;
    fields = 0;
    special = false;
    stray = false;
    multiline = false;
    quoteOpen = false;
  }

  /**
   * A quoted field from the quote at {@code q}: the position after its closing quote, or a code;
   * for {@link #LONG} (still open at {@code stop}, with data {@code over} the limit), {@link
   * #resume} is where the scan stopped.
   */
  private int quoted(byte[] b, int q, int stop, boolean over, boolean eof) {
    int flag = QUOTED;
    for (int j = q + 1; ; j++) {
      if (j >= stop) {
        resume = j;
        return over ? LONG : eof ? BROKEN : MORE;
      }
      byte c = b[j];
      if (c == '"') {
        if (j + 1 < limit && b[j + 1] == '"') {
          flag |= ESCAPED;
          j++;
        } else if (j + 1 >= limit && !eof) {
          return MORE;
        } else {
          add(q + 1, j, flag);
          return j + 1;
        }
      } else if (LineEnds.isEnd(c)) {
        multiline = true;
      } else if (c <= 0) {
        special = true;
      }
    }
  }

  /**
   * A record that reached the limit at {@code stop}, scanned to {@code i} (inside quotes or not, at
   * the start of a field or not): a stray quote's first line, or too long.
   */
  private Kind overLimit(byte[] b, int stop, int i, boolean quoted, boolean fieldStart) {
    return multiline && stray(b, stop) ? broken(b) : tooLong(b, i, quoted, fieldStart);
  }

  private Kind end(byte[] b, int recordEnd, int next) {
    this.recordEnd = recordEnd;
    this.next = next;
    if (multiline && expectedFields > 0 && fields != expectedFields) {
      return broken(b);
    }
    if (fields == 1 && recordEnd == recordStart) {
      return Kind.BLANK;
    }
    return Kind.RECORD;
  }

  /**
   * True when the {@value #STRAY_LINES} lines after the record's first, up to {@code stop}, are
   * records of the expected field count: the quote that made the record span them was a stray one.
   */
  private boolean stray(byte[] b, int stop) {
    if (expectedFields == 0) {
      return false;
    }
    int pos = LineEnds.find(b, recordStart, stop);
    if (pos < stop) {
      pos = LineEnds.after(b, pos, stop);
    }
    probe = probe != null ? probe : new CsvScanner(maxRowBytes, expectedFields, true, delimiter);
    for (int n = 0; n < STRAY_LINES; n++) {
      if (pos >= stop
          || probe.scan(b, pos, stop, false) != Kind.RECORD
          || probe.fields() != expectedFields) {
        return false;
      }
      pos = probe.next();
    }
    return true;
  }

  /** The record becomes its first physical line (too long itself when over the limit). */
  private Kind broken(byte[] b) {
    int nl = LineEnds.find(b, recordStart, limit);
    recordEnd = nl;
    next = nl < limit ? LineEnds.after(b, nl, limit) : limit;
    quoteOpen = false;
    return nl - recordStart > maxRowBytes ? Kind.TOO_LONG : Kind.BROKEN_QUOTE;
  }

  /**
   * A record over the limit, from {@code i} (inside a quoted field or not, at the start of a field
   * or not) to its end: the first line end outside quotes, or the end of the data.
   */
  private Kind tooLong(byte[] b, int i, boolean quoted, boolean fieldStart) {
    for (; i < limit; i++) {
      byte c = b[i];
      if (quoted) {
        if (c == '"' && i + 1 < limit && b[i + 1] == '"') {
          i++;
        } else if (c == '"') {
          quoted = false;
          fieldStart = false;
        }
      } else if (LineEnds.isEnd(c)) {
        break;
      } else if (c == '"' && fieldStart) {
        quoted = true;
      } else {
        fieldStart = c == delimiter;
      }
    }
    quoteOpen = quoted;
    recordEnd = i;
    next = i < limit ? LineEnds.after(b, i, limit) : limit;
    return Kind.TOO_LONG;
  }

  /**
   * Splits {@code b[from, to)} at every delimiter, quotes taken as data: the fields of a broken
   * record.
   */
  public void splitAtCommas(byte[] b, int from, int to) {
    fields = 0;
    int fs = from;
    for (int i = from; i < to; i++) {
      if (b[i] == delimiter) {
        add(fs, i, 0);
        fs = i + 1;
      }
    }
    add(fs, to, 0);
  }

  private void add(int start, int end, int flag) {
    if (fields >= starts.length && counting) {
      fields++; // a probe needs the count only: no arrays as long as a row of commas
      return;
    }
    if (fields == starts.length) {
      starts = Arrays.copyOf(starts, fields * 2);
      ends = Arrays.copyOf(ends, fields * 2);
      flags = Arrays.copyOf(flags, fields * 2);
    }
    starts[fields] = start;
    ends[fields] = end;
    flags[fields] = (byte) flag;
    fields++;
  }

  /** The delimiter fields are apart by. */
  public byte delimiter() {
    return delimiter;
  }

  public int fields() {
    return fields;
  }

  /** Where field {@code i}'s content starts (after an opening quote). */
  public int start(int i) {
    return starts[i];
  }

  /** Where field {@code i}'s content ends (before a closing quote). */
  public int end(int i) {
    return ends[i];
  }

  /** True when field {@code i} holds {@code ""} escapes, to be read as single quotes. */
  public boolean escaped(int i) {
    return (flags[i] & ESCAPED) != 0;
  }

  public int recordStart() {
    return recordStart;
  }

  /** The end of the record, before its line break. */
  public int recordEnd() {
    return recordEnd;
  }

  public int next() {
    return next;
  }

  /** True when the record holds NUL or bytes above ASCII: check its UTF-8. */
  public boolean special() {
    return special;
  }

  /** True when a quote stood inside an unquoted field. */
  public boolean stray() {
    return stray;
  }

  /** After {@link Kind#TOO_LONG}: true when the data ended inside a quoted field of the record. */
  public boolean quoteOpen() {
    return quoteOpen;
  }
}
