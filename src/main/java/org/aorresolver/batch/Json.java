package org.aorresolver.batch;

import org.aorresolver.batch.io.ByteSink;

/** Writing JSON strings (RFC 8259 escapes). */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  public static void writeString(String s, ByteSink out) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
          } else {
            b.append(c);
          }
        }
      }
    }
    out.write(b.append('"').toString());
  }
}
