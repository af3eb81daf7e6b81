package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.aorresolver.http.problem.NotFound;

/**
 * The map page: {@code /map} and its own files under {@code /map/{asset}} (script, style sheet, its
 * colours, the vendored Leaflet.VectorGrid and its licences); Leaflet itself comes from its webjar
 * under {@code /webjars}. The page loads nothing from elsewhere and runs no inline script, so its
 * {@link #CONTENT_SECURITY_POLICY} allows only this service. Files carry a weak entity tag (the
 * same content gzip-coded or not) and are revalidated on each use.
 */
final class MapRoutes {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** A file of the page: its bytes, media type and entity tag. */
  private record Asset(byte[] bytes, String type, String etag) {
    static Asset of(String resource, String type) {
      byte[] bytes = HttpApp.resource(resource);
      return new Asset(bytes, type, "W/\"" + sha256(bytes).substring(0, 20) + "\"");
    }
  }

  private static final String JS = "text/javascript; charset=utf-8";

  private final Asset page = Asset.of("map/map.html", "text/html; charset=utf-8");
  private final Map<String, Asset> assets = new TreeMap<>();

  MapRoutes() {
    assets.put("map.js", Asset.of("map/map.js", JS));
    assets.put("map.css", Asset.of("map/map.css", "text/css; charset=utf-8"));
    assets.put("palette.json", Asset.of("map/palette.json", "application/json"));
    assets.put("vectorgrid.js", Asset.of("map/vendor/Leaflet.VectorGrid.bundled.js", JS));
    assets.put(
        "vectorgrid-licences.txt",
        Asset.of("map/vendor/Leaflet.VectorGrid.LICENSE.txt", "text/plain; charset=utf-8"));
  }

  void register(JavalinConfig config) {
    config.routes.get("/map", ctx -> send(ctx, page));
    config.routes.get("/map/{asset}", this::asset);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    Asset asset = assets.get(name);
    if (asset == null) {
      throw new NotFound("asset", name, "one of " + String.join(", ", assets.keySet()));
    }
    send(ctx, asset);
  }

  private static void send(Context ctx, Asset asset) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("Cache-Control", "no-cache")
        .header("ETag", asset.etag());
    if (HttpCaching.matches(ctx.header("If-None-Match"), asset.etag())) {
      ctx.status(304);
    } else {
      ctx.contentType(asset.type()).result(asset.bytes());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
