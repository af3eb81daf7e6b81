package org.aorresolver.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Reads an RFC 7946 FeatureCollection: Jackson for the Feature wrapper and its properties, and a
 * streaming read of each Point, Polygon or MultiPolygon geometry straight into JTS (x = longitude,
 * y = latitude), without building a JSON tree of the coordinates.
 */
public final class GeoJsonReader {
  /**
   * The factory of every geometry read from GeoJSON (floating precision, WGS84 as SRID 4326), with
   * coordinates packed in arrays of x, y pairs; what is made from them later (tiles, dissolved
   * states, boxes) comes from plain factories.
   */
  public static final GeometryFactory FACTORY =
      new GeometryFactory(
          new PrecisionModel(),
          4326,
          new PackedCoordinateSequenceFactory(PackedCoordinateSequenceFactory.DOUBLE));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonParser p;
  private String feature;

  private GeoJsonReader(JsonParser parser) {
    this.p = parser;
  }

  public static List<GeoJsonFeature> readFeatures(InputStream in)
      throws IOException, GeoJsonException {
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      return new GeoJsonReader(parser).collection();
    }
  }

  /** A GeoJSON geometry given as a tree, as JTS; null for a null geometry. */
  public static Geometry geometry(JsonNode node, String feature) throws GeoJsonException {
    if (node == null || node.isNull()) {
      return null;
    }
    try (JsonParser parser = MAPPER.treeAsTokens(node)) {
      GeoJsonReader reader = new GeoJsonReader(parser);
      reader.feature = feature;
      parser.nextToken();
      return reader.geometry();
    } catch (IOException e) {
      throw new GeoJsonException(feature, e.getMessage());
    }
  }

  private List<GeoJsonFeature> collection() throws IOException, GeoJsonException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new GeoJsonException(null, "not a GeoJSON FeatureCollection");
    }
    String type = null;
    List<GeoJsonFeature> out = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("type".equals(field)) {
        type = p.getValueAsString();
      } else if ("features".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
        out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          out.add(feature(out.size()));
        }
      } else {
        p.skipChildren();
      }
    }
    if (!"FeatureCollection".equals(type) || out == null) {
      throw new GeoJsonException(null, "not a GeoJSON FeatureCollection");
    }
    return out;
  }

  private GeoJsonFeature feature(int position) throws IOException, GeoJsonException {
    feature = "feature " + position;
    String type = null;
    String id = null;
    JsonNode properties = null;
    Geometry geometry = null;
    boolean hasGeometry = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "type" -> type = p.getValueAsString();
        case "id" -> {
          id = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          feature = "feature " + position + (id == null ? "" : " (id " + id + ")");
        }
        case "properties" ->
            properties = value == JsonToken.START_OBJECT ? MAPPER.readTree(p) : null;
        case "geometry" -> {
          hasGeometry = true;
          geometry = value == JsonToken.VALUE_NULL ? null : geometry();
        }
        default -> p.skipChildren();
      }
    }
    if (!"Feature".equals(type)) {
      throw new GeoJsonException(feature, "type is not Feature");
    }
    if (!hasGeometry) {
      throw new GeoJsonException(feature, "has no geometry member");
    }
    return new GeoJsonFeature(
        position, id, properties == null ? MAPPER.createObjectNode() : properties, geometry);
  }

  /**
   * Reads a geometry object; the parser is on its START_OBJECT. Coordinates may come before type.
   */
  private Geometry geometry() throws IOException, GeoJsonException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new GeoJsonException(feature, "geometry is not an object");
    }
    String type = null;
    Object coordinates = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("type".equals(field)) {
        type = p.getValueAsString();
      } else if ("coordinates".equals(field)) {
        coordinates = nested();
      } else {
        p.skipChildren();
      }
    }
    if (coordinates == null) {
      throw new GeoJsonException(feature, "geometry has no coordinates");
    }
    return build(type, coordinates);
  }

  /** Nested arrays of numbers: positions become double[], arrays of arrays become lists. */
  private Object nested() throws IOException, GeoJsonException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new GeoJsonException(feature, "coordinates must be arrays, found " + p.getText());
    }
    List<Object> out = null;
    double[] position = null;
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_ARRAY) {
        if (position != null) {
          throw new GeoJsonException(feature, "a position must be [longitude, latitude]");
        }
        out = out == null ? new ArrayList<>() : out;
        out.add(nested());
      } else if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
        if (out != null) {
          throw new GeoJsonException(feature, "a position must be [longitude, latitude]");
        }
        position = position == null ? new double[2] : position;
        if (n < 2) {
          position[n] = p.getDoubleValue();
        }
        n++;
      } else {
        throw new GeoJsonException(feature, "coordinates must be numbers, found " + p.getText());
      }
    }
    if (position != null && n < 2) {
      throw new GeoJsonException(feature, "a position must be [longitude, latitude]");
    }
    return position != null ? position : out == null ? List.of() : out;
  }

  private Geometry build(String type, Object c) throws GeoJsonException {
    switch (type == null ? "" : type) {
      case "Point":
        return FACTORY.createPoint(position(c));
      case "Polygon":
        return polygon(list(c));
      case "MultiPolygon":
        List<Object> polygons = list(c);
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(list(polygons.get(i)));
        }
        return FACTORY.createMultiPolygon(parts);
      default:
        throw new GeoJsonException(feature, "unsupported geometry type '" + type + "'");
    }
  }

  private Polygon polygon(List<Object> rings) throws GeoJsonException {
    if (rings.isEmpty()) {
      throw new GeoJsonException(feature, "a polygon needs at least one ring");
    }
    LinearRing shell = ring(list(rings.get(0)));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(list(rings.get(i)));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  /** A ring, its x and y packed in one array (16 bytes a vertex, where Coordinates take 40). */
  private LinearRing ring(List<Object> positions) throws GeoJsonException {
    int n = positions.size();
    if (n < 4) {
      throw new GeoJsonException(feature, "a linear ring needs at least 4 positions, found " + n);
    }
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      Coordinate c = position(positions.get(i));
      xy[2 * i] = c.x;
      xy[2 * i + 1] = c.y;
    }
    if (xy[0] != xy[2 * n - 2] || xy[1] != xy[2 * n - 1]) {
      throw new GeoJsonException(
          feature,
          "a linear ring must end where it starts: ("
              + xy[0]
              + ", "
              + xy[1]
              + ") vs ("
              + xy[2 * n - 2]
              + ", "
              + xy[2 * n - 1]
              + ")");
    }
    return FACTORY.createLinearRing(packed(xy));
  }

  /** x, y pairs as a coordinate sequence of dimension 2, without copying them. */
  public static CoordinateSequence packed(double[] xy) {
    return new PackedCoordinateSequence.Double(xy, 2, 0);
  }

  private Coordinate position(Object wrapped) throws GeoJsonException {
    if (!(wrapped instanceof double[] xy)) {
      throw new GeoJsonException(feature, "a position must be [longitude, latitude]");
    }
    if (!(xy[0] >= -180 && xy[0] <= 180 && xy[1] >= -90 && xy[1] <= 90)) {
      throw new GeoJsonException(
          feature, "position [" + xy[0] + ", " + xy[1] + "] is outside [-180, 180] x [-90, 90]");
    }
    return new Coordinate(xy[0], xy[1]);
  }

  @SuppressWarnings("unchecked")
  private List<Object> list(Object o) throws GeoJsonException {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new GeoJsonException(feature, "coordinates are nested too shallowly");
  }
}
