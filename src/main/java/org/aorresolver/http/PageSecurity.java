package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * A content security policy on every answer that has none of its own: HTML pages (the API
 * documentation, the Swagger UI pages of its webjar) may load only what this service serves and may
 * not be framed by another site; every other answer (JSON, tiles, scripts) may load nothing and may
 * not be framed. The map sets its own, stricter policy ({@link MapRoutes}).
 */
public final class PageSecurity {
  /**
   * For HTML pages: scripts, styles, images and requests to this service only (Swagger UI also sets
   * styles inline and draws icons from data URLs); never framed.
   */
  static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** For everything else: nothing to load, never framed. */
  public static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private PageSecurity() {}

  static void register(JavalinConfig config) {
    config.routes.after(PageSecurity::apply);
  }

  private static void apply(Context ctx) {
    if (ctx.res().isCommitted()) {
      return; // a streamed answer (a batch) went out with the headers of its start
    }
    String type = ctx.res().getContentType();
    boolean page = type != null && type.startsWith("text/html");
    if (ctx.res().getHeader("Content-Security-Policy") == null) {
      ctx.header("Content-Security-Policy", page ? PAGE_POLICY : OTHER_POLICY);
    }
    if (page) {
      ctx.header("X-Frame-Options", "DENY"); // for browsers that do not know frame-ancestors
    }
  }
}
