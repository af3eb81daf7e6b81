package org.aorresolver.batch.io;

import java.util.Arrays;

/**
 * Reads one NDJSON line that is a flat JSON object ({@code {"id":7,"lat":29.42,"lon":-98.49}})
 * straight from bytes: where each member's key and value are. Anything else (nested values, escapes
 * in keys, invalid JSON) makes {@link #scan} return false, and the caller uses a full JSON parser.
 * Not thread-safe: one per thread.
 */
public final class JsonLine {
  /** What a member's value is. */
  public enum Value {
    STRING,
    NUMBER,
    LITERAL
  }

  private int[] pos = new int[4 * 16];
  private Value[] kinds = new Value[16];
  private boolean[] escapes = new boolean[16];
  private int members;
  private int closing;
  private boolean escaped;

  /** True when {@code b[from, to)} is a flat JSON object, surrounding whitespace allowed. */
  public boolean scan(byte[] b, int from, int to) {
    members = 0;
    int i = skip(b, from, to);
    if (i >= to || b[i] != '{') {
      return false;
    }
    i = skip(b, i + 1, to);
    if (i < to && b[i] == '}') {
      closing = i;
      return skip(b, i + 1, to) == to;
    }
    while (true) {
      i = member(b, i, to);
      if (i < 0) {
        return false;
      }
      i = skip(b, i, to);
      if (i < to && b[i] == ',') {
        i = skip(b, i + 1, to);
      } else if (i < to && b[i] == '}') {
        closing = i;
        return skip(b, i + 1, to) == to;
      } else {
        return false;
      }
    }
  }

  /** One {@code "key": value} from {@code i}: the position after it, or -1. */
  private int member(byte[] b, int i, int to) {
    if (i >= to || b[i] != '"') {
      return -1;
    }
    int keyEnd = string(b, i + 1, to);
    if (keyEnd < 0 || escaped) {
      return -1;
    }
    int colon = skip(b, keyEnd + 1, to);
    if (colon >= to || b[colon] != ':') {
      return -1;
    }
    int v = skip(b, colon + 1, to);
    if (v >= to) {
      return -1;
    }
    int vs = v;
    int ve;
    Value kind;
    if (b[v] == '"') {
      vs = v + 1;
      ve = string(b, vs, to);
      kind = Value.STRING;
    } else if (b[v] == '-' || (b[v] >= '0' && b[v] <= '9')) {
      ve = number(b, v, to);
      kind = Value.NUMBER;
      escaped = false;
    } else {
      ve = literal(b, v, to);
      kind = Value.LITERAL;
      escaped = false;
    }
    if (ve < 0) {
      return -1;
    }
    add(i + 1, keyEnd, vs, ve, kind);
    return kind == Value.STRING ? ve + 1 : ve;
  }

  /** From after an opening quote: the closing quote's position, or -1; sets {@link #escaped}. */
  private int string(byte[] b, int i, int to) {
    escaped = false;
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        escaped = true;
        i = escape(b, i + 1, to);
        if (i < 0) {
          return -1;
        }
      } else if (c >= 0 && c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** The last byte of a valid escape whose letter is at {@code i}, or -1. */
  private static int escape(byte[] b, int i, int to) {
    if (i >= to) {
      return -1;
    }
    if (b[i] == 'u') {
      for (int k = 1; k <= 4; k++) {
        if (i + k >= to || Character.digit(b[i + k], 16) < 0) {
          return -1;
        }
      }
      return i + 4;
    }
    return "\"\\/bfnrt".indexOf(b[i]) >= 0 ? i : -1;
  }

  /** A JSON number from {@code i}: the position after it, or -1. */
  private static int number(byte[] b, int i, int to) {
    if (b[i] == '-') {
      i++;
    }
    if (i < to && b[i] == '0') {
      i++;
    } else {
      int d = digits(b, i, to);
      if (d == i) {
        return -1;
      }
      i = d;
    }
    if (i < to && b[i] == '.') {
      int d = digits(b, i + 1, to);
      if (d == i + 1) {
        return -1;
      }
      i = d;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < to && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int d = digits(b, i, to);
      if (d == i) {
        return -1;
      }
      i = d;
    }
    return i;
  }

  private static int digits(byte[] b, int i, int to) {
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }

  private static int literal(byte[] b, int i, int to) {
    for (String word : new String[] {"true", "false", "null"}) {
      int n = word.length();
      if (i + n <= to && matches(b, i, word)) {
        return i + n;
      }
    }
    return -1;
  }

  private static boolean matches(byte[] b, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (b[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skip(byte[] b, int i, int to) {
    while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  private void add(int ks, int ke, int vs, int ve, Value kind) {
    if (members == kinds.length) {
      pos = Arrays.copyOf(pos, pos.length * 2);
      kinds = Arrays.copyOf(kinds, kinds.length * 2);
      escapes = Arrays.copyOf(escapes, escapes.length * 2);
    }
    pos[4 * members] = ks;
    pos[4 * members + 1] = ke;
    pos[4 * members + 2] = vs;
    pos[4 * members + 3] = ve;
    kinds[members] = kind;
    escapes[members] = escaped;
    members++;
  }

  public int members() {
    return members;
  }

  /** The position of the object's closing brace. */
  public int closing() {
    return closing;
  }

  public int keyStart(int m) {
    return pos[4 * m];
  }

  public int keyEnd(int m) {
    return pos[4 * m + 1];
  }

  /** Where the value starts: after the opening quote for strings. */
  public int valueStart(int m) {
    return pos[4 * m + 2];
  }

  /** Where the value ends: before the closing quote for strings. */
  public int valueEnd(int m) {
    return pos[4 * m + 3];
  }

  public Value kind(int m) {
    return kinds[m];
  }

  /** True when a string value holds backslash escapes. */
  public boolean escaped(int m) {
    return escapes[m];
  }
}
