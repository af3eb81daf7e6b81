package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /openapi.json}, the hand-written OpenAPI 3.1 document, and {@code /docs}, Swagger UI on
 * it.
 */
final class OpenApiRoutes {
  private final byte[] document = resource("openapi.json");
  private final byte[] docsPage = resource("docs.html");
  private final byte[] docsScript = resource("docs-init.js");

  void register(JavalinConfig config) {
    config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    config.routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docsPage));
    config.routes.get(
        "/docs/init.js", ctx -> ctx.contentType("text/javascript").result(docsScript));
  }

  private static byte[] resource(String name) {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
