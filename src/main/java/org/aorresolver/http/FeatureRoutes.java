package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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

/**
 * OGC API - Features - Part 1 (Core, GeoJSON) on the geodata in service: {@code /} (the landing
 * page; a browser is sent to {@code /map}), {@code /conformance}, {@code /collections}, {@code
 * /collections/{collectionId}}, its {@code /items} ({@code bbox}, {@code limit}, {@code offset})
 * and {@code /items/{featureId}}. The collections are made again when the geodata is reloaded.
 * Unknown query parameters are refused, as the standard asks; {@code f} chooses the format.
 */
final class FeatureRoutes {
  private static final String VARY = "X-Forwarded-Proto, X-Forwarded-Host";

  private final Derived<Catalog> catalog;

  FeatureRoutes(Supplier<Resolver> resolver) {
    this.catalog = new Derived<>(resolver, Catalog::of);
  }

  void register(JavalinConfig config) {
    config.routes.get("/", this::landing);
    config.routes.get("/conformance", this::conformance);
    config.routes.get("/collections", this::collections);
    config.routes.get("/collections/{collectionId}", this::collection);
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

  private void collection(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    formatOnly(ctx, Set.of("json"));
    send(ctx, OgcDocuments.JSON, OgcDocuments.collection(BaseUrl.of(ctx), set), VARY);
  }

  private void items(Context ctx) throws Exception {
    FeatureSet set = set(ctx, catalog.get());
    List<FieldError> errors = new ArrayList<>();
    format(ctx, Set.of("json", "geojson"), errors);
    ItemQuery query = null;
    try {
      query = ItemQuery.parse(ctx.queryParamMap(), Set.of("f"));
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String base = BaseUrl.of(ctx);
    send(ctx, OgcDocuments.GEOJSON, OgcDocuments.items(base, set, set.page(query)), VARY);
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
