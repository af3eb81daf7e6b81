package org.aorresolver.geo.grid;

import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the grid index puts its cells: one grid per region, a region being a group of polygons
 * whose bounding boxes come within {@link #REGION_GAP} degrees of one another (for the US counties:
 * the conterminous US, Alaska east and west of the antimeridian, Hawaii, Puerto Rico with the
 * Virgin Islands, Guam with the Northern Marianas, American Samoa). All grids share one square cell
 * size, chosen so that their cells number about the target; regions are disjoint, so a point lies
 * in at most one grid.
 *
 * <p>Cell (i, j) of region r holds the points whose {@code (x - minX[r]) * scale} rounds down to i
 * and {@code (y - minY[r]) * scale} to j, computed exactly as written here, in floating point.
 */
final class GridLayout {
  /** Polygons this close (degrees, in x or y) fall in the same region. */
  static final double REGION_GAP = 2.0;

  /** Regions are numbered largest first, so that the index tries the likeliest one first. */
  private static final Comparator<Envelope> LARGEST_FIRST =
      Comparator.comparingDouble(Envelope::getArea).reversed();

  final double scale; // cells per degree
  final double cellSize;
  final double[] minX;
  final double[] minY;
  final int[] width;
  final int[] height;
  final int[] offset; // index of the region's first cell in the global cell numbering
  final int cellCount;

  private GridLayout(List<Envelope> regions, int targetCells) {
    double total = 0;
    for (Envelope r : regions) {
      total += Math.max(r.getWidth(), 1e-9) * Math.max(r.getHeight(), 1e-9);
    }
    scale = regions.isEmpty() ? 1 : Math.sqrt(targetCells / total);
    cellSize = 1 / scale;
    int n = regions.size();
    minX = new double[n];
    minY = new double[n];
    width = new int[n];
    height = new int[n];
    offset = new int[n];
    int cells = 0;
    for (int r = 0; r < n; r++) {
      Envelope e = regions.get(r);
      minX[r] = e.getMinX();
      minY[r] = e.getMinY();
      width[r] = (int) Math.floor((e.getMaxX() - minX[r]) * scale) + 1;
      height[r] = (int) Math.floor((e.getMaxY() - minY[r]) * scale) + 1;
      offset[r] = cells;
      cells = Math.addExact(cells, Math.multiplyExact(width[r], height[r]));
    }
    cellCount = cells;
  }

  private GridLayout(double scale, double[] minX, double[] minY, int[] width, int[] height) {
    this.scale = scale;
    this.cellSize = 1 / scale;
    this.minX = minX;
    this.minY = minY;
    this.width = width;
    this.height = height;
    this.offset = new int[minX.length];
    int cells = 0;
    for (int r = 0; r < minX.length; r++) {
      offset[r] = cells;
      cells = Math.addExact(cells, Math.multiplyExact(width[r], height[r]));
    }
    this.cellCount = cells;
  }

  /** Writes what {@link #read} needs to make the same layout. */
  void write(DataOutputStream out) throws IOException {
    out.writeDouble(scale);
    out.writeInt(minX.length);
    for (int r = 0; r < minX.length; r++) {
      out.writeDouble(minX[r]);
      out.writeDouble(minY[r]);
      out.writeInt(width[r]);
      out.writeInt(height[r]);
    }
  }

  static GridLayout read(DataInput in) throws IOException {
    double scale = in.readDouble();
    int n = in.readInt();
    double[] minX = new double[n];
    double[] minY = new double[n];
    int[] width = new int[n];
    int[] height = new int[n];
    for (int r = 0; r < n; r++) {
      minX[r] = in.readDouble();
      minY[r] = in.readDouble();
      width[r] = in.readInt();
      height[r] = in.readInt();
    }
    return new GridLayout(scale, minX, minY, width, height);
  }

  /** A layout for polygons with these envelopes, of about {@code targetCells} cells. */
  static GridLayout of(List<Envelope> polygons, int targetCells) {
    List<Envelope> regions = regions(polygons);
    while (true) {
      GridLayout layout = new GridLayout(regions, targetCells);
      int[] overlap = layout.overlappingGrids();
      if (overlap == null) {
        return layout;
      }
      regions.get(overlap[0]).expandToInclude(regions.remove(overlap[1]));
      regions.sort(LARGEST_FIRST);
    }
  }

  int regionCount() {
    return minX.length;
  }

  /** The region whose bounding box covers {@code e}, or -1. */
  int regionOf(Envelope e) {
    for (int r = 0; r < regionCount(); r++) {
      if (e.getMinX() >= minX[r]
          && e.getMinY() >= minY[r]
          && (e.getMaxX() - minX[r]) * scale < width[r]
          && (e.getMaxY() - minY[r]) * scale < height[r]) {
        return r;
      }
    }
    return -1;
  }

  /** The x of the centre of column i, as the index computes it. */
  double centerX(int r, int i) {
    return minX[r] + (i + 0.5) * cellSize;
  }

  double centerY(int r, int j) {
    return minY[r] + (j + 0.5) * cellSize;
  }

  /** Bounding boxes of groups of envelopes within REGION_GAP of each other, largest first. */
  static List<Envelope> regions(List<Envelope> polygons) {
    List<Envelope> groups = new ArrayList<>();
    for (Envelope p : polygons) {
      int g = 0;
      while (g < groups.size() && !near(groups.get(g), p)) {
        g++;
      }
      if (g == groups.size()) {
        groups.add(new Envelope(p));
      } else {
        groups.get(g).expandToInclude(p);
      }
    }
    for (boolean merged = true; merged; ) {
      merged = mergeOnePair(groups);
    }
    groups.sort(LARGEST_FIRST);
    return groups;
  }

  private static boolean mergeOnePair(List<Envelope> groups) {
    for (int a = 0; a < groups.size(); a++) {
      for (int b = a + 1; b < groups.size(); b++) {
        if (near(groups.get(a), groups.get(b))) {
          groups.get(a).expandToInclude(groups.remove(b));
          return true;
        }
      }
    }
    return false;
  }

  private static boolean near(Envelope a, Envelope b) {
    return a.getMinX() - REGION_GAP < b.getMaxX()
        && b.getMinX() - REGION_GAP < a.getMaxX()
        && a.getMinY() - REGION_GAP < b.getMaxY()
        && b.getMinY() - REGION_GAP < a.getMaxY();
  }

  /**
   * Two regions whose grids (which reach up to a cell beyond their regions) overlap, or null. Only
   * with very coarse cells, e.g. a tiny target in tests; such regions are merged.
   */
  private int[] overlappingGrids() {
    for (int a = 0; a < regionCount(); a++) {
      for (int b = a + 1; b < regionCount(); b++) {
        boolean apart =
            minX[a] + (width[a] + 1) * cellSize < minX[b]
                || minX[b] + (width[b] + 1) * cellSize < minX[a]
                || minY[a] + (height[a] + 1) * cellSize < minY[b]
                || minY[b] + (height[b] + 1) * cellSize < minY[a];
        if (!apart) {
          return new int[] {a, b};
        }
      }
    }
    return null;
  }
}
