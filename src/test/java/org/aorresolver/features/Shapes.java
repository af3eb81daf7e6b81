package org.aorresolver.features;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small inline geometries for tests, in longitude and latitude. */
final class Shapes {
  private Shapes() {}

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** The rectangle from (west, south) to (east, north). */
  static Geometry box(double west, double south, double east, double north) {
    return wkt(
        String.format(
            Locale.ROOT,
            "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
            west,
            south,
            east,
            south,
            east,
            north,
            west,
            north,
            west,
            south));
  }
}
