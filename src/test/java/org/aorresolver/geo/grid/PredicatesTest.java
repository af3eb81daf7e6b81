package org.aorresolver.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.aorresolver.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PredicatesTest {
  @Test
  void leftIsPositiveRightNegativeCollinearZero() {
    assertThat(Predicates.orientation(0, 0, 1, 0, 0.5, 1)).isEqualTo(1);
    assertThat(Predicates.orientation(0, 0, 1, 0, 0.5, -1)).isEqualTo(-1);
    assertThat(Predicates.orientation(0, 0, 1, 0, 7, 0)).isZero();
    assertThat(Predicates.orientation(0, 0, 1, 0, 0, 0)).isZero();
  }

  @Test
  void decidesPointsAFewUlpsFromALineExactly() {
    // 0.1, 0.2, 0.3 are not collinear in binary: the filter cannot tell, the exact stage can
    assertThat(Predicates.orientation(0.1, 0.1, 0.3, 0.3, 0.2, 0.2))
        .isEqualTo(exactSign(0.1, 0.1, 0.3, 0.3, 0.2, 0.2));
    assertThat(
            Predicates.orientation(
                -86.884538, 32.482687, -86.855824, 32.438875, -86.870181, 32.460781))
        .isEqualTo(exactSign(-86.884538, 32.482687, -86.855824, 32.438875, -86.870181, 32.460781));
  }

  /**
   * Points on or within a few ulps of a random line, at the scale of geographic coordinates, near
   * zero (where coordinate differences are not exact and JTS's double-double stage decides) and
   * mixed, against exact rational arithmetic.
   */
  @ParameterizedTest
  @ValueSource(doubles = {180, 1e-6, 1})
  void agreesWithExactArithmeticNearLines(double scale) {
    long seed = Seeds.of("predicatesTest.seed", 20261129L);
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 100_000; k++) {
      double ax = scale * (2 * random.nextDouble() - 1);
      double ay = scale * (2 * random.nextDouble() - 1);
      double bx = random.nextBoolean() ? -ax : scale * (2 * random.nextDouble() - 1);
      double by = scale * (2 * random.nextDouble() - 1);
      double t = random.nextInt(3) == 0 ? 0.5 : random.nextDouble();
      double px = ax + t * (bx - ax);
      double py = ay + t * (by - ay);
      for (int u = random.nextInt(4); u > 0; u--) {
        px = random.nextBoolean() ? Math.nextUp(px) : Math.nextDown(px);
      }
      assertThat(Predicates.orientation(ax, ay, bx, by, px, py))
          .as("seed %d: (%s, %s) (%s, %s) (%s, %s)", seed, ax, ay, bx, by, px, py)
          .isEqualTo(exactSign(ax, ay, bx, by, px, py));
    }
  }

  private static int exactSign(double ax, double ay, double bx, double by, double px, double py) {
    BigDecimal dx1 = new BigDecimal(bx).subtract(new BigDecimal(ax));
    BigDecimal dy1 = new BigDecimal(by).subtract(new BigDecimal(ay));
    BigDecimal dx2 = new BigDecimal(px).subtract(new BigDecimal(ax));
    BigDecimal dy2 = new BigDecimal(py).subtract(new BigDecimal(ay));
    return dx1.multiply(dy2).subtract(dy1.multiply(dx2)).signum();
  }
}
