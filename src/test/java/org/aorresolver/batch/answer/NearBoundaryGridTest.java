package org.aorresolver.batch.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.aorresolver.Edition;
import org.aorresolver.Resolver;
import org.aorresolver.Seeds;
import org.aorresolver.TestData;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The grid never leaves unmarked a point that the exact distance finds near a boundary. */
class NearBoundaryGridTest {
  private static final long SEED = Seeds.of("nearBoundaryGridTest.seed", 20261204L);

  @Test
  void marksEveryPointNearAnOfficeBoundaryAndFewOthers() {
    Resolver resolver = BatchFixture.resolver().resolver();
    Random random = new Random(SEED);
    int near = 0;
    for (Edition e : Edition.values()) {
      NearBoundaryGrid grid = BatchFixture.resolver().grid(e);
      List<Aor> aors = TestData.shipped().aors().get(e);
      for (int i = 0; i < 20_000; i++) {
        Coordinate[] cs = aors.get(random.nextInt(aors.size())).area().getCoordinates();
        Coordinate c = cs[random.nextInt(cs.length)];
        double lat = c.y + (random.nextDouble() - 0.5) * 0.1;
        double lon = Math.max(-180, Math.min(180, c.x + (random.nextDouble() - 0.5) * 0.1));
        int county = resolver.countyIndexAt(lat, lon);
        String office = county < 0 ? null : TestData.shipped().counties().get(county).office(e);
        if (office == null) {
          continue;
        }
        String across = resolver.officeAcrossBoundary(lat, lon, e, office);
        if (across != null) {
          near++;
          assertThat(grid.marked(lat, lon))
              .as("%s,%s in %s near %s (seed %d)", lat, lon, office, across, SEED)
              .isTrue();
        }
      }
      assertThat(grid.markedShare()).isLessThan(0.02);
    }
    assertThat(near).isGreaterThan(1000);
  }

  @Test
  void leavesCountyInteriorsFarFromOfficeLinesUnmarked() {
    NearBoundaryGrid grid = BatchFixture.resolver().grid(Edition.E2021);
    assertThat(grid.marked(29.42, -98.49)).as("San Antonio").isFalse();
    assertThat(grid.marked(39.74, -104.99)).as("Denver").isFalse();
    assertThat(grid.marked(28.335147, -98.333977)).as("40 m from the HOU/SNA line").isTrue();
    List<County> counties = TestData.shipped().counties();
    assertThat(counties).isNotEmpty();
  }
}
