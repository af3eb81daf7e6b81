package org.aorresolver.batch.io;

import java.util.Arrays;

/**
 * Finds the records and fields of RFC 4180 CSV in bytes, without copying or decoding them. A record
 * ends at LF or CRLF outside quotes; a field is quoted when it starts with a quote, and inside
 * quotes {@code ""} stands for one quote and line breaks are data.
 *
 * <p>Recovery rules, so that one bad record never swallows the ones after it:
 *
 * <ul>
 *   <li>a quote inside an unquoted field is kept as data ({@link #stray()} tells);
 *   <li>a quoted field that does not close, that is followed by anything but a comma or the line
 *       end, or a record spanning lines whose field count is not the expected one, is {@link
 *       Kind#BROKEN_QUOTE}: the record is then its first physical line, and scanning resumes on the
 *       next;
 *   <li>a record longer than {@code maxRowBytes} is {@link Kind#TOO_LONG} and ends at the first
 *       line break after the limit.
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
  private static final int LF = 1;
  private static final int COMMA = 2;
  private static final int QUOTE = 3;
  private static final int SPECIAL = 4;
  private static final int QUOTED = 1;
  private static final int ESCAPED = 2;
  private static final int BROKEN = -1;
  private static final int LONG = -2;
  private static final int MORE = -3;

  static {
    CLASS['\n'] = LF;
    CLASS[','] = COMMA;
    CLASS['"'] = QUOTE;
    CLASS[0] = SPECIAL;
    for (int c = 0x80; c < 0x100; c++) {
      CLASS[c] = SPECIAL;
    }
  }

  private final int maxRowBytes;
  private final int expectedFields;
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

  /**
   * @param maxRowBytes longest record accepted
   * @param expectedFields fields a record spanning lines must have (0: any)
   */
  public CsvScanner(int maxRowBytes, int expectedFields) {
    this.maxRowBytes = maxRowBytes;
    this.expectedFields = expectedFields;
  }

  /**
   * Scans the record starting at {@code pos}; {@code eof} says whether {@code limit} is the end of
   * all data. Afterwards {@link #next()} is where the following record starts.
   */
  public Kind scan(byte[] b, int pos, int limit, boolean eof) {
    this.limit = limit;
    recordStart = pos;
    fields = 0;
    special = false;
    stray = false;
    multiline = false;
    int stop = (int) Math.min(limit, (long) pos + maxRowBytes + 1);
    int i = pos;
    int fs = pos;
    while (true) {
      if (i >= stop) {
        if (stop < limit) {
          return multiline ? broken(b) : tooLong(b, i, limit);
        }
        if (!eof) {
          return Kind.INCOMPLETE;
        }
        int e = i > fs && b[i - 1] == '\r' ? i - 1 : i;
        add(fs, e, 0);
        return end(b, e, i);
      }
      int k = CLASS[b[i] & 0xFF];
      if (k == 0) {
        i++;
      } else if (k == COMMA) {
        add(fs, i, 0);
        fs = ++i;
      } else if (k == LF) {
        int e = i > fs && b[i - 1] == '\r' ? i - 1 : i;
        add(fs, e, 0);
        return end(b, e, i + 1);
      } else if (k == QUOTE && i == fs) {
        int after = quoted(b, i, stop, limit, eof);
        if (after < 0) {
          return after == MORE ? Kind.INCOMPLETE : after == LONG ? tooLong(b, i, limit) : broken(b);
        }
        if (after >= limit || b[after] == '\n') {
          return end(b, after, Math.min(limit, after + 1));
        }
        if (b[after] == '\r' && after + 1 < limit && b[after + 1] == '\n') {
          return end(b, after, after + 2);
        }
        if (b[after] != ',') {
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
   * A quoted field from the quote at {@code q}: the position after its closing quote, or a code.
   */
  private int quoted(byte[] b, int q, int stop, int limit, boolean eof) {
    int flag = QUOTED;
    for (int j = q + 1; ; j++) {
      if (j >= stop) {
        if (stop < limit) {
          return multiline ? BROKEN : LONG;
        }
        return eof || limit - recordStart > maxRowBytes ? BROKEN : MORE;
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
      } else if (c == '\n') {
        multiline = true;
      } else if (c <= 0) {
        special = true;
      }
    }
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

  /** The record becomes its first physical line. */
  private Kind broken(byte[] b) {
    int nl = recordStart;
    while (nl < limit && b[nl] != '\n') {
      nl++;
    }
    next = Math.min(limit, nl + 1);
    recordEnd = nl > recordStart && b[nl - 1] == '\r' ? nl - 1 : nl;
    return Kind.BROKEN_QUOTE;
  }

  private Kind tooLong(byte[] b, int from, int limit) {
    int nl = from;
    while (nl < limit && b[nl] != '\n') {
      nl++;
    }
    recordEnd = nl;
    next = Math.min(limit, nl + 1);
    return Kind.TOO_LONG;
  }

  /**
   * Splits {@code b[from, to)} at every comma, quotes taken as data: the fields of a broken record.
   */
  public void splitAtCommas(byte[] b, int from, int to) {
    fields = 0;
    int fs = from;
    for (int i = from; i < to; i++) {
      if (b[i] == ',') {
        add(fs, i, 0);
        fs = i + 1;
      }
    }
    add(fs, to, 0);
  }

  private void add(int start, int end, int flag) {
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
}
