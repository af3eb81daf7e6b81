package org.aorresolver.geo;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The boundary segments of a list of areas, each labelled with its area's position, for "how far is
 * the nearest boundary of another area" queries in metres.
 *
 * <p>Segments are bucketed in a grid of 0.5° cells covering every longitude (so searches wrap at
 * ±180°) and the latitudes the segments span. A query visits rings of cells around the point's
 * cell, nearest first, and stops as soon as the next ring cannot hold anything nearer than the best
 * segment found: the answer is exact for the distance used, a local equirectangular projection
 * centred on the query point (within 0.1 % below 100 km, about 1 % at 1,000 km). The areas must not
 * cross the antimeridian (split them there, as the geodata is); a search of up to 1,000 km never
 * reaches the segments half the world away, where that projection is meaningless. Immutable and
 * thread-safe once built.
 */
public final class SegmentIndex {
  /** The nearest qualifying segment: the area it bounds and the distance to it. */
  public record Hit(int label, double meters) {}

  static final double CELL = 0.5;
  static final int COLUMNS = (int) (360 / CELL);

  /** Rows of cells from the south pole to the north pole. */
  static final int GLOBE_ROWS = (int) (180 / CELL);

  private final double[] coords; // x1, y1, x2, y2 per segment
  private final int[] labels;
  private final int[] cellStart; // segments of cell c: ids[cellStart[c] .. cellStart[c + 1])
  private final int[] ids;
  private final double south; // latitude of the first row's lower edge
  private final int rows;

  private SegmentIndex(Segments segments) {
    double[] c = segments.coords();
    int s = segments.count();
    coords = c;
    labels = segments.labels();
    double minY = 90;
    double maxY = -90;
    for (int i = 0; i < s; i++) {
      minY = Math.min(minY, Math.min(c[4 * i + 1], c[4 * i + 3]));
      maxY = Math.max(maxY, Math.max(c[4 * i + 1], c[4 * i + 3]));
    }
    south = s == 0 ? 0 : Math.floor(minY / CELL) * CELL;
    rows = s == 0 ? 1 : (int) Math.floor((maxY - south) / CELL) + 1;
    int[] counts = new int[COLUMNS * rows + 1];
    forEachCell(s, (segment, cell) -> counts[cell + 1]++);
    for (int i = 1; i < counts.length; i++) {
      counts[i] += counts[i - 1];
    }
    cellStart = counts.clone();
    int[] next = counts.clone();
    ids = new int[counts[counts.length - 1]];
    forEachCell(s, (segment, cell) -> ids[next[cell]++] = segment);
  }

  private interface CellVisitor {
    void visit(int segment, int cell);
  }

  /** Each segment with every cell of its bounding box. */
  private void forEachCell(int segments, CellVisitor visitor) {
    for (int s = 0; s < segments; s++) {
      int c0 = column(Math.min(coords[4 * s], coords[4 * s + 2]));
      int c1 = column(Math.max(coords[4 * s], coords[4 * s + 2]));
      int r0 = row(Math.min(coords[4 * s + 1], coords[4 * s + 3]));
      int r1 = row(Math.max(coords[4 * s + 1], coords[4 * s + 3]));
      for (int r = r0; r <= r1; r++) {
        for (int col = c0; col <= c1; col++) {
          visitor.visit(s, r * COLUMNS + col);
        }
      }
    }
  }

  static int column(double lon) {
    return Math.min(COLUMNS - 1, Math.max(0, (int) Math.floor((lon + 180) / CELL)));
  }

  /** The row of a latitude; rows outside the grid are allowed (negative or past the last). */
  private int row(double lat) {
    return (int) Math.floor((lat - south) / CELL);
  }

  /**
   * Whether a segment passes through or near cell ({@code column}, {@code row}) of the global grid
   * of {@link #CELL} degrees (row 0 at the south pole): whether any segment's bounding box meets
   * the cell. Every point of every segment lies in an occupied cell.
   */
  boolean occupied(int column, int row) {
    int r = row - firstGlobeRow();
    if (r < 0 || r >= rows) {
      return false;
    }
    int cell = r * COLUMNS + column;
    return cellStart[cell + 1] > cellStart[cell];
  }

