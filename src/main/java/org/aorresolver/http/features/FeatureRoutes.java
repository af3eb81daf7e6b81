package org.aorresolver.http.features;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.aorresolver.Resolver;
import org.aorresolver.features.Catalog;
import org.aorresolver.features.FeatureSet;
import org.aorresolver.features.Item;
import org.aorresolver.features.ItemQuery;
import org.aorresolver.http.Json;
import org.aorresolver.http.problem.NotFound;

/**
 * OGC API - Features - Part 1 (Core, GeoJSON) on the geodata in service: {@code /} (the landing
 * page; a browser is sent to {@code /map}), {@code /conformance}, {@code /collections}, {@code
 * /collections/{collectionId}}, its {@code /queryables} (Part 3) and {@code /schema}, its {@code
 * /items} ({@code bbox}, {@code datetime}, {@code limit}, {@code offset} and a filter per
 * queryable) and {@code /items/{featureId}}. The collections are made again when the geodata is
 * reloaded. Unknown query parameters are refused, as the standard asks; {@code f} chooses the
 * format.
 */
public final class FeatureRoutes {
  private static final String VARY = "X-Forwarded-Proto, X-Forwarded-Host";

  private final Derived<Catalog> catalog;

  public FeatureRoutes(Supplier<Resolver> resolver) {
    this.catalog = new Derived<>(resolver, Catalog::of);
  }

  public void register(JavalinConfig config) {
    config.routes.get("/", this::landing);
    config.routes.get("/conformance", this::conformance);
    config.routes.get("/collections", this::collections);
    config.routes.get("/collections/{collectionId}", this::collection);
    config.routes.get("/collections/{collectionId}/queryables", this::queryables);
    config.routes.get("/collections/{collectionId}/schema", this::schema);
    config.routes.get("/collections/{collectionId}/items", this::items);
    config.routes.get("/collections/{collectionId}/items/{featureId}", this::item);
    config.events.serverStopped(catalog::stop);
  }

  private void landing(Context ctx) throws Exception {
    String format = formatOnly(ctx, Set.of("json", "html"));
    if ("html".equals(format)
        || (format == null && Negotiation.prefersHtml(ctx.header("Accept")))) {
      ctx.header("Vary", "Accept, " + VARY).redirect("/map", HttpStatus.SEE_OTHER);
      return;
    }
    send(ctx, OgcDocuments.JSON, OgcDocuments.landing(BaseUrl.of(ctx)), "Accept, " + VARY);
  }

  private void conformance(Context ctx) throws Exception {
    formatOnly(ctx, Set.of("json"));
    send(ctx, OgcDocuments.JSON, OgcDocuments.conformance(), VARY);
  }

  private void collections(Context ctx) throws Exception {
    formatOnly(ctx, Set.of("json"));
    send(ctx, OgcDocuments.JSON, OgcDocuments.collections(BaseUrl.of(ctx), catalog.get()), VARY);
  }

  /**
   * A collection. It takes the parameters of its items too and checks them but leaves them aside,
   * so that a client that adds a query to every request of a collection (GDAL opened on {@code
   * /collections/aor-2021?datetime=2019-05-01}) can be given one.
   */
  private void collection(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    query(ctx, set, Set.of("json"));
    send(ctx, OgcDocuments.JSON, OgcDocuments.collection(BaseUrl.of(ctx), set), VARY);
  }

  private void queryables(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    formatOnly(ctx, Set.of("json"));
    send(ctx, OgcDocuments.SCHEMA, SchemaDocuments.queryables(BaseUrl.of(ctx), set), VARY);
  }

  private void schema(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    formatOnly(ctx, Set.of("json"));
    send(ctx, OgcDocuments.SCHEMA, SchemaDocuments.features(BaseUrl.of(ctx), set), VARY);
  }

  private void items(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    ItemQuery query = query(ctx, set, Set.of("json", "geojson"));
    String base = BaseUrl.of(ctx);
    Object body = OgcDocuments.items(base, set, set.page(query), selection(ctx.queryString()));
    send(ctx, OgcDocuments.GEOJSON, body, VARY);
  }

  /** The items the request selects, in one of {@code formats}; every problem named at once. */
  private static ItemQuery query(Context ctx, FeatureSet set, Set<String> formats) {
    List<FieldError> errors = new ArrayList<>();
    format(ctx, formats, errors);
    ItemQuery query = null;
    try {
      query = ItemQuery.parse(ctx.queryParamMap(), Set.of("f"), set.queryables());
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return query;
  }

  private void item(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    String id = ctx.pathParam("featureId");
    Item item =
        set.item(id)
            .orElseThrow(
                () ->
                    new NotFound(
                        "featureId", id, "the id of a feature of " + set.id() + "; see its items"));
    formatOnly(ctx, Set.of("json", "geojson"));
    send(ctx, OgcDocuments.GEOJSON, OgcDocuments.item(BaseUrl.of(ctx), set, item), VARY);
  }

  /**
   * The parameters of a query string other than {@code limit} and {@code offset}, as given and in
   * order: links to other pages keep them so, and a client that adds its own query to each URL
   * (GDAL does) finds it there and does not add it twice.
   */
  static String selection(String queryString) {
    if (queryString == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : queryString.split("&")) {
      String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
      if (!pair.isEmpty() && !name.equals("limit") && !name.equals("offset")) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }

  private static FeatureSet set(Context ctx, Catalog catalog) {
    String id = ctx.pathParam("collectionId");
    return catalog
        .set(id)
        .orElseThrow(
            () ->
                new NotFound(
                    "collectionId",
                    id,
                    "a collection: "
                        + String.join(", ", catalog.sets().stream().map(FeatureSet::id).toList())));
  }

  /** The {@code f} asked for, or null; a format not in {@code formats} is added to the errors. */
  private static String format(Context ctx, Set<String> formats, List<FieldError> errors) {
    List<String> f = ctx.queryParams("f");
    if (f.size() > 1 || (f.size() == 1 && !formats.contains(f.get(0)))) {
      errors.add(new FieldError("f", String.join(",", f), "one of " + String.join(", ", formats)));
    }
    return f.isEmpty() ? null : f.get(0);
  }

  /** The {@code f} asked for, or null, where {@code f} is the only parameter. */
  private static String formatOnly(Context ctx, Set<String> formats) {
    List<FieldError> errors = new ArrayList<>();
    String format = format(ctx, formats, errors);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!name.equals("f")) {
        errors.add(new FieldError(name, ctx.queryParam(name), "a known parameter: f"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return format;
  }

  private static void send(Context ctx, String type, Object body, String vary) throws Exception {
    ctx.header("Vary", vary).contentType(type).result(Json.MAPPER.writeValueAsBytes(body));
  }
}
