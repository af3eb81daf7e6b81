package org.aorresolver.geo;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * What is true of every point of each cell of the global grid of {@link SegmentIndex}'s half-degree
 * cells, for points outside a set of areas: that it lies on one foreign area, or on none and
 * farther than a snap distance (or a limit) from the areas' outline. For a point in no area whose
 * cell says so, the answer needs no point-in-polygon test on foreign land and no nearest-segment
 * search within that distance. Cells where nothing holds for every point are {@link #MIXED}.
 *
 * <p>Every fact is proven from the segment indexes' buckets, not sampled. A cell no foreign
 * segment's bounding box meets holds no foreign boundary, so all its points lie on the same foreign
 * area or on none, and so do those of every cell joined to it through such cells: each such group
 * is located once, at a centre. Cells are the buckets of the foreign segment index exactly (a
 * point's row computed with the same rounding). The distance from a cell to the outline is bounded
 * below by its distance to each bucket the outline occupies, in the metric {@link
 * SegmentIndex#nearest} measures (longitude scaled by the cosine of the point's latitude, here of
 * the cell's edge farther from the equator), less a margin for rounding.
 *
 * <p>One byte a cell, 253 KiB; built in tens of milliseconds (a tenth of a second or two in a fresh
 * JVM). Immutable, thread-safe, allocation-free.
 */
public final class OutsideCells {
  /** Nothing is known that holds for every point of the cell. */
  public static final int MIXED = -1;

  /** On no foreign area, and farther than the snap distance from the outline. */
  public static final int BEYOND_SNAP = -2;

  /** On no foreign area, and farther than the limit from the outline. */
  public static final int BEYOND_LIMIT = -3;

  /** Foreign areas numbered beyond this are not recorded (their cells stay mixed). */
  private static final int MAX_FOREIGN = 255 - 3;

  private static final double CELL = SegmentIndex.CELL;
  private static final int COLUMNS = SegmentIndex.COLUMNS;
  private static final int ROWS = SegmentIndex.GLOBE_ROWS;

  /** Per cell: 0 mixed, 1 beyond the snap distance, 2 beyond the limit, 3 + f on foreign area f. */
  private final byte[] cells;

  /** The foreign segment index, whose rounding of latitudes to rows the cells follow. */
  private final SegmentIndex rows;

  private OutsideCells(byte[] cells, SegmentIndex rows) {
    this.cells = cells;
    this.rows = rows;
  }

  /**
   * The cells for areas whose outline is {@code outline}, beside foreign areas located by {@code
   * foreignLand} whose boundaries are {@code foreignEdges}; {@code snapMeters} and {@code
   * limitMeters} are the distances a cell may be found to be beyond.
   */
  public static OutsideCells of(
      SegmentIndex outline,
      AreaLocator foreignLand,
      SegmentIndex foreignEdges,
      double snapMeters,
      double limitMeters) {
    byte[] cells = OutlineBands.of(outline, snapMeters, limitMeters);
    int[] foreign = ForeignGroups.of(foreignEdges, foreignLand);
    for (int c = 0; c < cells.length; c++) {
      int f = foreign[c];
      if (f != AreaLocator.NONE) {
        cells[c] = (byte) (f >= 0 && f <= MAX_FOREIGN ? 3 + f : 0);
      }
    }
    return new OutsideCells(cells, foreignEdges);
  }

  /**
   * What is true of every point of the cell of (lon, lat), for a point in no area: the foreign area
   * (its index, 0 or more) every point lies on, or {@link #BEYOND_LIMIT}, {@link #BEYOND_SNAP} or
   * {@link #MIXED}.
   */
  public int at(double lon, double lat) {
    int cell = cell(lon, lat);
    return cell < 0 ? MIXED : kind(cells[cell]);
  }

  /**
   * A point of each kind {@link #at} answers, numbered 0 for {@link #BEYOND_LIMIT}, 1 for {@link
   * #BEYOND_SNAP} and 2 + f for foreign area f, as {lon, lat}: the centres of cells of that kind
   * (in row order from the south-west, the first that {@code usable} accepts), or null.
   */
  public double[][] examples(int foreignAreas, BiPredicate<Double, Double> usable) {
    double[][] found = new double[2 + foreignAreas][];
    for (int c = 0; c < cells.length; c++) {
      int n = number(kind(cells[c]));
      double lon = centerLon(c);
      double lat = centerLat(c);
      if (n >= 0 && n < found.length && found[n] == null && usable.test(lon, lat)) {
        found[n] = new double[] {lon, lat};
      }
    }
    return found;
  }

  /** The number {@link #examples} gives a kind, or -1 for {@link #MIXED}. */
  public static int number(int kind) {
    return kind >= 0 ? 2 + kind : kind == MIXED ? -1 : kind + 3;
  }

  private static int kind(byte b) {
    int v = b & 0xFF;
    return v >= 3 ? v - 3 : -1 - v;
  }

  /** The cell of (lon, lat), or -1 outside the grid (a latitude of 90, non-finite values). */
  private int cell(double lon, double lat) {
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      return -1;
    }
    int row = rows.globeRow(lat);
    return row < 0 || row >= ROWS ? -1 : row * COLUMNS + SegmentIndex.column(lon);
  }

  private static double centerLon(int c) {
    return -180 + (c % COLUMNS + 0.5) * CELL;
  }

  private static double centerLat(int c) {
    return -90 + (c / COLUMNS + 0.5) * CELL;
  }

  /**
   * For each cell, how far it lies at least from the outline: 2 beyond the limit, 1 beyond the snap
   * distance, 0 perhaps within it. Each occupied bucket lowers the band of the cells around it, as
   * far as the limit reaches.
   */
  private static final class OutlineBands {
    /** Rounding in the distances compared: relative, and one metre. */
    private static final double RELATIVE = 1e-9;

    private static final double MARGIN = 1;

    static byte[] of(SegmentIndex outline, double snapMeters, double limitMeters) {
      byte[] bands = new byte[COLUMNS * ROWS];
      Arrays.fill(bands, (byte) 2);
      double snap = snapMeters * (1 + RELATIVE) + MARGIN;
      double reach = limitMeters * (1 + RELATIVE) + MARGIN;
      double cellMeters = CELL * Distances.METERS_PER_DEGREE;
      int rowReach = (int) (reach / cellMeters) + 2;
      double[] columnMeters = new double[ROWS]; // the least width of a column, in each row
      for (int q = 0; q < ROWS; q++) {
        // the cosine of the latitude farthest from the equator in row q: the smallest
        double south = Math.toRadians(-90 + q * CELL);
        double cos = Math.min(Math.cos(south), Math.cos(south + Math.toRadians(CELL)));
        columnMeters[q] = Math.max(0, cos) * cellMeters;
      }
      for (int c = 0; c < bands.length; c++) {
        if (!outline.occupied(c % COLUMNS, c / COLUMNS)) {
          continue;
        }
        int row = c / COLUMNS;
        for (int q = Math.max(0, row - rowReach); q <= Math.min(ROWS - 1, row + rowReach); q++) {
          double dy = Math.max(0, Math.abs(q - row) - 1) * cellMeters;
          if (dy > reach) {
            continue;
          }
          // columns dc apart are at least (dc - 1) column widths away; one more is taken, to be
          // safe
          int near = dy > snap ? -1 : columns(snap, dy, columnMeters[q]);
          int far = columns(reach, dy, columnMeters[q]);
          for (int dc = 0; dc <= far; dc++) {
            byte band = (byte) (dc <= near ? 0 : 1);
            lower(bands, q * COLUMNS + Math.floorMod(c % COLUMNS + dc, COLUMNS), band);
            lower(bands, q * COLUMNS + Math.floorMod(c % COLUMNS - dc, COLUMNS), band);
          }
        }
      }
      return bands;
    }

    /** The most columns apart a cell within {@code meters} (given dy in latitude) may lie. */
    private static int columns(double meters, double dy, double columnMeters) {
      double dx = Math.sqrt(Math.max(0, meters * meters - dy * dy));
      return columnMeters == 0 ? COLUMNS / 2 : (int) Math.min(COLUMNS / 2, 2 + dx / columnMeters);
    }

    private static void lower(byte[] bands, int cell, byte band) {
      if (bands[cell] > band) {
        bands[cell] = band;
      }
    }
  }

  /**
   * For each cell, the foreign area all its points lie on, {@link AreaLocator#NONE} for none, or -2
   * where a foreign boundary may pass: groups of cells joined through their sides, no foreign
   * segment meeting any of them, are each located once.
   */
  private static final class ForeignGroups {
    private static final int BOUNDARY = -2;
    private static final int UNSEEN = -3;
    private static final int SEEN = -4;

    static int[] of(SegmentIndex foreignEdges, AreaLocator foreignLand) {
      int[] areas = new int[COLUMNS * ROWS];
      for (int c = 0; c < areas.length; c++) {
        areas[c] = foreignEdges.occupied(c % COLUMNS, c / COLUMNS) ? BOUNDARY : UNSEEN;
      }
      int[] group = new int[areas.length];
      for (int c = 0; c < areas.length; c++) {
        if (areas[c] == UNSEEN) {
          int size = gather(areas, c, group);
          int area = foreignLand.locate(centerLon(c), centerLat(c));
          for (int i = 0; i < size; i++) {
            areas[group[i]] = area;
          }
        }
      }
      return areas;
    }

    /** The cells joined to {@code start} into {@code group} (marked seen); how many. */
    private static int gather(int[] areas, int start, int[] group) {
      int size = 0;
      group[size++] = start;
      areas[start] = SEEN;
      for (int i = 0; i < size; i++) {
        int c = group[i];
        int col = c % COLUMNS;
        size = join(areas, col > 0 ? c - 1 : -1, group, size);
        size = join(areas, col < COLUMNS - 1 ? c + 1 : -1, group, size);
        size = join(areas, c - COLUMNS, group, size);
        size = join(areas, c + COLUMNS, group, size);
      }
      return size;
    }

    private static int join(int[] areas, int c, int[] group, int size) {
      if (c < 0 || c >= areas.length || areas[c] != UNSEEN) {
        return size;
      }
      areas[c] = SEEN;
      group[size] = c;
      return size + 1;
    }
  }
}
