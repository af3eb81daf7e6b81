package org.aorresolver.http;

import static org.eclipse.jetty.http.HttpCompliance.RFC9110;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.eclipse.jetty.http.ComplianceViolation;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.QuotedCSV;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.eclipse.jetty.http.QuotedQualityCSV.QualityValue;

/**
 * Conditional requests and content coding for responses that do not change while the service runs:
 * strong entity tags, {@code If-None-Match} (RFC 9110 section 13.1.2) and whether {@code
 * Accept-Encoding} allows gzip. The headers are read by Jetty's parsers of quoted, weighted lists.
 */
public final class HttpCaching {
  private HttpCaching() {}

  /**
   * A strong entity tag from the data version and the content's SHA-256; the gzip-coded
   * representation gets its own tag, as RFC 9110 asks of a different representation.
   */
  public static String etag(String dataVersion, String sha256, boolean gzip) {
    return "\"" + dataVersion + "-" + sha256.substring(0, 20) + (gzip ? "-gzip" : "") + "\"";
  }

  /**
   * Whether {@code If-None-Match} is {@code *} or names one of the tags, compared weakly (a weak
   * tag, {@code W/"..."}, matches the same opaque tag, weak or strong). A list that cannot be read
   * matches nothing.
   */
  public static boolean matches(String ifNoneMatch, String... etags) {
    if (ifNoneMatch == null) {
      return false;
    }
    try {
      for (String tag :
          new QuotedCSV.Etags(RFC9110, ComplianceViolation.Listener.NOOP, ifNoneMatch)) {
        if (tag.equals("*") || Arrays.stream(etags).anyMatch(e -> opaque(e).equals(opaque(tag)))) {
          return true;
        }
      }
    } catch (HttpException.RuntimeException | IndexOutOfBoundsException malformed) {
      // Jetty 12.1 refuses a quote inside a tag, and fails on one right after its first character
      return false;
    }
    return false;
  }

  /**
   * Whether gzip is acceptable: named ({@code gzip} or {@code x-gzip}) with a weight above 0, or,
   * not named, {@code *} with a weight above 0.
   */
  public static boolean acceptsGzip(String acceptEncoding) {
    boolean any = false;
    for (QualityValue coding : weighted(acceptEncoding, null)) {
      String name = coding.getValue().toLowerCase(Locale.ROOT);
      if (name.equals("gzip") || name.equals("x-gzip")) {
        return coding.isAcceptable();
      }
      any |= name.equals("*") && coding.isAcceptable();
    }
    return any;
  }

  /**
   * The elements of a weighted list ({@code Accept}, {@code Accept-Encoding}), highest weight
   * first, then by {@code order}; none for a header that is absent or cannot be read.
   */
  public static List<QualityValue> weighted(String header, ToIntFunction<String> order) {
    if (header == null) {
      return List.of();
    }
    QuotedQualityCSV list = new QuotedQualityCSV(order);
    try {
      list.addValue(header);
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
    return list.getQualityValues();
  }

  private static String opaque(String etag) {
    return EtagUtils.isWeak(etag) ? etag.substring(2) : etag;
  }
}
