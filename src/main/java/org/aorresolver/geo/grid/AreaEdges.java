package org.aorresolver.geo.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * The distinct boundary edges of a list of areas, in flat arrays for the grid index, each with the
 * areas it bounds. An edge that several rings share (same end points, either direction; in a
 * coverage, the border of two neighbours) is kept once. Zero-length edges are left out.
 */
final class AreaEdges {
  /** Per edge: the x and y of its first end point, then of its second. */
  final double[] segments;

  /** Per edge: the polygon (index into {@link #polygonEnvelopes}) of its first ring. */
  final int[] polygon;

  /** The areas of edge e are {@code areas[areaStart[e]]} to {@code areas[areaStart[e + 1] - 1]}. */
  final int[] areaStart;

  final int[] areas;

  /** Per edge: the lowest area it bounds. */
  final int[] lowestArea;

  /** Per edge: XOR of (area + 1) over the areas it bounds; crossing it toggles each of them. */
  final int[] areaXor;

  private final List<Envelope> envelopes;

  private AreaEdges(Builder b, int[] first, int count) {
    envelopes = List.copyOf(b.envelopes);
    segments = new double[4 * count];
    polygon = new int[count];
    areaStart = new int[count + 1];
    areas = new int[b.edges];
    lowestArea = new int[count];
    areaXor = new int[count];
    for (int e = 0, at = 0; e < count; e++) {
      System.arraycopy(b.xy, 2 * b.vertex[first[e]], segments, 4 * e, 4);
      polygon[e] = b.polygon[first[e]];
      areaStart[e] = at;
      lowestArea[e] = Integer.MAX_VALUE;
      for (int k = first[e]; k >= 0; k = b.next[k]) {
        areas[at++] = b.area[k];
        lowestArea[e] = Math.min(lowestArea[e], b.area[k]);
        areaXor[e] ^= b.area[k] + 1;
      }
    }
    areaStart[count] = b.edges;
  }

  /** Rejects anything that is not polygonal (empty geometries are fine: they hold no point). */
  static AreaEdges of(List<Geometry> areas) {
    Builder b = new Builder();
    for (int a = 0; a < areas.size(); a++) {
      Geometry g = areas.get(a);
      if (g.isEmpty()) {
        continue;
      }
      if (!(g instanceof Polygonal)) {
        throw new IllegalArgumentException(
            "area " + a + " is a " + g.getGeometryType() + ", not a Polygon or MultiPolygon");
      }
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) g.getGeometryN(p);
        if (!polygon.isEmpty()) {
          b.add(a, polygon);
        }
      }
    }
    return b.build();
  }

  int size() {
    return polygon.length;
  }

  /** The envelope of each polygon (element of a MultiPolygon, or the Polygon itself). */
  List<Envelope> polygonEnvelopes() {
    return envelopes;
  }

  private static final class Builder {
    double[] xy = new double[1024];
    int[] vertex = new int[512];
    int[] area = new int[512];
    int[] polygon = new int[512];
    int vertices;
    int edges;
    int[] next; // per occurrence: the next occurrence of the same edge, or -1
    final List<Envelope> envelopes = new ArrayList<>();

    void add(int a, Polygon p) {
      envelopes.add(p.getEnvelopeInternal());
      addRing(a, p.getExteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        addRing(a, p.getInteriorRingN(h));
      }
    }

    private void addRing(int a, LineString ring) {
      CoordinateSequence cs = ring.getCoordinateSequence();
      int n = cs.size();
      if (xy.length < 2 * (vertices + n)) {
        xy = Arrays.copyOf(xy, Math.max(2 * xy.length, 2 * (vertices + n)));
      }
      for (int i = 0; i < n; i++) {
        xy[2 * (vertices + i)] = cs.getX(i);
        xy[2 * (vertices + i) + 1] = cs.getY(i);
        if (i > 0 && (cs.getX(i) != cs.getX(i - 1) || cs.getY(i) != cs.getY(i - 1))) {
          addEdge(vertices + i - 1, a);
        }
      }
      vertices += n;
    }

    private void addEdge(int first, int a) {
      if (edges == vertex.length) {
        vertex = Arrays.copyOf(vertex, 2 * edges);
        area = Arrays.copyOf(area, 2 * edges);
        polygon = Arrays.copyOf(polygon, 2 * edges);
      }
      vertex[edges] = first;
      area[edges] = a;
      polygon[edges] = envelopes.size() - 1;
      edges++;
    }

    /** Chains identical edges with an open-addressing hash table of their end points. */
    AreaEdges build() {
      int[] table = new int[Integer.highestOneBit(Math.max(1, 2 * edges)) << 1];
      Arrays.fill(table, -1);
      int mask = table.length - 1;
      next = new int[edges];
      int[] last = new int[edges];
      int[] first = new int[edges];
      int count = 0;
      for (int k = 0; k < edges; k++) {
        next[k] = -1;
        int slot = hash(vertex[k]) & mask;
        while (table[slot] >= 0 && !same(vertex[table[slot]], vertex[k])) {
          slot = (slot + 1) & mask;
        }
        if (table[slot] < 0) {
          table[slot] = k;
          last[k] = k;
          first[count++] = k;
        } else {
          int head = table[slot];
          next[last[head]] = k;
          last[head] = k;
        }
      }
      return new AreaEdges(this, first, count);
    }

    /** A hash of the edge's end points that does not depend on its direction. */
    private int hash(int v) {
      long h1 = point(v);
      long h2 = point(v + 1);
      long h = (h1 ^ h2) * 0x9E3779B97F4A7C15L + (h1 + h2);
      return (int) (h ^ (h >>> 29));
    }

    private long point(int v) {
      long x = Double.doubleToLongBits(xy[2 * v] + 0.0);
      long y = Double.doubleToLongBits(xy[2 * v + 1] + 0.0);
      return (x * 0x9E3779B97F4A7C15L) ^ Long.rotateLeft(y * 0xC2B2AE3D27D4EB4FL, 31);
    }

    private boolean same(int v, int w) {
      return (equal(v, w) && equal(v + 1, w + 1)) || (equal(v, w + 1) && equal(v + 1, w));
    }

    private boolean equal(int v, int w) {
      return xy[2 * v] == xy[2 * w] && xy[2 * v + 1] == xy[2 * w + 1];
    }
  }
}
