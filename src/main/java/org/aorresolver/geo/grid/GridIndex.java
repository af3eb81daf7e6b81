package org.aorresolver.geo.grid;

import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.JtsAreaIndex;
import org.aorresolver.geo.PrimitiveIo;
import org.locationtech.jts.geom.Geometry;

/**
 * A fast exact point-in-area index: most points are answered by one read of a small table, the rest
 * by a few exact orientation tests against the edges of one cell.
 *
 * <p>Polygons whose bounding boxes come within {@value GridLayout#REGION_GAP} degrees of one
 * another form a region (for the counties: the conterminous US, Alaska on each side of the
 * antimeridian, Hawaii, Puerto Rico with the Virgin Islands, Guam with the Northern Marianas,
 * American Samoa). Each region has a grid of square cells; all share one cell size, chosen so that
 * the grids have about {@link #TARGET_CELLS} cells together, a table of 2 MiB. A cell that no edge
 * touches holds the area it lies in, or none. A cell that edges touch holds a record of them and of
 * a reference point whose area is known; a point in it is decided the way S2's contains-point query
 * does it: walking from the reference point to the point, each edge crossed toggles the areas it
 * bounds, and in a coverage the one area left toggled on is the answer. Crossings are decided with
 * an exact orientation predicate and a symbolic perturbation (the walk moved infinitesimally to its
 * right), so vertices on the way are counted consistently. Points outside every grid, and
 * non-finite coordinates, are in no area.
 *
 * <p>Boundary rule, the same as {@link JtsAreaIndex} for every point: a point in an area's interior
 * belongs to it; a point exactly on the boundary of one or more areas (an edge or a vertex, JTS
 * "covers") belongs to the one with the lowest index. Areas must not overlap (the geodata validator
 * checks that): {@link #of} refuses areas when a cell centre lies in two of them, and answers
 * inside smaller overlaps are unspecified.
 *
 * <p>Immutable once built; {@link #locate} is thread-safe, takes no lock and does not allocate
 * (save in the exact arithmetic for a point within about 1e-15 of an edge's line whose coordinates
 * differ from the edge's by more than a factor of two, which needs a cell at 0 degrees of latitude
 * or longitude).
 *
 * <p>For the 3,233 shipped counties (68,000 vertices, 105,000 distinct edges): 7 regions, 525,612
 * cells of 0.069 degrees (7.6 km of latitude), 61,069 of them with edges (at most 11 in a cell); 2
 * MiB of table and 4.5 MiB of records. Of points uniform over the conterminous US, 83 % are
 * answered by the table alone. Measured on a 2-core machine: the first build in a fresh JVM takes
 * about 0.15 s of CPU (0.2 to 0.3 s of wall time on a quiet machine, up to 0.9 s while other work
 * keeps both cores busy); later builds 20 to 60 ms.
 */
public final class GridIndex implements AreaLocator {
  /** About how many cells the grids have together: 2 MiB of {@code int}s. */
  public static final int TARGET_CELLS = 1 << 19;

  private final GridLayout layout;
  private final double[] minX;
  private final double[] minY;
  private final int[] width;
  private final int[] height;
  private final int[] offset;
  private final double scale;

  /** Per cell: an area, NONE, or {@link #boundaryCode} of the cell's record. */
  private final int[] cells;

  /** The records of the cells that edges touch, laid out as {@link CellRecords} describes. */
  private final long[] records;

  GridIndex(GridLayout layout, int[] cells, long[] records) {
    this.layout = layout;
    this.minX = layout.minX;
    this.minY = layout.minY;
    this.width = layout.width;
    this.height = layout.height;
    this.offset = layout.offset;
    this.scale = layout.scale;
    this.cells = cells;
    this.records = records;
  }

  /**
   * Builds the index of {@code areas} (Polygons or MultiPolygons, empty allowed); the answer of
   * {@link #locate} is a position in this list.
   *
   * @throws IllegalArgumentException if an area is not polygonal, or a cell centre lies in two
   */
  public static GridIndex of(List<Geometry> areas) {
    return of(areas, TARGET_CELLS);
  }

  static GridIndex of(List<Geometry> areas, int targetCells) {
    return GridBuilder.build(areas, targetCells);
  }

  /**
   * Writes the index (layout, cell table, records) for {@link #read}: reading it back takes a
   * fraction of the time and memory building it does.
   */
  public void write(DataOutputStream out) throws IOException {
    layout.write(out);
    out.writeInt(cells.length);
    PrimitiveIo.writeInts(out, cells);
    out.writeInt(records.length);
    PrimitiveIo.writeLongs(out, records);
  }

