package org.aorresolver.http.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aorresolver.features.FeatureSet;
import org.aorresolver.features.Queryable;
import org.aorresolver.features.Schema;

/**
 * JSON Schemas of a collection. Its queryables, as OGC API - Features - Part 3 has them: what
 * {@code /items} filters on, each property a query parameter compared by equality listing every
 * value the features have, and the geometry, whose format names the one type the collection serves
 * ({@code geometry-multipolygon}, {@code geometry-point}) as Part 5 spells it. And the schema of
 * its GeoJSON features (the {@code describedby} link), which tells GIS clients the type of each
 * property.
 */
final class SchemaDocuments {
  static final String JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private SchemaDocuments() {}

  static Map<String, Object> queryables(String base, FeatureSet set) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (set.schema().geometryType() != null) {
      properties.put("geometry", geometry(set));
    }
    for (Queryable q : set.queryables()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("title", q.name());
      p.put(
          "description", q.description() + "; ?" + q.name() + "=VALUE keeps the features with it");
      p.put("type", "string");
      p.put("enum", q.values());
      properties.put(q.name(), p);
    }
    Map<String, Object> body = header(base + "/collections/" + set.id() + "/queryables");
    body.put("title", set.title() + ": queryables");
    body.put(
        "description",
        "What /collections/"
            + set.id()
            + "/items can be filtered on besides bbox and datetime: each property by equality,"
            + " as a query parameter; a value that is not listed is refused (400).");
    body.put("properties", properties);
    body.put("additionalProperties", false);
    return body;
  }

  /**
   * The schema of a GeoJSON feature of the collection: its id, its geometry and each property with
   * its JSON type, null allowed where some feature has no value. Dates are strings, so that GDAL
   * compares them as written rather than turning a comparison into {@code datetime}.
   */
  static Map<String, Object> features(String base, FeatureSet set) {
    Map<String, Object> properties = new LinkedHashMap<>();
    Schema schema = set.schema();
    schema
        .propertyTypes()
        .forEach(
            (name, type) -> {
              // a property id (check-in offices) repeats the feature's id, described with it
              if (!name.equals("id")) {
                Object nullable = schema.nullable().contains(name) ? List.of(type, "null") : type;
                properties.put(name, Map.of("type", nullable));
              }
            });
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", Map.of("type", "string", "enum", List.of("Feature")));
    members.put("id", Map.of("type", "string"));
    members.put(
        "geometry", set.schema().geometryType() == null ? Map.of("type", "null") : geometry(set));
    members.put("properties", Map.of("type", "object", "properties", properties));
    Map<String, Object> body = header(base + "/collections/" + set.id() + "/schema");
    body.put("title", set.title());
    body.put("description", set.description());
    body.put("required", List.of("type", "geometry", "properties"));
    body.put("properties", members);
    return body;
  }

  private static Map<String, Object> header(String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("$schema", JSON_SCHEMA);
    body.put("$id", id);
    body.put("type", "object");
    return body;
  }

  private static Map<String, Object> geometry(FeatureSet set) {
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("title", "Geometry");
    geometry.put(
        "description", "a GeoJSON " + set.schema().geometryType() + ", which bbox filters on");
    geometry.put("format", "geometry-" + set.schema().geometryType().toLowerCase(Locale.ROOT));
    geometry.put("x-ogc-role", "primary-geometry");
    return geometry;
  }
}
