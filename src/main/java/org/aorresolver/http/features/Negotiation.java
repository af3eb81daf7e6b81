package org.aorresolver.http.features;

import java.util.List;
import java.util.Locale;
import org.aorresolver.http.HttpCaching;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.eclipse.jetty.http.QuotedQualityCSV.QualityValue;

/** What a client's {@code Accept} header prefers (RFC 9110 section 12.5.1). */
final class Negotiation {
  private Negotiation() {}

  /**
   * Whether {@code Accept} rates {@code text/html} above {@code application/json}, as browsers'
   * defaults do ({@code text/html,...,*}{@code /*;q=0.8}); no header prefers JSON.
   */
  static boolean prefersHtml(String accept) {
    List<QualityValue> ranges =
        HttpCaching.weighted(accept, QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
    return quality(ranges, "text/html") > quality(ranges, "application/json");
  }

  /** The weight of the most specific media range that covers the type, or 0 if none does. */
  private static double quality(List<QualityValue> ranges, String type) {
    double q = 0;
    int best = -1;
    for (QualityValue range : ranges) {
      String name = range.getValue().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      int specificity = specificity(name, type);
      if (specificity > best) {
        best = specificity;
        q = range.getWeight();
      }
    }
    return q;
  }

  /** 2 for the type itself, 1 for its {@code type/*}, 0 for {@code *}{@code /*}, else -1. */
  private static int specificity(String range, String type) {
    if (range.equals(type)) {
      return 2;
    }
    if (range.equals(type.substring(0, type.indexOf('/')) + "/*")) {
      return 1;
    }
    return range.equals("*/*") ? 0 : -1;
  }
}
