package org.aorresolver.http.features;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aorresolver.Edition;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.aorresolver.Resolver;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.HttpCaching;
import org.aorresolver.tiles.AorTiles;
import org.aorresolver.tiles.Tile;
import org.aorresolver.tiles.TileCoord;

/**
 * Vector tiles of the AORs and offices: {@code /tiles/aor/{z}/{x}/{y}.mvt} (a Mapbox Vector Tile;
 * 204 when empty; gzip, ETag and If-None-Match) and {@code /tiles/aor.json} (TileJSON 3.0.0). The
 * tiles follow the geodata in service: they are built in the background when the app is created and
 * again after a reload, and a tile request waits only if that build is still running. The route
 * template ends in {@code {y}} so that a row without {@code .mvt} is a 400 naming {@code y}, not a
 * 404; the OpenAPI document names the path {@code /tiles/aor/{z}/{x}/{y}.mvt}.
 */
public final class TileRoutes {
  static final String MVT = "application/vnd.mapbox-vector-tile";
  static final String CACHE_CONTROL = "public, max-age=86400";
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern ROW = Pattern.compile("(-?[0-9]{1,9})\\.mvt");

  private final Derived<AorTiles> tiles;

  public TileRoutes(Supplier<Resolver> resolver) {
    this.tiles = new Derived<>(resolver, AorTiles::build);
  }

  public void register(JavalinConfig config) {
    boolean gzip = config.http.compressionStrategy != CompressionStrategy.NONE;
    config.routes.get("/tiles/aor/{z}/{x}/{y}", ctx -> tile(ctx, gzip));
    config.routes.get("/tiles/aor.json", this::tileJson);
    config.events.serverStopped(tiles::stop);
  }

  private void tile(Context ctx, boolean gzipAllowed) {
    List<FieldError> errors = new ArrayList<>();
    Edition edition = edition(ctx, errors);
    TileCoord coord = coord(ctx, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    boolean gzip = gzipAllowed && HttpCaching.acceptsGzip(ctx.header("Accept-Encoding"));
    AorTiles built = tiles.get();
    send(ctx, built, built.tile(edition, coord), gzip);
  }

  private void send(Context ctx, AorTiles tiles, Tile tile, boolean gzip) {
    ctx.header("Cache-Control", CACHE_CONTROL).header("Vary", "Accept-Encoding");
    if (tile.isEmpty()) {
      ctx.status(204);
      return;
    }
    String etag = HttpCaching.etag(tiles.dataVersion(), tile.sha256(), false);
    String gzipEtag = HttpCaching.etag(tiles.dataVersion(), tile.sha256(), true);
    ctx.header("ETag", gzip ? gzipEtag : etag);
    if (HttpCaching.matches(ctx.header("If-None-Match"), etag, gzipEtag)) {
      ctx.status(304);
    } else if (gzip) {
      ctx.contentType(MVT).header("Content-Encoding", "gzip").result(tile.gzipped());
    } else {
      ctx.contentType(MVT).result(tile.bytes());
    }
  }

  private void tileJson(Context ctx) throws Exception {
    List<FieldError> errors = new ArrayList<>();
    Edition edition = edition(ctx, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String url = BaseUrl.of(ctx) + "/tiles/aor/{z}/{x}/{y}.mvt?edition=" + edition.id();
    ctx.header("Cache-Control", "public, max-age=3600")
        .header("Vary", "X-Forwarded-Proto, X-Forwarded-Host");
    HttpApp.json(ctx, TileJson.of(tiles.get(), edition, url));
  }

  /** The edition asked for (the current one by default), or null with the problem added. */
  private static Edition edition(Context ctx, List<FieldError> errors) {
    String e = ctx.queryParam("edition");
    try {
      return e == null ? Edition.CURRENT : Edition.parse("edition", e);
    } catch (InvalidInputException ex) {
      errors.addAll(ex.errors());
      return null;
    }
  }

  /** The tile named by the path, or null with every problem of z, x and y added. */
  private static TileCoord coord(Context ctx, List<FieldError> errors) {
    Integer z = integer("z", ctx.pathParam("z"), INTEGER, TileCoord.zoomRange(), errors);
    Integer x = integer("x", ctx.pathParam("x"), INTEGER, "an integer tile column", errors);
    String rowForm = "an integer tile row followed by .mvt, e.g. 5.mvt";
    Integer y = integer("y", ctx.pathParam("y"), ROW, rowForm, errors);
    if (z == null || x == null || y == null) {
      return null;
    }
    try {
      return TileCoord.of(z, x, y);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static Integer integer(
      String field, String text, Pattern form, String expected, List<FieldError> errors) {
    Matcher m = form.matcher(text);
    if (!m.matches()) {
      errors.add(new FieldError(field, text, expected));
      return null;
    }
    return Integer.parseInt(m.groupCount() == 0 ? m.group() : m.group(1));
  }
}
