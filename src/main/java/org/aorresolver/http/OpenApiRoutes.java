package org.aorresolver.http;

import io.javalin.config.JavalinConfig;

/**
 * {@code /openapi.json}, the hand-written OpenAPI 3.1 document, and {@code /docs}, Swagger UI on
 * it.
 */
final class OpenApiRoutes {
  private final byte[] document = HttpApp.resource("openapi.json");
  private final byte[] docsPage = HttpApp.resource("docs.html");
  private final byte[] docsScript = HttpApp.resource("docs-init.js");

  void register(JavalinConfig config) {
    config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    config.routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docsPage));
    config.routes.get(
        "/docs/init.js", ctx -> ctx.contentType("text/javascript").result(docsScript));
  }
}
