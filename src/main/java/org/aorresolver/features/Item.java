package org.aorresolver.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a {@link FeatureSet}: its id, its properties in a fixed order (a value may be
 * null, and is then written as null so that every feature of a set has the same properties), its
 * geometry in longitude and latitude, or null where there is none, and the days it is valid for
 * ({@link Period#ALWAYS} for a feature without a time of its own).
 */
public record Item(String id, Map<String, Object> properties, Geometry geometry, Period validity) {
  public Item {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A feature valid at every time. */
  public Item(String id, Map<String, Object> properties, Geometry geometry) {
    this(id, properties, geometry, Period.ALWAYS);
  }
}