  /**
   * The row of the global grid a latitude's bucket is, computed as segments are bucketed (the
   * rounding included), so that a point and a segment end at the same latitude share a row.
   */
  int globeRow(double lat) {
    return row(lat) + firstGlobeRow();
  }

  private int firstGlobeRow() {
    return (int) Math.round((south + 90) / CELL);
  }

  /** Segments of each area, labelled with the area's position in the list. */
  public static SegmentIndex of(List<? extends Geometry> areas) {
    return new SegmentIndex(Segments.of(areas, identity(areas.size())));
  }

  /** Segments of each area, labelled {@code labels[i]} for the i-th area. */
  public static SegmentIndex of(List<? extends Geometry> areas, int[] labels) {
    return new SegmentIndex(Segments.of(areas, labels.clone()));
  }

  /**
   * The segments of the outline of areas that tile without overlap (a coverage): those that bound
   * one area only, labelled with its position. Segments two areas share (same end points, either
   * direction) are left out: for a point outside every area the nearest segment is always on the
   * outline, so this answers the same for such points with a fraction of the segments.
   */
  public static SegmentIndex outline(List<? extends Geometry> areas) {
    return new SegmentIndex(Segments.of(areas, identity(areas.size())).outline());
  }

  private static int[] identity(int n) {
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    return identity;
  }

  /**
   * The nearest segment not labelled {@code excluded} (pass -1 to accept all) within {@code
   * maxMeters}, or null.
   */
  public Hit nearest(double lon, double lat, int excluded, double maxMeters) {
    double kx = Math.cos(Math.toRadians(lat)) * Distances.METERS_PER_DEGREE;
    double ky = Distances.METERS_PER_DEGREE;
    // a cell k rings away lies at least (k - 1) cells away in each direction, in this metric
    double ringMeters = CELL * Math.min(kx, ky);
    int qc = column(lon);
    int qr = row(lat);
    double best2 = Double.POSITIVE_INFINITY; // squared metres
    int bestLabel = -1;
    double max2 = maxMeters * maxMeters;
    for (int k = 0; ; k++) {
      double bound = Math.max(0, k - 1) * ringMeters;
      if (bound * bound > Math.min(best2, max2) || k > COLUMNS / 2) {
        break;
      }
      for (int r = Math.max(0, qr - k); r <= Math.min(rows - 1, qr + k); r++) {
        boolean edgeRow = r == qr - k || r == qr + k;
        for (int dc = -k; dc <= k; dc += edgeRow || k == 0 ? 1 : 2 * k) {
          int cell = r * COLUMNS + Math.floorMod(qc + dc, COLUMNS);
          for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
            int s = ids[i];
            if (labels[s] != excluded) {
              double m2 = distance2(s, lon, lat, kx, ky);
              if (m2 < best2) {
                best2 = m2;
                bestLabel = labels[s];
              }
            }
          }
        }
      }
    }
    return bestLabel < 0 || best2 > max2 ? null : new Hit(bestLabel, Math.sqrt(best2));
  }

  /** Squared distance in metres from the point to segment s. */
  private double distance2(int s, double lon, double lat, double kx, double ky) {
    double ax = Distances.deltaLon(lon, coords[4 * s]) * kx;
    double ay = (coords[4 * s + 1] - lat) * ky;
    double bx = Distances.deltaLon(lon, coords[4 * s + 2]) * kx;
    double by = (coords[4 * s + 3] - lat) * ky;
    double vx = bx - ax;
    double vy = by - ay;
    double len2 = vx * vx + vy * vy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * vx + ay * vy) / len2));
    double dx = ax + t * vx;
    double dy = ay + t * vy;
    return dx * dx + dy * dy;
  }
}
