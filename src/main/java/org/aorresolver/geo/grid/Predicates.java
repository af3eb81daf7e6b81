package org.aorresolver.geo.grid;

import java.math.BigDecimal;

/**
 * The exact orientation predicate the grid index decides with: exact for all finite coordinates,
 * fast and allocation-free for all but pathological ones.
 *
 * <p>Three stages. A floating-point filter with Shewchuk's error bound decides nearly every call.
 * When the point is too close to the line for the filter, Kahan's FMA algorithm computes the
 * determinant of the coordinate differences with a relative error of at most 2u (Jeannerod, Louvet
 * and Muller, Math. Comp. 2013), so its sign is exact, provided the differences are exact (always
 * so for coordinates within a factor of two of one another, by Sterbenz's lemma: any two points of
 * a grid cell not at 0° of latitude or longitude) and nothing underflows. Otherwise exact decimal
 * arithmetic, which allocates.
 */
final class Predicates {
  /** Shewchuk's {@code ccwerrboundA}: (3 + 16 eps) eps with eps = 2^-53. */
  private static final double FILTER_BOUND = (3.0 + 16.0 * 0x1p-53) * 0x1p-53;

  /** Products at least this large have exact rounding errors: the error bounds hold. */
  private static final double NO_UNDERFLOW = 0x1p-900;

  private Predicates() {}

  /**
   * 1 if p lies left of the directed line from a to b (a, b, p counter-clockwise), -1 if right, 0
   * if the three points are collinear. Same convention as JTS {@code Orientation.index}.
   */
  static int orientation(double ax, double ay, double bx, double by, double px, double py) {
    // the determinant is (ax - px) * (by - py) - (ay - py) * (bx - px)
    if (ax == px || by == py) {
      return -productSign(ay, py, bx, px);
    }
    if (ay == py || bx == px) {
      return productSign(ax, px, by, py);
    }
    double detLeft = (ax - px) * (by - py);
    double detRight = (ay - py) * (bx - px);
    double det = detLeft - detRight;
    double bound = FILTER_BOUND * (Math.abs(detLeft) + Math.abs(detRight));
    if (Math.abs(det) > bound && bound > NO_UNDERFLOW * FILTER_BOUND && bound < Double.MAX_VALUE) {
      return det > 0 ? 1 : -1;
    }
    return exact(ax, ay, bx, by, px, py);
  }

  /** The sign of (a - b) * (c - d), from comparisons alone. */
  private static int productSign(double a, double b, double c, double d) {
    if (a == b || c == d) {
      return 0;
    }
    return (a > b) == (c > d) ? 1 : -1;
  }

  private static int exact(double ax, double ay, double bx, double by, double px, double py) {
    double dx1 = bx - ax;
    double dy1 = by - ay;
    double dx2 = px - ax;
    double dy2 = py - ay;
    double w = dy1 * dx2;
    double v = dx1 * dy2;
    if (isExact(bx, ax, dx1)
        && isExact(by, ay, dy1)
        && isExact(px, ax, dx2)
        && isExact(py, ay, dy2)
        && Math.min(Math.abs(w), Math.abs(v)) > NO_UNDERFLOW
        && Math.max(Math.abs(w), Math.abs(v)) < Double.MAX_VALUE) {
      // Kahan: dx1 * dy2 - dy1 * dx2 with relative error <= 2u, so its sign is exact
      double e = Math.fma(-dy1, dx2, w);
      double f = Math.fma(dx1, dy2, -w);
      double det = f + e;
      return det > 0 ? 1 : det < 0 ? -1 : 0;
    }
    return rational(ax, ay, bx, by, px, py);
  }

  /** The sign computed with exact decimals (every finite double is a finite decimal). */
  private static int rational(double ax, double ay, double bx, double by, double px, double py) {
    BigDecimal left = decimal(ax, px).multiply(decimal(by, py));
    BigDecimal right = decimal(ay, py).multiply(decimal(bx, px));
    return left.compareTo(right);
  }

  private static BigDecimal decimal(double a, double b) {
    return new BigDecimal(a).subtract(new BigDecimal(b));
  }

  /** Whether {@code difference}, computed as a - b, is exact (Knuth's TwoSum error is zero). */
  private static boolean isExact(double a, double b, double difference) {
    double bVirtual = difference - a;
    double aVirtual = difference - bVirtual;
    return (a - aVirtual) + (-b - bVirtual) == 0;
  }
}
