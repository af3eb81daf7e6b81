package org.aorresolver.tiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tile layer holds, as TileJSON's {@code vector_layers} describes it: its id (the layer name
 * in the tiles), a description, its zoom range and each property with what it means, in order.
 */
public record LayerInfo(
    String id, String description, int minZoom, int maxZoom, Map<String, String> fields) {
  public LayerInfo {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
