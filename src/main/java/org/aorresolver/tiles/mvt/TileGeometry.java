package org.aorresolver.tiles.mvt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Turns JTS geometries in tile coordinates (x right, y down, the tile spanning 0 to the extent)
 * into MVT geometry commands: coordinates rounded to integers, repeated vertices removed, rings
 * that collapse to fewer than three vertices or to no area dropped (a shell with its holes), shells
 * wound with a positive and holes with a negative surveyor's area (clockwise and anticlockwise as
 * drawn, y down). Plain rounding keeps a vertex shared by two features shared; a polygon that
 * rounding makes invalid is snap-rounded instead.
 */
public final class TileGeometry {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final PrecisionModel UNIT_GRID = new PrecisionModel(1.0);

  private TileGeometry() {}

  /** A POINT geometry at the rounded position. */
  public static int[] point(double x, double y) {
    return new Commands().point(round(x), round(y)).toArray();
  }

  /**
   * A POLYGON geometry holding every polygon of {@code geometry} (other components are ignored);
   * empty when all of them collapse.
   */
  public static int[] polygons(Geometry geometry) {
    Commands out = new Commands();
    for (Object p : PolygonExtracter.getPolygons(geometry)) {
      add(out, (Polygon) p, true);
    }
    return out.toArray();
  }

  private static void add(Commands out, Polygon polygon, boolean repairIfInvalid) {
    int[] shell = ring(polygon.getExteriorRing(), true);
    if (shell == null) {
      return;
    }
    List<int[]> rings = new ArrayList<>();
    rings.add(shell);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      int[] hole = ring(polygon.getInteriorRingN(i), false);
      if (hole != null) {
        rings.add(hole);
      }
    }
    if (repairIfInvalid && !IsValidOp.isValid(toPolygon(rings))) {
      Geometry snapped = GeometryPrecisionReducer.reduce(polygon, UNIT_GRID);
      for (Object p : PolygonExtracter.getPolygons(snapped)) {
        add(out, (Polygon) p, false);
      }
      return;
    }
    rings.forEach(out::ring);
  }

  /** The ring's distinct rounded vertices wound for its role, or null when it collapses. */
  static int[] ring(LinearRing ring, boolean shell) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    int[] xy = new int[2 * seq.size()];
    int n = 0;
    for (int i = 0; i < seq.size(); i++) {
      int x = round(seq.getX(i));
      int y = round(seq.getY(i));
      if (n == 0 || x != xy[2 * n - 2] || y != xy[2 * n - 1]) {
        xy[2 * n] = x;
        xy[2 * n + 1] = y;
        n++;
      }
    }
    while (n > 1 && xy[2 * n - 2] == xy[0] && xy[2 * n - 1] == xy[1]) {
      n--;
    }
    if (n < 3) {
      return null;
    }
    long area = doubleArea(xy, n);
    if (area == 0 || Math.signum(area) != Math.signum(doubleArea(seq))) {
      return null;
    }
    int[] out = Arrays.copyOf(xy, 2 * n);
    return (area > 0) == shell ? out : reverse(out);
  }

  /** Twice the surveyor's (shoelace) area of the first {@code n} vertices. */
  static long doubleArea(int[] xy, int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      sum += (long) xy[2 * i] * xy[2 * j + 1] - (long) xy[2 * j] * xy[2 * i + 1];
    }
    return sum;
  }

  private static double doubleArea(CoordinateSequence closed) {
    double sum = 0;
    for (int i = 0; i + 1 < closed.size(); i++) {
      sum += closed.getX(i) * closed.getY(i + 1) - closed.getX(i + 1) * closed.getY(i);
    }
    return sum;
  }

  private static int[] reverse(int[] xy) {
    int n = xy.length / 2;
    int[] out = new int[xy.length];
    for (int i = 0; i < n; i++) {
      out[2 * i] = xy[2 * (n - 1 - i)];
      out[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
    }
    return out;
  }

  private static Polygon toPolygon(List<int[]> rings) {
    LinearRing[] linear = new LinearRing[rings.size()];
    for (int r = 0; r < linear.length; r++) {
      int[] xy = rings.get(r);
      Coordinate[] c = new Coordinate[xy.length / 2 + 1];
      for (int i = 0; i < xy.length / 2; i++) {
        c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
      }
      c[c.length - 1] = c[0];
      linear[r] = FACTORY.createLinearRing(c);
    }
    return FACTORY.createPolygon(linear[0], Arrays.copyOfRange(linear, 1, linear.length));
  }

  private static int round(double v) {
    return Math.toIntExact(Math.round(v));
  }
}
