package org.aorresolver.http.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.aorresolver.http.Json;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** RFC 7946 output: lon,lat order, counter-clockwise exteriors, no crs, 6 decimals. */
public final class GeoJson {
  private GeoJson() {}

  /**
   * A Feature. Null property values are written as null (every feature of a set has the same
   * members); a null geometry is written as null.
   */
  public static ObjectNode feature(String id, Map<String, ?> properties, Geometry geometry) {
    ObjectNode f = Json.MAPPER.createObjectNode();
    f.put("type", "Feature");
    f.put("id", id);
    ObjectNode p = f.putObject("properties");
    properties.forEach(
        (name, value) ->
            p.set(name, value == null ? p.nullNode() : Json.MAPPER.valueToTree(value)));
    if (geometry == null) {
      f.putNull("geometry");
    } else {
      f.set("geometry", geometry(geometry));
    }
    return f;
  }

  static ObjectNode geometry(Geometry g) {
    GeoJsonWriter writer = new GeoJsonWriter(6);
    writer.setEncodeCRS(false);
    writer.setForceCCW(true);
    try {
      return (ObjectNode) Json.MAPPER.readTree(writer.write(g));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
