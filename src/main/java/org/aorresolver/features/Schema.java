package org.aorresolver.features;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the items of a feature set look like: the one type of their geometries, each property with
 * its JSON type, and the properties some item has no value for.
 *
 * @param geometryType the JTS (and GeoJSON) type of every geometry, e.g. {@code MultiPolygon};
 *     {@code Geometry} when they differ, null when no item has one
 * @param propertyTypes each property in order with its JSON type ({@code string}, {@code number},
 *     {@code boolean}, {@code array}, {@code object}); {@code string} where every value is null
 * @param nullable the properties some item has no value for
 */
public record Schema(String geometryType, Map<String, String> propertyTypes, Set<String> nullable) {
  public Schema {
    propertyTypes = Collections.unmodifiableMap(new LinkedHashMap<>(propertyTypes));
    nullable = Collections.unmodifiableSet(new TreeSet<>(nullable));
  }

  /** The schema the items have. */
  static Schema of(List<Item> items) {
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> nulls = new TreeSet<>();
    for (Item i : items) {
      i.properties()
          .forEach(
              (name, value) -> {
                if (value == null) {
                  nulls.add(name);
                  types.putIfAbsent(name, null);
                } else if (types.get(name) == null) {
                  types.put(name, jsonType(value));
                }
              });
    }
    types.replaceAll((name, type) -> type == null ? "string" : type);
    return new Schema(geometryType(items), types, nulls);
  }

  private static String jsonType(Object value) {
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Collection<?>) {
      return "array";
    }
    return value instanceof Map<?, ?> ? "object" : "string";
  }

  private static String geometryType(List<Item> items) {
    List<String> types =
        items.stream()
            .map(Item::geometry)
            .filter(Objects::nonNull)
            .map(g -> g.getGeometryType())
            .distinct()
            .toList();
    return types.isEmpty() ? null : types.size() == 1 ? types.get(0) : "Geometry";
  }
}
