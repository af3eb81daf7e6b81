package org.aorresolver.geo;

/** Distances on a spherical Earth of mean radius (IUGG 6,371,008.8 m). */
public final class Distances {
  public static final double EARTH_RADIUS_METERS = 6_371_008.8;
  public static final double METERS_PER_DEGREE = EARTH_RADIUS_METERS * Math.PI / 180;

  private Distances() {}

  /** Great-circle distance in metres (haversine). */
  public static double meters(double lon1, double lat1, double lon2, double lat2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Longitude difference folded into [-180, 180], so that 179.9 and -179.9 are 0.2° apart. */
  public static double deltaLon(double from, double to) {
    double d = to - from;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    return d;
  }
}
