package org.aorresolver.geo.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Builds a {@link GridIndex} in four passes over flat arrays:
 *
 * <ol>
 *   <li>rasterize: every distinct edge is listed in every cell it may touch, the cell grown by
 *       {@link #MARGIN} on each side: far more than the rounding of the cell arithmetic (below
 *       2^-30 of a cell for grids under a million cells wide), so a point is never looked up in a
 *       cell that misses an edge near it;
 *   <li>sweep: {@link CenterSweep} finds the area holding every cell centre, exactly;
 *   <li>cells without edges store that area: they lie wholly inside it (or outside every area);
 *   <li>cells with edges get a {@link CellRecords record}: their edges, and a reference point whose
 *       area is known (the centre or, if an edge passes exactly through the centre, another point).
 * </ol>
 */
final class GridBuilder {
  /** How far beyond a cell, in cells, an edge is still listed in it. */
  static final double MARGIN = 0x1p-20;

  private final List<Geometry> areas;
  private final AreaEdges edges;
  private final GridLayout layout;
  private final int[] region; // per edge
  private final Longs pairs; // cell << 32 | edge

  private GridBuilder(List<Geometry> areas, int targetCells) {
    this.areas = List.copyOf(areas);
    this.edges = AreaEdges.of(this.areas);
    this.layout = GridLayout.of(edges.polygonEnvelopes(), targetCells);
    this.pairs = new Longs(2 * edges.size());
    int[] regionOfPolygon = edges.polygonEnvelopes().stream().mapToInt(layout::regionOf).toArray();
    region = new int[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      region[e] = regionOfPolygon[edges.polygon[e]];
      if (region[e] < 0) {
        throw new IllegalStateException("no region covers edge " + e); // cannot happen
      }
    }
  }

  static GridIndex build(List<Geometry> areas, int targetCells) {
    GridBuilder b = new GridBuilder(areas, targetCells);
    for (int e = 0; e < b.edges.size(); e++) {
      b.rasterize(e);
    }
    b.pairs.sort();
    int[] cells = new CenterSweep(b.edges, b.layout, b.region, b.areas.size()).labels();
    long[] records = b.packBoundaryCells(cells);
    b.checkNoOverlap(cells);
    return new GridIndex(b.layout, cells, records);
  }

  // ---- pass 1: which cells each edge may touch

  private void rasterize(int e) {
    int r = region[e];
    double ax = edges.segments[4 * e];
    double ay = edges.segments[4 * e + 1];
    double bx = edges.segments[4 * e + 2];
    double by = edges.segments[4 * e + 3];
    double s = layout.cellSize;
    double margin = s * MARGIN;
    double yLow = Math.min(ay, by);
    double yHigh = Math.max(ay, by);
    int j0 = row(r, yLow - margin);
    int j1 = row(r, yHigh + margin);
    for (int j = j0; j <= j1; j++) {
      double y0 = Math.max(yLow, layout.minY[r] + j * s - margin);
      double y1 = Math.min(yHigh, layout.minY[r] + (j + 1) * s + margin);
      if (y0 > y1) {
        continue;
      }
      double xa = ay == by ? ax : ax + (y0 - ay) * ((bx - ax) / (by - ay));
      double xb = ay == by ? bx : ax + (y1 - ay) * ((bx - ax) / (by - ay));
      int i0 = column(r, Math.min(xa, xb) - margin);
      int i1 = column(r, Math.max(xa, xb) + margin);
      long base = layout.offset[r] + (long) j * layout.width[r];
      for (int i = i0; i <= i1; i++) {
        pairs.add((base + i) << 32 | e);
      }
    }
  }

  private int row(int r, double y) {
    return clamp(Math.floor((y - layout.minY[r]) * layout.scale), layout.height[r] - 1);
  }

  private int column(int r, double x) {
    return clamp(Math.floor((x - layout.minX[r]) * layout.scale), layout.width[r] - 1);
  }

  static int clamp(double v, int max) {
    return (int) Math.max(0, Math.min(max, v));
  }

  // ---- pass 4: the records of the cells that edges touch

  private long[] packBoundaryCells(int[] cells) {
    long[] sorted = pairs.array(); // cell << 32 | edge, by cell
    int boundaryCells = 0;
    for (int p = 0; p < pairs.size(); p = endOfCell(sorted, p)) {
      boundaryCells++;
    }
    CellRecords records = new CellRecords(areas, edges, layout, pairs.size(), boundaryCells);
    int r = 0;
    for (int p = 0, end; p < pairs.size(); p = end) {
      int cell = (int) (sorted[p] >>> 32);
      end = endOfCell(sorted, p);
      while (cell >= layout.offset[r] + layout.width[r] * layout.height[r]) {
        r++;
      }
      int local = cell - layout.offset[r];
      int w = layout.width[r];
      int at = records.add(r, local % w, local / w, cells[cell], sorted, p, end);
      cells[cell] = GridIndex.boundaryCode(at);
    }
    return records.toArray();
  }

  private int endOfCell(long[] sorted, int p) {
    long cell = sorted[p] >>> 32;
    int end = p + 1;
    while (end < pairs.size() && sorted[end] >>> 32 == cell) {
      end++;
    }
    return end;
  }

  /** Cells without edges inside more than one area: the areas overlap. */
  private void checkNoOverlap(int[] cells) {
    for (int r = 0; r < layout.regionCount(); r++) {
      for (int local = 0; local < layout.width[r] * layout.height[r]; local++) {
        if (cells[layout.offset[r] + local] == CenterSweep.UNKNOWN) {
          int w = layout.width[r];
          throw overlap(areas, layout.centerX(r, local % w), layout.centerY(r, local / w));
        }
      }
    }
  }

  static IllegalArgumentException overlap(List<Geometry> areas, double x, double y) {
    Coordinate c = new Coordinate(x, y);
    List<Integer> holding = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      if (SimplePointInAreaLocator.locate(c, areas.get(a)) == Location.INTERIOR) {
        holding.add(a);
      }
    }
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT, "areas %s overlap at (%.7f, %.7f); they must not", holding, x, y));
  }

  // ---- growable primitive arrays

  static final class Longs {
    private long[] a;
    private int n;

    Longs(int capacity) {
      a = new long[Math.max(16, capacity)];
    }

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    /** The elements, in the first {@link #size} places of the array. */
    long[] array() {
      return a;
    }

    int size() {
      return n;
    }

    void sort() {
      Arrays.sort(a, 0, n);
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
