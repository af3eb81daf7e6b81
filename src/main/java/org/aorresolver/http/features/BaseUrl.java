package org.aorresolver.http.features;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scheme, host and port of absolute URLs in answers (TileJSON, OGC API links): the request's
 * scheme and {@code Host}, or {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} when a proxy
 * in front sets them. A header value that is not a host name or address with an optional port is
 * ignored.
 */
final class BaseUrl {
  private static final Pattern HOST =
      Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

  private BaseUrl() {}

  /** Scheme, host and port the client reached us at, e.g. {@code https://maps.example.org}. */
  static String of(Context ctx) {
    String proto = first(ctx.header("X-Forwarded-Proto"));
    String scheme =
        proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))
            ? proto.toLowerCase(Locale.ROOT)
            : ctx.scheme();
    String host = first(ctx.header("X-Forwarded-Host"));
    if (host == null || !HOST.matcher(host).matches()) {
      host = ctx.host();
    }
    if (host == null || !HOST.matcher(host).matches()) {
      String name = ctx.req().getServerName();
      host = (name.contains(":") ? "[" + name + "]" : name) + ":" + ctx.req().getServerPort();
    }
    return scheme + "://" + host;
  }

  private static String first(String header) {
    if (header == null) {
      return null;
    }
    String value = header.split(",")[0].strip();
    return value.isEmpty() ? null : value;
  }
}
