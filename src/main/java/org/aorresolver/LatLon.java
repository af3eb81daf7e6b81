package org.aorresolver;

import java.util.Locale;
import org.aorresolver.geo.Distances;
import org.locationtech.jts.geom.Coordinate;

/**
 * A WGS84 position named by latitude and longitude. This is the one place where axis order is
 * flipped: JTS and GeoJSON put longitude first (x = lon, y = lat).
 */
public record LatLon(double lat, double lon) {

  public LatLon {
    if (!(lat >= -90 && lat <= 90)) {
      throw new InvalidInputException("lat", format(lat), "a latitude in degrees within [-90, 90]");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new InvalidInputException(
          "lon", format(lon), "a longitude in degrees within [-180, 180]");
    }
  }

  public static LatLon of(double lat, double lon) {
    return new LatLon(lat, lon);
  }

  /** From a JTS or GeoJSON coordinate (x = lon, y = lat). */
  public static LatLon fromXy(double x, double y) {
    return new LatLon(y, x);
  }

  public static LatLon of(Coordinate c) {
    return fromXy(c.x, c.y);
  }

  /** The longitude as JTS and GeoJSON take it: x. */
  public double x() {
    return lon;
  }

  /** The latitude as JTS and GeoJSON take it: y. */
  public double y() {
    return lat;
  }

  public Coordinate toCoordinate() {
    return new Coordinate(lon, lat);
  }

  /** The great-circle distance to another position, in metres. */
  public double metersTo(LatLon other) {
    return Distances.meters(x(), y(), other.x(), other.y());
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%s", v);
  }
}
