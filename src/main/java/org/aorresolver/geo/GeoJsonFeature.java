package org.aorresolver.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Geometry;

/** One GeoJSON Feature: its id, its properties as read by Jackson, its geometry as JTS. */
public record GeoJsonFeature(int position, String id, JsonNode properties, Geometry geometry) {

  /** A property as text; null when it is missing, null or blank. */
  public String text(String property) {
    JsonNode node = properties.get(property);
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }
}
