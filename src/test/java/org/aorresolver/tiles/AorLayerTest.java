package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The per-zoom simplification of the {@code aor} layer keeps the AORs a coverage. */
class AorLayerTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 4, 6, 8, 10, 12})
  void neighboursStillShareTheirEdgesAfterSimplification(int z) {
    for (Edition e : Edition.values()) {
      Geometry[] problems = CoverageValidator.validate(simplified(e, z));
      for (int i = 0; i < problems.length; i++) {
        assertThat((Object) problems[i]).as("%s zoom %d: %s", e, z, office(e, i)).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, 8, 12})
  void everyPairOfNeighboursStillTouchesAlongALine(int z) {
    for (Edition e : Edition.values()) {
      List<Aor> aors = TestData.shipped().aors().get(e);
      Geometry[] simplified = simplified(e, z);
      for (int i = 0; i < aors.size(); i++) {
        for (int j = i + 1; j < aors.size(); j++) {
          Geometry before = aors.get(i).area().intersection(aors.get(j).area());
          if (before.getDimension() == 1) {
            Geometry after = simplified[i].intersection(simplified[j]);
            assertThat(after.getDimension())
                .as("%s zoom %d: %s and %s", e, z, office(e, i), office(e, j))
                .isEqualTo(1);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 8, 12})
  void harlingenAndSanAntonioTouchAlongALineAndDoNotOverlap(int z) {
    Geometry[] coverage = simplified(Edition.E2021, z);
    Geometry harlingen = coverage[index(Edition.E2021, "HLG")];
    Geometry sanAntonio = coverage[index(Edition.E2021, "SNA")];
    Geometry shared = harlingen.intersection(sanAntonio);
    assertThat(shared.getDimension()).isEqualTo(1);
    assertThat(shared.getLength()).isPositive();
    assertThat(harlingen.union(sanAntonio).getArea())
        .isCloseTo(harlingen.getArea() + sanAntonio.getArea(), withinPercentage(1e-9));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4})
  void lowZoomsHaveFewerVertices(int z) {
    List<Aor> aors = TestData.shipped().aors().get(Edition.E2021);
    int original = aors.stream().mapToInt(a -> a.area().getNumPoints()).sum();
    int simplified = 0;
    for (Geometry g : simplified(Edition.E2021, z)) {
      simplified += g.getNumPoints();
    }
    assertThat(simplified).isLessThan(original * 2 / 3);
  }

  private static final Map<Edition, List<List<List<Polygon>>>> BY_ZOOM = new ConcurrentHashMap<>();

  private static Geometry[] simplified(Edition e, int z) {
    List<List<List<Polygon>>> zooms =
        BY_ZOOM.computeIfAbsent(
            e,
            k ->
                AorLayer.simplifiedByZoom(
                    TestData.shipped().aors().get(k), TileCoord.MIN_ZOOM, AorTiles.TOLERANCE));
    return zooms.get(z - TileCoord.MIN_ZOOM).stream()
        .map(list -> FACTORY.buildGeometry(list))
        .toArray(Geometry[]::new);
  }

  private static String office(Edition e, int i) {
    return TestData.shipped().aors().get(e).get(i).office();
  }

  private static int index(Edition e, String office) {
    List<Aor> aors = TestData.shipped().aors().get(e);
    for (int i = 0; i < aors.size(); i++) {
      if (aors.get(i).office().equals(office)) {
        return i;
      }
    }
    throw new IllegalArgumentException(office);
  }
}
