package org.aorresolver.tiles;

/**
 * Where the {@code labels} layer writes an office's code: a point in {@link WebMercator} world
 * coordinates, the radius there of the largest circle inside the AOR's part (in the same units),
 * and the first zoom at which that circle is wide enough for the label.
 */
public record Label(String office, String name, double x, double y, double radius, int minZoom) {
  public double lon() {
    return WebMercator.lon(x);
  }

  public double lat() {
    return WebMercator.lat(y);
  }
}
