package org.aorresolver.http;

import java.util.Locale;

/** What a client's {@code Accept} header prefers (RFC 9110 section 12.5.1). */
final class Negotiation {
  private Negotiation() {}

  /**
   * Whether {@code Accept} rates {@code text/html} above {@code application/json}, as browsers'
   * defaults do ({@code text/html,...,*}{@code /*;q=0.8}); no header prefers JSON.
   */
  static boolean prefersHtml(String accept) {
    return accept != null
        && quality(accept, "text", "html") > quality(accept, "application", "json");
  }

  /** The {@code q} of the most specific media range that covers the type, or 0 if none does. */
  static double quality(String accept, String type, String subtype) {
    double q = 0;
    int best = -1;
    for (String element : accept.split(",")) {
      String[] parts = element.split(";");
      String[] range = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
      int specificity = range.length != 2 ? -1 : specificity(range[0], range[1], type, subtype);
      if (specificity > best) {
        best = specificity;
        q = HttpCaching.quality(parts);
      }
    }
    return q;
  }

  private static int specificity(String rangeType, String rangeSub, String type, String subtype) {
    if (rangeType.equals(type) && rangeSub.equals(subtype)) {
      return 2;
    }
    if (rangeType.equals(type) && rangeSub.equals("*")) {
      return 1;
    }
    return rangeType.equals("*") && rangeSub.equals("*") ? 0 : -1;
  }
}