  /** The index {@link #write} wrote. */
  public static GridIndex read(DataInput in) throws IOException {
    GridLayout layout = GridLayout.read(in);
    int[] cells = new int[in.readInt()];
    if (cells.length != layout.cellCount) {
      throw new IOException(
          "a grid of " + layout.cellCount + " cells with " + cells.length + " in its table");
    }
    PrimitiveIo.readInts(in, cells);
    long[] records = new long[in.readInt()];
    PrimitiveIo.readLongs(in, records);
    return new GridIndex(layout, cells, records);
  }

  @Override
  public int locate(double lon, double lat) {
    for (int r = 0; r < minX.length; r++) {
      double fx = (lon - minX[r]) * scale;
      double fy = (lat - minY[r]) * scale;
      if (fx >= 0 && fy >= 0 && fx < width[r] && fy < height[r]) {
        int i = (int) fx;
        int j = (int) fy;
        int v = cells[offset[r] + j * width[r] + i];
        return v >= NONE ? v : inBoundaryCell(-2 - v, r, i, j, lon, lat);
      }
    }
    return NONE;
  }

  static int boundaryCode(int record) {
    return -2 - record;
  }

  /**
   * Counts the edges crossed on the way from the cell's reference point c to q, XOR-ing the areas
   * each bounds into the reference area: in a coverage, q lies in at most one area, so the XOR of
   * those with an odd count is that area. A point on an edge takes the lowest area bounded by an
   * edge through it.
   */
  private int inBoundaryCell(int record, int r, int i, int j, double qx, double qy) {
    long header = records[record];
    int acc = (int) (header >>> 32);
    int n = (int) header & ~CellRecords.OWN_REFERENCE;
    int p = record + 1;
    double cx;
    double cy;
    if ((int) header < 0) {
      cx = Double.longBitsToDouble(records[p++]);
      cy = Double.longBitsToDouble(records[p++]);
    } else {
      cx = layout.centerX(r, i);
      cy = layout.centerY(r, j);
    }
    int onEdge = Integer.MAX_VALUE;
    for (int end = p + n * CellRecords.EDGE_LONGS; p < end; p += CellRecords.EDGE_LONGS) {
      double ax = Double.longBitsToDouble(records[p]);
      double ay = Double.longBitsToDouble(records[p + 1]);
      double bx = Double.longBitsToDouble(records[p + 2]);
      double by = Double.longBitsToDouble(records[p + 3]);
      long meta = records[p + 4];
      int side = Predicates.orientation(ax, ay, bx, by, qx, qy);
      if (side == 0) {
        if (inBox(ax, ay, bx, by, qx, qy)) {
          onEdge = Math.min(onEdge, (int) (meta >>> 32));
        }
      } else if ((side > 0) != ((int) meta < 0) && crosses(ax, ay, bx, by, cx, cy, qx, qy)) {
        acc ^= (int) meta & ~CellRecords.REFERENCE_LEFT;
      }
    }
    return onEdge != Integer.MAX_VALUE ? onEdge : acc - 1;
  }

  /**
   * Whether a and b lie on opposite sides of the line from c to q, a point on that line counting as
   * left of it: the line moved infinitesimally to the right, which changes no other test, since
   * neither c nor q lies on an edge.
   */
  private static boolean crosses(
      double ax, double ay, double bx, double by, double cx, double cy, double qx, double qy) {
    boolean aLeft = Predicates.orientation(cx, cy, qx, qy, ax, ay) >= 0;
    boolean bLeft = Predicates.orientation(cx, cy, qx, qy, bx, by) >= 0;
    return aLeft != bLeft;
  }

  /** Whether p lies in the bounding box of a and b (on segment ab, if also collinear). */
  private static boolean inBox(double ax, double ay, double bx, double by, double px, double py) {
    return px >= Math.min(ax, bx)
        && px <= Math.max(ax, bx)
        && py >= Math.min(ay, by)
        && py <= Math.max(ay, by);
  }

  int regionCount() {
    return minX.length;
  }

  int cellCount() {
    return cells.length;
  }

  double cellSize() {
    return layout.cellSize;
  }

  int boundaryCellCount() {
    int n = 0;
    for (int v : cells) {
      n += v < NONE ? 1 : 0;
    }
    return n;
  }

  /** The most edges any one cell holds: the worst case of a lookup. */
  int maxEdgesInACell() {
    int max = 0;
    for (int v : cells) {
      if (v < NONE) {
        max = Math.max(max, (int) records[-2 - v] & ~CellRecords.OWN_REFERENCE);
      }
    }
    return max;
  }

  /** Bytes held by the cell table and the cell records. */
  long sizeInBytes() {
    return 4L * cells.length + 8L * records.length;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "GridIndex[%d regions, %d cells of %.4f°, %d with edges (at most %d), %.1f MiB]",
        regionCount(),
        cellCount(),
        cellSize(),
        boundaryCellCount(),
        maxEdgesInACell(),
        sizeInBytes() / 1048576.0);
  }
}
