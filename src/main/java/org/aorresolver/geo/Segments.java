package org.aorresolver.geo;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Segments as x1, y1, x2, y2 each, with their labels: the first {@code count} of the arrays. */
record Segments(double[] coords, int[] labels, int count) {
  static Segments of(List<? extends Geometry> areas, int[] labelOf) {
    int n = 0;
    for (Geometry g : areas) {
      n += g.getNumPoints();
    }
    double[] c = new double[4 * n];
    int[] l = new int[n];
    int s = 0;
    for (int a = 0; a < areas.size(); a++) {
      Geometry g = areas.get(a);
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon poly = (Polygon) g.getGeometryN(p);
        for (int r = -1; r < poly.getNumInteriorRing(); r++) {
          LineString ring = r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r);
          CoordinateSequence cs = ring.getCoordinateSequence();
          for (int i = 1; i < cs.size(); i++, s++) {
            c[4 * s] = cs.getX(i - 1);
            c[4 * s + 1] = cs.getY(i - 1);
            c[4 * s + 2] = cs.getX(i);
            c[4 * s + 3] = cs.getY(i);
            l[s] = labelOf[a];
          }
        }
      }
    }
    return new Segments(c, l, s);
  }

  /** The segments that occur once, found with an open-addressing table of their end points. */
  Segments outline() {
    int[] table = new int[Integer.highestOneBit(Math.max(1, 2 * count)) << 1];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    int[] first = new int[count];
    int[] occurrences = new int[count];
    for (int i = 0; i < count; i++) {
      int slot = hash(i) & mask;
      while (table[slot] >= 0 && !same(table[slot], i)) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] < 0) {
        table[slot] = i;
      }
      first[i] = table[slot];
      occurrences[first[i]]++;
    }
    int once = 0;
    for (int i = 0; i < count; i++) {
      once += occurrences[first[i]] == 1 ? 1 : 0;
    }
    double[] c = new double[4 * once];
    int[] l = new int[once];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (occurrences[first[i]] == 1) {
        System.arraycopy(coords, 4 * i, c, 4 * kept, 4);
        l[kept++] = labels[i];
      }
    }
    return new Segments(c, l, kept);
  }

  /** A hash of the segment's end points that does not depend on its direction. */
  private int hash(int s) {
    long h1 = point(coords[4 * s], coords[4 * s + 1]);
    long h2 = point(coords[4 * s + 2], coords[4 * s + 3]);
    long h = (h1 ^ h2) * 0x9E3779B97F4A7C15L + (h1 + h2);
    return (int) (h ^ (h >>> 29));
  }

  private static long point(double x, double y) {
    long a = Double.doubleToLongBits(x + 0.0);
    long b = Double.doubleToLongBits(y + 0.0);
    return (a * 0x9E3779B97F4A7C15L) ^ Long.rotateLeft(b * 0xC2B2AE3D27D4EB4FL, 31);
  }

  private boolean same(int s, int t) {
    return end(s, 0, t, 0) && end(s, 2, t, 2) || end(s, 0, t, 2) && end(s, 2, t, 0);
  }

  private boolean end(int s, int i, int t, int j) {
    return coords[4 * s + i] == coords[4 * t + j] && coords[4 * s + i + 1] == coords[4 * t + j + 1];
  }
}
