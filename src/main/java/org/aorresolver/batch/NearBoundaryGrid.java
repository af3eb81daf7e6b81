package org.aorresolver.batch;

import java.util.BitSet;
import java.util.List;
import org.aorresolver.Aor;
import org.aorresolver.geo.Distances;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Where a point may be near a boundary where the office changes, in one edition: a grid of cells of
 * {@link #CELL_DEGREES}, marked when boundary segments of two or more offices come within the
 * near-boundary distance of the cell. Outside marked cells no point is near such a boundary, so
 * only points in marked cells need the exact distance.
 *
 * <p>Why two offices: a point of office A near a boundary of office B (B ≠ A) is near A's own
 * boundary too, since the way to B's boundary leaves A's area. Near the sea with one office alone,
 * cells stay unmarked. Distances are measured as the resolver measures them (equirectangular around
 * the point), and each segment's box is widened by the most that distance allows, so the marking
 * never misses. Immutable; queries are thread-safe and allocate nothing.
 */
final class NearBoundaryGrid {
  static final double CELL_DEGREES = 0.05;
  private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);

  private final double south;
  private final int rows;
  private final BitSet marked;

  private NearBoundaryGrid(double south, int rows, BitSet marked) {
    this.south = south;
    this.rows = rows;
    this.marked = marked;
  }

  static NearBoundaryGrid of(List<Aor> aors, double meters) {
    double south = 90;
    double north = -90;
    for (Aor a : aors) {
      south = Math.min(south, a.area().getEnvelopeInternal().getMinY());
      north = Math.max(north, a.area().getEnvelopeInternal().getMaxY());
    }
    south = Math.floor(south - 1);
    int rows = (int) Math.ceil((Math.min(90, north + 1) - south) / CELL_DEGREES);
    Builder b = new Builder(south, rows, meters);
    for (int label = 0; label < aors.size(); label++) {
      b.area(aors.get(label).area(), label);
    }
    return new NearBoundaryGrid(south, rows, b.marked);
  }

  /** True when the point may be within the near-boundary distance of an office boundary. */
  boolean marked(double lat, double lon) {
    int row = (int) ((lat - south) / CELL_DEGREES);
    int col = (int) ((lon + 180) / CELL_DEGREES);
    if (row < 0 || row >= rows) {
      return false;
    }
    return marked.get(row * COLUMNS + Math.min(col, COLUMNS - 1));
  }

  /** The share of cells marked, for tests and logs. */
  double markedShare() {
    return marked.cardinality() / (double) (rows * COLUMNS);
  }

  private static final class Builder {
    final double south;
    final int rows;
    final double meters;
    final byte[] first;
    final BitSet marked = new BitSet();

    Builder(double south, int rows, double meters) {
      this.south = south;
      this.rows = rows;
      this.meters = meters * 1.001;
      this.first = new byte[rows * COLUMNS];
    }

    void area(Geometry g, int label) {
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon poly = (Polygon) g.getGeometryN(p);
        for (int r = -1; r < poly.getNumInteriorRing(); r++) {
          Coordinate[] cs =
              (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r)).getCoordinates();
          for (int i = 1; i < cs.length; i++) {
            segment(cs[i - 1], cs[i], label);
          }
        }
      }
    }

    /** Marks around a segment, in pieces no longer than a cell so that boxes stay tight. */
    void segment(Coordinate a, Coordinate b, int label) {
      double dx = Distances.deltaLon(a.x, b.x);
      double dy = b.y - a.y;
      int pieces = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / CELL_DEGREES) + 1;
      for (int k = 0; k < pieces; k++) {
        double x0 = a.x + dx * k / pieces;
        double x1 = a.x + dx * (k + 1) / pieces;
        double y0 = a.y + dy * k / pieces;
        double y1 = a.y + dy * (k + 1) / pieces;
        box(Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1), label);
      }
    }

    void box(double west, double east, double low, double high, int label) {
      double my = meters / Distances.METERS_PER_DEGREE;
      double maxLat = Math.min(89.9, Math.max(Math.abs(low), Math.abs(high)) + my);
      double mx = Math.min(180, my / Math.max(0.01, Math.cos(Math.toRadians(maxLat))));
      int r0 = Math.max(0, (int) Math.floor((low - my - south) / CELL_DEGREES));
      int r1 = Math.min(rows - 1, (int) Math.floor((high + my - south) / CELL_DEGREES));
      int c0 = (int) Math.floor((west - mx + 180) / CELL_DEGREES);
      int c1 = (int) Math.floor((east + mx + 180) / CELL_DEGREES);
      for (int row = r0; row <= r1; row++) {
        for (int c = c0; c <= c1; c++) {
          mark(row * COLUMNS + Math.floorMod(c, COLUMNS), label);
        }
      }
    }

    void mark(int cell, int label) {
      byte l = (byte) (label + 1);
      if (first[cell] == 0) {
        first[cell] = l;
      } else if (first[cell] != l) {
        marked.set(cell);
      }
    }
  }
}
