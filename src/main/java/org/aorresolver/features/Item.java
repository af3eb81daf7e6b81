package org.aorresolver.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a {@link FeatureSet}: its id, its properties in a fixed order (a value may be
 * null, and is then written as null so that every feature of a set has the same properties) and its
 * geometry in longitude and latitude, or null where there is none.
 */
public record Item(String id, Map<String, Object> properties, Geometry geometry) {
  public Item {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
