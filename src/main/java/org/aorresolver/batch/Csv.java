package org.aorresolver.batch;

import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.batch.io.Utf8;

/**
 * Writing CSV fields: quoted when they hold the delimiter (a comma, or the input's semicolon, tab
 * or pipe), a quote or a line break (RFC 4180).
 */
public final class Csv {
  private Csv() {}

  public static void writeField(String v, ByteSink out) {
    writeField(v, out, (byte) ',');
  }

  public static void writeField(String v, ByteSink out, byte delimiter) {
    if (v.indexOf(delimiter) < 0
        && v.indexOf('"') < 0
        && v.indexOf('\n') < 0
        && v.indexOf('\r') < 0) {
      out.write(v);
    } else {
      out.write('"');
      out.write(v.replace("\"", "\"\""));
      out.write('"');
    }
  }

  /**
   * Writes field content {@code b[from, to)} as a CSV field: {@code ""} read as one quote when
   * {@code escaped}, ill-formed UTF-8 and NUL replaced when {@code sanitize}.
   */
  static void writeField(
      byte[] b,
      int from,
      int to,
      boolean escaped,
      boolean sanitize,
      ByteSink scratch,
      ByteSink out,
      byte delimiter) {
    scratch.reset();
    if (sanitize) {
      Utf8.sanitize(b, from, to, scratch);
    } else {
      scratch.write(b, from, to);
    }
    byte[] v = scratch.array();
    int n = scratch.size();
    boolean quote = false;
    for (int i = 0; i < n && !quote; i++) {
      quote = v[i] == delimiter || v[i] == '"' || v[i] == '\n' || v[i] == '\r';
    }
    if (!quote) {
      out.write(v, 0, n);
      return;
    }
    out.write('"');
    for (int i = 0; i < n; i++) {
      out.write(v[i]);
      if (v[i] == '"') {
        if (escaped && i + 1 < n && v[i + 1] == '"') {
          i++;
        }
        out.write('"');
      }
    }
    out.write('"');
  }
}
