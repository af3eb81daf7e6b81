package org.aorresolver.http.features;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.features.Catalog;
import org.aorresolver.features.FeatureSet;
import org.aorresolver.features.Item;
import org.aorresolver.features.ItemQuery;
import org.aorresolver.features.Page;
import org.aorresolver.features.Period;
import org.aorresolver.http.Json;

/**
 * The documents of OGC API - Features - Part 1 (Core, GeoJSON): landing page, conformance,
 * collections, a collection, its items and one item. Every link is absolute, from the base URL of
 * the request, and names its relation, media type and what it leads to.
 */
final class OgcDocuments {
  static final String JSON = "application/json";
  static final String GEOJSON = "application/geo+json";
  static final String HTML = "text/html";
  static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.1";
  static final String SCHEMA = "application/schema+json";
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
  static final String QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters");

  /** A link: where, how it relates to the document, its media type and a title for people. */
  record Link(String href, String rel, String type, String title) {}

  private OgcDocuments() {}

  static Map<String, Object> landing(String base) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "aor-resolver");
    body.put(
        "description",
        "The areas of responsibility of the ICE ERO field offices (2020 and 2021 structures),"
            + " the field and check-in offices, counties and states, as OGC API - Features"
            + " collections; which office is responsible for a place: /v1/resolve.");
    body.put(
        "links",
        List.of(
            new Link(base + "/", "self", JSON, "This document"),
            new Link(base + "/map", "alternate", HTML, "Map of the areas of responsibility"),
            new Link(base + "/openapi.json", "service-desc", OPENAPI, "The API (OpenAPI 3.1)"),
            new Link(base + "/docs", "service-doc", HTML, "The API documentation"),
            new Link(base + "/conformance", "conformance", JSON, "Conformance classes"),
            new Link(base + "/collections", "data", JSON, "The feature collections"),
            new Link(base + "/tiles/aor.json", "related", JSON, "Vector tiles (TileJSON)")));
    return body;
  }

  static Map<String, Object> conformance() {
    return Map.of("conformsTo", CONFORMANCE);
  }

  static Map<String, Object> collections(String base, Catalog catalog) {
    List<Map<String, Object>> all = new ArrayList<>();
    catalog.sets().forEach(s -> all.add(collection(base, s)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", List.of(new Link(base + "/collections", "self", JSON, "The collections")));
    body.put("collections", all);
    return body;
  }

  static Map<String, Object> collection(String base, FeatureSet set) {
    String self = base + "/collections/" + set.id();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", set.id());
    body.put("title", set.title());
    body.put("description", set.description());
    body.put("itemType", "feature");
    body.put("crs", List.of(CRS84));
    Map<String, Object> extent = new LinkedHashMap<>();
    if (set.extent() != null) {
      extent.put("spatial", Map.of("bbox", List.of(set.extent().toList()), "crs", CRS84));
    }
    if (set.time() != null) {
      extent.put("temporal", Map.of("interval", List.of(interval(set.time())), "trs", GREGORIAN));
    }
    if (!extent.isEmpty()) {
      body.put("extent", extent);
    }
    body.put(
        "links",
        List.of(
            new Link(self, "self", JSON, set.title()),
            new Link(self + "/items", "items", GEOJSON, set.title() + " (GeoJSON)"),
            new Link(self + "/queryables", QUERYABLES, SCHEMA, "What the items can be filtered on"),
            new Link(self + "/schema", "describedby", SCHEMA, "The schema of the items"),
            // GDAL up to 3.x looks for this spelling only
            new Link(self + "/schema", "describedBy", SCHEMA, "The schema of the items")));
    return body;
  }

  /**
   * The days as OGC API's temporal extent has them: the start of the first day and the end of the
   * last (UTC), null for an unbounded end.
   */
  private static List<String> interval(Period days) {
    List<String> interval = new ArrayList<>();
    interval.add(days.first() == null ? null : days.first() + "T00:00:00Z");
    interval.add(days.last() == null ? null : days.last() + "T23:59:59Z");
    return interval;
  }

  /**
   * A page of items; {@code selection} holds the request's other parameters (bbox, datetime,
   * filters, f), as given, for the links to this page and the pages beside it.
   */
  static ObjectNode items(String base, FeatureSet set, Page page, String selection) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", "FeatureCollection");
    ArrayNode features = body.putArray("features");
    page.items().forEach(i -> features.add(feature(i)));
    List<Link> links = new ArrayList<>();
    links.add(new Link(itemsUrl(base, set, page.query(), selection), "self", GEOJSON, "This page"));
    if (page.hasNext()) {
      links.add(
          new Link(itemsUrl(base, set, page.next(), selection), "next", GEOJSON, "Next page"));
    }
    if (page.hasPrevious()) {
      links.add(
          new Link(
              itemsUrl(base, set, page.previous(), selection), "prev", GEOJSON, "Previous page"));
    }
    links.add(new Link(base + "/collections/" + set.id(), "collection", JSON, set.title()));
    body.set("links", Json.MAPPER.valueToTree(links));
    body.put("numberMatched", page.matched());
    body.put("numberReturned", page.items().size());
    return body;
  }

  static ObjectNode item(String base, FeatureSet set, Item item) {
    String collection = base + "/collections/" + set.id();
    ObjectNode body = feature(item);
    body.set(
        "links",
        Json.MAPPER.valueToTree(
            List.of(
                new Link(collection + "/items/" + item.id(), "self", GEOJSON, "This feature"),
                new Link(collection, "collection", JSON, set.title()))));
    return body;
  }

  private static ObjectNode feature(Item item) {
    return GeoJson.feature(item.id(), item.properties(), item.geometry());
  }

  private static String itemsUrl(String base, FeatureSet set, ItemQuery query, String selection) {
    StringBuilder url = new StringBuilder(base).append("/collections/").append(set.id());
    url.append("/items?limit=").append(query.limit());
    if (query.offset() > 0) {
      url.append("&offset=").append(query.offset());
    }
    if (!selection.isEmpty()) {
      url.append('&').append(selection);
    }
    return url.toString();
  }
}
