package org.aorresolver.http;

import java.util.Locale;

/**
 * Conditional requests and content coding for responses that do not change while the service runs:
 * strong entity tags, {@code If-None-Match} (RFC 9110 section 13.1.2) and whether {@code
 * Accept-Encoding} allows gzip.
 */
final class HttpCaching {
  private HttpCaching() {}

  /**
   * A strong entity tag from the data version and the content's SHA-256; the gzip-coded
   * representation gets its own tag, as RFC 9110 asks of a different representation.
   */
  static String etag(String dataVersion, String sha256, boolean gzip) {
    return "\"" + dataVersion + "-" + sha256.substring(0, 20) + (gzip ? "-gzip" : "") + "\"";
  }

  /** Whether {@code If-None-Match} names one of the tags (weak comparison) or is {@code *}. */
  static boolean matches(String ifNoneMatch, String... etags) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String token : ifNoneMatch.split(",")) {
      String tag = token.strip();
      if (tag.equals("*")) {
        return true;
      }
      String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
      for (String etag : etags) {
        if (opaque.equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether gzip is acceptable: named (or {@code *}) without {@code q=0}. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Double any = null;
    for (String token : acceptEncoding.split(",")) {
      String[] parts = token.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return q > 0;
      }
      if (coding.equals("*")) {
        any = q;
      }
    }
    return any != null && any > 0;
  }

  /** The {@code q} parameter of a header element split at {@code ;}: 1 when absent, 0 when bad. */
  static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.startsWith("q=") || p.startsWith("Q=")) {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
