package org.aorresolver.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads an RFC 7946 FeatureCollection: Jackson for the Feature wrapper and its properties, a direct
 * conversion for the Point, Polygon and MultiPolygon geometries (x = longitude, y = latitude).
 */
public final class GeoJsonReader {
  /** The factory behind every geometry the service holds (floating precision, WGS84). */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeoJsonReader() {}

  public static List<GeoJsonFeature> readFeatures(InputStream in)
      throws IOException, GeoJsonException {
    JsonNode root = MAPPER.readTree(in);
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new GeoJsonException(null, "not a GeoJSON FeatureCollection");
    }
    JsonNode features = root.path("features");
    List<GeoJsonFeature> out = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      String id = f.hasNonNull("id") ? f.get("id").asText() : null;
      String name = "feature " + i + (id == null ? "" : " (id " + id + ")");
      if (!"Feature".equals(f.path("type").asText())) {
        throw new GeoJsonException(name, "type is not Feature");
      }
      JsonNode properties = f.path("properties");
      Geometry geometry = geometry(f.get("geometry"), name);
      out.add(
          new GeoJsonFeature(
              i, id, properties.isObject() ? properties : MAPPER.createObjectNode(), geometry));
    }
    return out;
  }

  /** A GeoJSON geometry as JTS; null for a null geometry. */
  public static Geometry geometry(JsonNode node, String feature) throws GeoJsonException {
    if (node == null || node.isNull()) {
      return null;
    }
    JsonNode coords = node.path("coordinates");
    String type = node.path("type").asText();
    switch (type) {
      case "Point":
        return FACTORY.createPoint(position(coords, feature));
      case "Polygon":
        return polygon(coords, feature);
      case "MultiPolygon":
        Polygon[] parts = new Polygon[coords.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coords.get(i), feature);
        }
        return FACTORY.createMultiPolygon(parts);
      default:
        throw new GeoJsonException(feature, "unsupported geometry type '" + type + "'");
    }
  }

  private static Polygon polygon(JsonNode rings, String feature) throws GeoJsonException {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new GeoJsonException(feature, "a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings.get(0), feature);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), feature);
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, String feature) throws GeoJsonException {
    int n = positions.size();
    if (n < 4) {
      throw new GeoJsonException(feature, "a linear ring needs at least 4 positions, found " + n);
    }
    Coordinate[] cs = new Coordinate[n];
    for (int i = 0; i < n; i++) {
      cs[i] = position(positions.get(i), feature);
    }
    if (!cs[0].equals2D(cs[n - 1])) {
      throw new GeoJsonException(
          feature, "a linear ring must end where it starts: " + cs[0] + " vs " + cs[n - 1]);
    }
    return FACTORY.createLinearRing(cs);
  }

  private static Coordinate position(JsonNode p, String feature) throws GeoJsonException {
    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new GeoJsonException(feature, "a position must be [longitude, latitude], found " + p);
    }
    double x = p.get(0).doubleValue();
    double y = p.get(1).doubleValue();
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) {
      throw new GeoJsonException(feature, "position " + p + " is outside [-180, 180] x [-90, 90]");
    }
    return new Coordinate(x, y);
  }
}
