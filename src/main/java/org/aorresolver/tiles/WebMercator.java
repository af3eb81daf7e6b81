package org.aorresolver.tiles;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Spherical Web Mercator (EPSG:3857) in world coordinates: the whole map is the unit square, x from
 * 0 at longitude -180 to 1 at 180, y from 0 at the northern limit to 1 at the southern one (y down,
 * as tiles count rows). Latitudes beyond ±{@value #MAX_LATITUDE} are clamped.
 */
public final class WebMercator {
  /** The latitude at which the Web Mercator square ends: atan(sinh(π)) in degrees. */
  public static final double MAX_LATITUDE = 85.0511287798066;

  private WebMercator() {}

  public static double x(double lon) {
    return (lon + 180) / 360;
  }

  public static double y(double lat) {
    double sin = Math.sin(Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))));
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  }

  public static double lon(double x) {
    return x * 360 - 180;
  }

  public static double lat(double y) {
    return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
  }

  /**
   * A copy of a longitude/latitude geometry (x = lon, y = lat) in world coordinates multiplied by
   * {@code scale}; equal input coordinates stay equal, so shared edges stay shared.
   */
  public static Geometry project(Geometry lonLat, double scale) {
    Geometry projected = lonLat.copy();
    projected.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            double lon = seq.getX(i);
            double lat = seq.getY(i);
            seq.setOrdinate(i, CoordinateSequence.X, x(lon) * scale);
            seq.setOrdinate(i, CoordinateSequence.Y, y(lat) * scale);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return projected;
  }
}
