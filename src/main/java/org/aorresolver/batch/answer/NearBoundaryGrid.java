package org.aorresolver.batch.answer;

import java.util.BitSet;
import java.util.List;
import org.aorresolver.geo.Distances;
import org.aorresolver.place.Aor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Where a point may be near a boundary where the office changes, in one edition: cells of {@link
 * #CELL_DEGREES} marked when boundary segments of two or more offices come within the near-boundary
 * distance, each marked cell refined into 8 x 8 sub-cells marked the same way (about 700 m).
 * Outside marked sub-cells no point is near such a boundary, so only points in them need the exact
 * distance.
 *
 * <p>Why two offices: a point of office A near a boundary of office B (B ≠ A) is near A's own
 * boundary too, since the way to B's boundary leaves A's area. Near the sea with one office alone,
 * cells stay unmarked. Distances are measured as the resolver measures them (equirectangular around
 * the point), and each segment's box is widened by the most that distance allows, so the marking
 * never misses. Immutable; queries are thread-safe and allocate nothing.
 */
final class NearBoundaryGrid {
  static final double CELL_DEGREES = 0.05;
  private static final int SUB = 8;
  private static final double FINE = SUB / CELL_DEGREES;
  private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);
  private static final int FINE_COLUMNS = COLUMNS * SUB;

  private final double south;
  private final int rows;
  private final long[] words;
  private final int[] ranks;
  private final long[] fine;

  private NearBoundaryGrid(double south, int rows, BitSet marked, long[] fine) {
    this.south = south;
    this.rows = rows;
    this.words = marked.toLongArray();
    this.ranks = ranks(words);
    this.fine = fine;
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
    Builder coarse = new Builder(south, rows, meters, null);
    coarse.areas(aors);
    Builder refined = new Builder(south, rows, meters, coarse.marked);
    refined.areas(aors);
    return new NearBoundaryGrid(south, rows, coarse.marked, refined.fineMarks());
  }

  /** True when the point may be within the near-boundary distance of an office boundary. */
  boolean marked(double lat, double lon) {
    int fr = (int) Math.floor((lat - south) * FINE);
    int fc = Math.min(FINE_COLUMNS - 1, (int) Math.floor((lon + 180) * FINE));
    int row = fr >> 3;
    if (fr < 0 || row >= rows || fc < 0) {
      return false;
    }
    int cell = row * COLUMNS + (fc >> 3);
    int w = cell >>> 6;
    if (w >= words.length || (words[w] & (1L << cell)) == 0) {
      return false;
    }
    int rank = ranks[w] + Long.bitCount(words[w] & ((1L << cell) - 1));
    return (fine[rank] >>> (((fr & 7) << 3) | (fc & 7)) & 1) != 0;
  }

  /** The share of the grid's area marked, for tests. */
  double markedShare() {
    long n = 0;
    for (long f : fine) {
      n += Long.bitCount(f);
    }
    return n / (double) ((long) rows * COLUMNS * SUB * SUB);
  }

  private static int[] ranks(long[] words) {
    int[] r = new int[words.length];
    for (int w = 1; w < words.length; w++) {
      r[w] = r[w - 1] + Long.bitCount(words[w - 1]);
    }
    return r;
  }

  /**
   * Marks cells around every boundary segment: coarse cells when {@code coarse} is null, else the
   * sub-cells of the coarse cells marked there. A cell is marked when segments of two labels reach
   * it; {@code first} holds the first label seen (plus one).
   */
  private static final class Builder {
    final double south;
    final int rows;
    final double meters;
    final BitSet coarse;
    final BitSet marked = new BitSet();
    final int[] ranks;
    final long[] words;
    final byte[] first;

    Builder(double south, int rows, double meters, BitSet coarse) {
      this.south = south;
      this.rows = rows;
      this.meters = meters * 1.001;
      this.coarse = coarse;
      this.words = coarse == null ? null : coarse.toLongArray();
      this.ranks = coarse == null ? null : NearBoundaryGrid.ranks(words);
      this.first = new byte[coarse == null ? rows * COLUMNS : coarse.cardinality() * SUB * SUB];
    }

    void areas(List<Aor> aors) {
      for (int label = 0; label < aors.size(); label++) {
        Geometry g = aors.get(label).area();
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
      int fr0 = Math.max(0, (int) Math.floor((low - my - south) * FINE));
      int fr1 = Math.min(rows * SUB - 1, (int) Math.floor((high + my - south) * FINE));
      int fc0 = (int) Math.floor((west - mx + 180) * FINE);
      int fc1 = (int) Math.floor((east + mx + 180) * FINE);
      int step = coarse == null ? SUB : 1;
      for (int fr = fr0 - fr0 % step; fr <= fr1; fr += step) {
        for (int fc = Math.floorDiv(fc0, step) * step; fc <= fc1; fc += step) {
          cell(fr, Math.floorMod(fc, FINE_COLUMNS), label);
        }
      }
    }

    void cell(int fr, int fc, int label) {
      int cell = (fr >> 3) * COLUMNS + (fc >> 3);
      if (coarse == null) {
        mark(cell, label);
      } else if (coarse.get(cell)) {
        int w = cell >>> 6;
        int rank = ranks[w] + Long.bitCount(words[w] & ((1L << cell) - 1));
        mark(rank * SUB * SUB + (((fr & 7) << 3) | (fc & 7)), label);
      }
    }

    void mark(int index, int label) {
      byte l = (byte) (label + 1);
      if (first[index] == 0) {
        first[index] = l;
      } else if (first[index] != l) {
        marked.set(index);
      }
    }

    /** The sub-cell marks, 64 bits a marked coarse cell. */
    long[] fineMarks() {
      long[] m = marked.toLongArray();
      return java.util.Arrays.copyOf(m, first.length / (SUB * SUB));
    }
  }
}
