package org.aorresolver.geo.grid;

import org.aorresolver.geo.AreaLocator;

/**
 * The area holding each cell centre of a grid layout, found row by row with the even-odd rule: an
 * edge crossing the horizontal line through a row's centres (half-open: it includes its lower end,
 * not its upper) toggles its area for every centre to the right of the crossing. Which centres lie
 * to the right is decided by the exact orientation predicate, so the answer is exact for every
 * centre that is on no edge (those on an edge get some area; the builder replaces them).
 */
final class CenterSweep {
  /** A centre inside more than one area: overlapping input, or a centre on an edge. */
  static final int UNKNOWN = Integer.MIN_VALUE;

  private final AreaEdges edges;
  private final GridLayout layout;
  private final int[] region;
  private final int areaCount;
  private final GridBuilder.Longs events; // cell << 31 | area

  CenterSweep(AreaEdges edges, GridLayout layout, int[] region, int areaCount) {
    this.edges = edges;
    this.layout = layout;
    this.region = region;
    this.areaCount = areaCount;
    this.events = new GridBuilder.Longs(2 * edges.size());
  }

  /** The area (or NONE, or UNKNOWN) of every cell centre, by global cell number. */
  int[] labels() {
    for (int e = 0; e < edges.size(); e++) {
      addCrossings(e);
    }
    events.sort();
    int[] labels = new int[layout.cellCount];
    boolean[] odd = new boolean[areaCount];
    int next = 0;
    for (int r = 0; r < layout.regionCount(); r++) {
      for (int j = 0; j < layout.height[r]; j++) {
        next = sweepRow(layout.offset[r] + j * layout.width[r], layout.width[r], next, odd, labels);
      }
    }
    return labels;
  }

  private int sweepRow(int rowStart, int width, int next, boolean[] odd, int[] labels) {
    long[] sorted = events.array();
    int first = next;
    int oddCount = 0;
    int xor = 0;
    for (int cell = rowStart; cell < rowStart + width; cell++) {
      for (; next < events.size() && (int) (sorted[next] >>> 31) == cell; next++) {
        int a = (int) (sorted[next] & 0x7fff_ffff);
        odd[a] = !odd[a];
        oddCount += odd[a] ? 1 : -1;
        xor ^= a + 1;
      }
      labels[cell] = oddCount == 0 ? AreaLocator.NONE : oddCount == 1 ? xor - 1 : UNKNOWN;
    }
    for (int t = first; t < next; t++) {
      odd[(int) (sorted[t] & 0x7fff_ffff)] = false;
    }
    return next;
  }

  /** For each row whose centre line the edge crosses: the first centre right of the crossing. */
  private void addCrossings(int e) {
    double[] xy = edges.segments;
    boolean up = xy[4 * e + 1] < xy[4 * e + 3];
    int lo = 4 * e + (up ? 0 : 2); // the lower end point
    int hi = 4 * e + (up ? 2 : 0);
    double loY = xy[lo + 1];
    double hiY = xy[hi + 1];
    if (loY == hiY) {
      return; // horizontal: never crosses a horizontal line in the half-open sense
    }
    int r = region[e];
    int j =
        GridBuilder.clamp(
            Math.floor((loY - layout.minY[r]) * layout.scale - 0.5) - 1, Integer.MAX_VALUE);
    for (; j < layout.height[r]; j++) {
      double cy = layout.centerY(r, j);
      if (cy >= hiY) {
        break;
      }
      if (cy >= loY) {
        int k = firstCentreRight(r, cy, xy, lo, hi);
        if (k < layout.width[r]) {
          long cell = layout.offset[r] + (long) j * layout.width[r] + k;
          for (int a = edges.areaStart[e]; a < edges.areaStart[e + 1]; a++) {
            events.add(cell << 31 | edges.areas[a]);
          }
        }
      }
    }
  }

  private int firstCentreRight(int r, double cy, double[] xy, int lo, int hi) {
    double loX = xy[lo];
    double loY = xy[lo + 1];
    double hiX = xy[hi];
    double hiY = xy[hi + 1];
    double x = loX + (cy - loY) * ((hiX - loX) / (hiY - loY));
    int k =
        GridBuilder.clamp(Math.ceil((x - layout.minX[r]) * layout.scale - 0.5), layout.width[r]);
    while (k > 0 && !leftOf(r, k - 1, cy, loX, loY, hiX, hiY)) {
      k--;
    }
    while (k < layout.width[r] && leftOf(r, k, cy, loX, loY, hiX, hiY)) {
      k++;
    }
    return k;
  }

  /**
   * Whether centre k of the row lies strictly left of the upward edge, i.e. before its crossing.
   */
  private boolean leftOf(int r, int k, double cy, double loX, double loY, double hiX, double hiY) {
    return Predicates.orientation(loX, loY, hiX, hiY, layout.centerX(r, k), cy) > 0;
  }
}
