package org.aorresolver.geo.grid;

import java.util.List;
import org.aorresolver.geo.AreaLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Writes the record of each cell that edges touch, in the layout {@link GridIndex} reads: all in
 * one {@code long[]}, so that a lookup reads the cell table and then one contiguous record.
 *
 * <pre>
 * header    (reference area + 1, 0 for none) << 32 | OWN_REFERENCE if not the centre | edge count
 * x, y      the reference point, only with OWN_REFERENCE (raw double bits)
 * per edge  ax, ay, bx, by (raw double bits), then
 *           lowest area bounded << 32 | REFERENCE_LEFT if the reference point lies left of a to b
 *                                     | XOR of (area + 1) over the areas bounded
 * </pre>
 */
final class CellRecords {
  static final int OWN_REFERENCE = 1 << 31;
  static final int REFERENCE_LEFT = 1 << 31;
  static final int EDGE_LONGS = 5;

  private final List<Geometry> areas;
  private final AreaEdges edges;
  private final GridLayout layout;
  private final GridBuilder.Longs out;

  /**
   * Room for {@code cellEdges} edges in {@code cells} cells: at most three longs a cell and five an
   * edge, so that the array is never grown nor copied (with millions of edges it is the largest
   * thing the build holds).
   */
  CellRecords(List<Geometry> areas, AreaEdges edges, GridLayout layout, int cellEdges, int cells) {
    this.areas = areas;
    this.edges = edges;
    this.layout = layout;
    this.out = new GridBuilder.Longs(EDGE_LONGS * cellEdges + 3 * cells);
  }

  /**
   * Appends the record of cell (i, j) of region r, whose centre lies in {@code centerLabel} (see
   * {@link CenterSweep}) and which the edges in the low 32 bits of {@code cellEdges[from..to)}
   * touch; returns its position.
   */
  int add(int r, int i, int j, int centerLabel, long[] cellEdges, int from, int to) {
    int start = out.size();
    double x = layout.centerX(r, i);
    double y = layout.centerY(r, j);
    if (!onAnEdge(x, y, cellEdges, from, to)) {
      if (centerLabel == CenterSweep.UNKNOWN) {
        throw GridBuilder.overlap(areas, x, y);
      }
      out.add(header(centerLabel, to - from));
    } else {
      double[] reference = referencePoint(r, i, j, cellEdges, from, to);
      x = reference[0];
      y = reference[1];
      out.add(header(areaAt(x, y, cellEdges, from, to), OWN_REFERENCE | (to - from)));
      out.add(Double.doubleToRawLongBits(x));
      out.add(Double.doubleToRawLongBits(y));
    }
    for (int k = from; k < to; k++) {
      addEdge((int) cellEdges[k], x, y);
    }
    return start;
  }

  /** The records, in an array that may end with a little unused room (at most two longs a cell). */
  long[] toArray() {
    return out.array();
  }

  private static long header(int label, int low) {
    return (long) (label + 1) << 32 | (low & 0xffff_ffffL);
  }

  private void addEdge(int e, double x, double y) {
    for (int c = 0; c < 4; c++) {
      out.add(Double.doubleToRawLongBits(edges.segments[4 * e + c]));
    }
    int flags = orientation(e, x, y) > 0 ? REFERENCE_LEFT : 0;
    out.add((long) edges.lowestArea[e] << 32 | ((edges.areaXor[e] | flags) & 0xffff_ffffL));
  }

  private int orientation(int e, double px, double py) {
    double[] s = edges.segments;
    return Predicates.orientation(s[4 * e], s[4 * e + 1], s[4 * e + 2], s[4 * e + 3], px, py);
  }

  private boolean onAnEdge(double px, double py, long[] cellEdges, int from, int to) {
    for (int k = from; k < to; k++) {
      int e = (int) cellEdges[k];
      if (orientation(e, px, py) == 0 && inBox(e, px, py)) {
        return true;
      }
    }
    return false;
  }

  private boolean inBox(int e, double px, double py) {
    double[] s = edges.segments;
    return px >= Math.min(s[4 * e], s[4 * e + 2])
        && px <= Math.max(s[4 * e], s[4 * e + 2])
        && py >= Math.min(s[4 * e + 1], s[4 * e + 3])
        && py <= Math.max(s[4 * e + 1], s[4 * e + 3]);
  }

  /** A point of the cell on none of its edges, for when one passes exactly through the centre. */
  private double[] referencePoint(int r, int i, int j, long[] cellEdges, int from, int to) {
    for (int k = 1; ; k++) {
      // the R2 low-discrepancy sequence, kept in the middle 90 % of the cell
      double fx = 0.05 + 0.9 * ((k * 0.7548776662466927) % 1);
      double fy = 0.05 + 0.9 * ((k * 0.5698402909980532) % 1);
      double x = layout.minX[r] + (i + fx) * layout.cellSize;
      double y = layout.minY[r] + (j + fy) * layout.cellSize;
      if (!onAnEdge(x, y, cellEdges, from, to)) {
        return new double[] {x, y};
      }
    }
  }

  /**
   * The area holding a point of the cell that lies on none of its edges: if any, one of the areas
   * whose edges touch the cell (any other area would hold the whole cell, which has edges).
   */
  private int areaAt(double x, double y, long[] cellEdges, int from, int to) {
    Coordinate c = new Coordinate(x, y);
    for (int k = from; k < to; k++) {
      int e = (int) cellEdges[k];
      for (int a = edges.areaStart[e]; a < edges.areaStart[e + 1]; a++) {
        int area = edges.areas[a];
        if (SimplePointInAreaLocator.locate(c, areas.get(area)) == Location.INTERIOR) {
          return area;
        }
      }
    }
    return AreaLocator.NONE;
  }
}
