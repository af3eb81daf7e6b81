package org.aorresolver.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aorresolver.Geodata;
import org.aorresolver.Seeds;
import org.aorresolver.TestData;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.CountyPoints;
import org.aorresolver.geo.JtsAreaIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class GridIndexTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /** Grid sizes to try on small inputs: one cell, a few, many. */
  private static final int[] TARGETS = {1, 4, 64, 4096, GridIndex.TARGET_CELLS};

  // ---- the boundary rule on small geometries

  @Test
  void pointInsideAnAreaBelongsToIt() {
    List<Geometry> areas = List.of(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));

    assertLocates(areas, 0.5, 0.5, 0);
    assertLocates(areas, 1e-9, 1e-9, 0);
  }

  @Test
  void pointOutsideEveryAreaBelongsToNone() {
    List<Geometry> areas = List.of(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));

    assertLocates(areas, 1.5, 0.5, AreaLocator.NONE);
    assertLocates(areas, 1 + 1e-12, 0.5, AreaLocator.NONE);
    assertLocates(areas, -120, 40, AreaLocator.NONE);
  }

  @Test
  void pointsWithoutFiniteCoordinatesBelongToNone() {
    // (JtsAreaIndex answers 0 for (NaN, 0.5): not a point, not a rule to copy)
    GridIndex grid = GridIndex.of(List.of(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")));

    assertThat(grid.locate(Double.NaN, 0.5)).isEqualTo(AreaLocator.NONE);
    assertThat(grid.locate(0.5, Double.NaN)).isEqualTo(AreaLocator.NONE);
    assertThat(grid.locate(0.5, Double.POSITIVE_INFINITY)).isEqualTo(AreaLocator.NONE);
    assertThat(grid.locate(Double.NEGATIVE_INFINITY, 0.5)).isEqualTo(AreaLocator.NONE);
  }

  @Test
  void pointOnASharedEdgeBelongsToTheLowerIndexAndNeighboursKeepTheirSide() {
    Geometry west = wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    Geometry east = wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");

    for (List<Geometry> areas : List.of(List.of(east, west), List.of(west, east))) {
      int w = areas.indexOf(west);
      int e = areas.indexOf(east);
      assertLocates(areas, 1, 0.5, 0);
      assertLocates(areas, 1, 0.123456789, 0);
      assertLocates(areas, 1 - 1e-9, 0.5, w);
      assertLocates(areas, 1 + 1e-9, 0.5, e);
      assertLocates(areas, Math.nextDown(1.0), 0.5, w);
      assertLocates(areas, Math.nextUp(1.0), 0.5, e);
    }
  }

  @Test
  void pointOnAVertexSharedByFourAreasBelongsToTheLowest() {
    List<Geometry> areas =
        List.of(
            wkt("POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"),
            wkt("POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))"),
            wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
            wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"));

    assertLocates(areas, 1, 1, 0);
    assertLocates(areas, 1 - 1e-9, 1 - 1e-9, 2);
    assertLocates(areas, 1 + 1e-9, 1 - 1e-9, 3);
    assertLocates(areas, 1, 0.5, 2);
    assertLocates(areas, 0, 0, 2);
  }

  @Test
  void pointOnTheOuterBoundaryBelongsToTheArea() {
    List<Geometry> areas = List.of(wkt("POLYGON ((0 0, 3 0, 0 3, 0 0))"));

    assertLocates(areas, 0, 0, 0);
    assertLocates(areas, 1.5, 1.5, 0);
    assertLocates(areas, 0.75, 2.25, 0);
    assertLocates(areas, Math.nextUp(1.5), 1.5, AreaLocator.NONE);
  }

  @Test
  void pointInAHoleBelongsToNoneAndOnTheHolesEdgeToTheArea() {
    List<Geometry> areas =
        List.of(wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))"));

    assertLocates(areas, 2, 2, AreaLocator.NONE);
    assertLocates(areas, 0.5, 2, 0);
    assertLocates(areas, 1, 2, 0);
    assertLocates(areas, 3, 3, 0);
    assertLocates(areas, 1 + 1e-9, 2, AreaLocator.NONE);
  }

  @Test
  void anIslandInAHoleTakesPointsOnTheirCommonEdgeByTheLowerIndex() {
    Geometry ring = wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))");
    Geometry island = wkt("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))");

    assertLocates(List.of(island, ring), 2, 2, 0);
    assertLocates(List.of(island, ring), 1, 2, 0);
    assertLocates(List.of(ring, island), 1, 2, 0);
    assertLocates(List.of(ring, island), 2, 2, 1);
    assertLocates(List.of(ring, island), 0.5, 2, 0);
  }

  @Test
  void everyPartOfAMultiPolygonBelongsToItsArea() {
    List<Geometry> areas =
        List.of(
            wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
            wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 0, 3 0, 3 1, 2 1, 2 0)))"));

    assertLocates(areas, 0.5, 0.5, 1);
    assertLocates(areas, 2.5, 0.5, 1);
    assertLocates(areas, 1.5, 0.5, 0);
    assertLocates(areas, 2, 0.5, 0);
    assertLocates(areas, 3, 0.5, 1);
  }

  @Test
  void piecesOnBothSidesOfTheAntimeridianAreSeparateRegionsOfOnePlane() {
    List<Geometry> areas =
        List.of(
            wkt("POLYGON ((-180 51, -178 51, -178 52, -180 52, -180 51))"),
            wkt(
                "MULTIPOLYGON (((172 52, 180 52, 180 53, 172 53, 172 52)),"
                    + " ((-180 52, -179 52, -179 53, -180 53, -180 52)))"),
            wkt("POLYGON ((-120 30, -110 30, -110 40, -120 40, -120 30))"));

    assertLocates(areas, 179.5, 52.5, 1);
    assertLocates(areas, 180, 52.5, 1);
    assertLocates(areas, -180, 52.5, 1);
    assertLocates(areas, -179.5, 52.5, 1);
    assertLocates(areas, -179.5, 51.5, 0);
    assertLocates(areas, -180, 52, 0);
    assertLocates(areas, -179, 52, 0);
    assertLocates(areas, 180, 51.5, AreaLocator.NONE);
    assertLocates(areas, 180.5, 52.5, AreaLocator.NONE);
    assertLocates(areas, -115, 35, 2);
  }

  @Test
  void emptyAreasHoldNothingButKeepTheirIndex() {
    List<Geometry> areas =
        List.of(GEOMETRY.createPolygon(), wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));

    assertLocates(areas, 0.5, 0.5, 1);
    assertThat(GridIndex.of(List.of()).locate(0, 0)).isEqualTo(AreaLocator.NONE);
  }

  @Test
  void cellCentresOnAnEdgeAreHandled() {
    // a 2 x 2 box in 4 cells of 1: the edge x = 0.5 runs through the centres of two cells
    List<Geometry> areas =
        List.of(
            wkt("POLYGON ((0 0, 0.5 0, 0.5 2, 0 2, 0 0))"),
            wkt("POLYGON ((0.5 0, 2 0, 2 1.5, 1.5 1.5, 1.5 2, 0.5 2, 0.5 0))"));
    GridIndex grid = GridIndex.of(areas, 4);
    JtsAreaIndex jts = JtsAreaIndex.of(areas);

    for (double x = -0.25; x <= 2.25; x += 1.0 / 32) {
      for (double y = -0.25; y <= 2.25; y += 1.0 / 32) {
        assertThat(grid.locate(x, y)).as("(%s, %s)", x, y).isEqualTo(jts.locate(x, y));
      }
    }
  }

  @Test
  void refusesOverlappingAreas() {
    List<Geometry> areas =
        List.of(
            wkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"), wkt("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))"));

    assertThatThrownBy(() -> GridIndex.of(areas))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void refusesGeometriesThatAreNotAreas() {
    List<Geometry> areas = List.of(wkt("LINESTRING (0 0, 1 1)"));

    assertThatThrownBy(() -> GridIndex.of(areas))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 0 is a LineString");
  }

  // ---- random coverages against JTS

  /**
   * Random coverages: a jittered lattice of quadrilaterals on a grid of 1/8, each quad given to one
   * of a few areas or to none, unioned per area (so with MultiPolygons, holes, shared edges and
   * vertices); queried at every point of a 1/16 lattice (all vertices, all edge midpoints, many
   * points on edges) and at random points.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithJtsOnRandomCoverages(long seed) {
    List<Geometry> areas = randomCoverage(new SplittableRandom(seed), 7, 5);
    JtsAreaIndex jts = JtsAreaIndex.of(areas);
    SplittableRandom random = new SplittableRandom(seed);
    for (int target : TARGETS) {
      GridIndex grid = GridIndex.of(areas, target);
      for (double x = -0.5; x <= 8.5; x += 1.0 / 16) {
        for (double y = -0.5; y <= 8.5; y += 1.0 / 16) {
          assertThat(grid.locate(x, y))
              .as("seed %d, %d cells, (%s, %s)", seed, target, x, y)
              .isEqualTo(jts.locate(x, y));
        }
      }
      for (int k = 0; k < 20_000; k++) {
        double x = -0.5 + 9 * random.nextDouble();
        double y = -0.5 + 9 * random.nextDouble();
        assertThat(grid.locate(x, y))
            .as("seed %d, %d cells, (%s, %s)", seed, target, x, y)
            .isEqualTo(jts.locate(x, y));
      }
    }
  }

  private static List<Geometry> randomCoverage(SplittableRandom random, int size, int areaCount) {
    double[][][] vertex = new double[size + 1][size + 1][];
    for (int i = 0; i <= size; i++) {
      for (int j = 0; j <= size; j++) {
        vertex[i][j] =
            new double[] {i + random.nextInt(-2, 3) / 8.0, j + random.nextInt(-2, 3) / 8.0};
      }
    }
    List<List<Geometry>> quads = new ArrayList<>();
    for (int a = 0; a < areaCount; a++) {
      quads.add(new ArrayList<>());
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        int a = random.nextInt(areaCount + 1);
        if (a < areaCount) {
          quads
              .get(a)
              .add(quad(vertex[i][j], vertex[i + 1][j], vertex[i + 1][j + 1], vertex[i][j + 1]));
        }
      }
    }
    List<Geometry> areas = new ArrayList<>();
    for (List<Geometry> q : quads) {
      Geometry area = q.isEmpty() ? GEOMETRY.createPolygon() : UnaryUnionOp.union(q);
      assertThat(area.isValid()).isTrue();
      areas.add(area);
    }
    return areas;
  }

  private static Geometry quad(double[]... corners) {
    Coordinate[] ring = new Coordinate[5];
    for (int k = 0; k < 5; k++) {
      ring[k] = new Coordinate(corners[k % 4][0], corners[k % 4][1]);
    }
    return GEOMETRY.createPolygon(ring);
  }

  // ---- the shipped counties against JTS

  /**
   * The shipped counties, 1,200,000 seeded points: uniform over the bounding box of each region,
   * and at or near edges (exact vertices, exact midpoints, on edges, 1e-9 to 1e-3 degrees off).
   */
  @Test
  @Tag("slow")
  void agreesWithJtsOnTheShippedCounties() {
    Geodata data = TestData.shipped();
    List<Geometry> areas = data.countyAreas();
    GridIndex grid = GridIndex.of(areas);
    JtsAreaIndex jts = JtsAreaIndex.of(areas);
    long seed = Seeds.of("gridIndexTest.seed", 20261129L);
    List<Envelope> regions = new ArrayList<>(CountyPoints.regions(data).values());
    double[] uniform = CountyPoints.uniform(regions, 600_000, seed);
    double[] near = CountyPoints.nearBoundary(areas, 600_000, seed + 100);

    assertThat(disagreements(grid, jts, uniform)).as("uniform, seed %d", seed).isEmpty();
    assertThat(disagreements(grid, jts, near)).as("near boundaries, seed %d", seed).isEmpty();
  }

  /** The first few points where the two disagree, described. */
  static List<String> disagreements(AreaLocator grid, AreaLocator jts, double[] points) {
    List<String> found = new ArrayList<>();
    for (int k = 0; k < points.length && found.size() < 10; k += 2) {
      int g = grid.locate(points[k], points[k + 1]);
      int j = jts.locate(points[k], points[k + 1]);
      if (g != j) {
        found.add(
            String.format(
                Locale.ROOT, "(%s, %s): grid %d, JTS %d", points[k], points[k + 1], g, j));
      }
    }
    return found;
  }

  @Test
  void shippedCountiesFitTheMemoryBudget() {
    GridIndex grid = GridIndex.of(TestData.shipped().countyAreas());

    assertThat(grid.cellCount())
        .isBetween(GridIndex.TARGET_CELLS, GridIndex.TARGET_CELLS * 21 / 20);
    assertThat(grid.regionCount()).isEqualTo(7);
    assertThat(grid.sizeInBytes()).isLessThanOrEqualTo(8L << 20);
  }

  @Test
  void lookupsDoNotAllocate() {
    Geodata data = TestData.shipped();
    GridIndex grid = GridIndex.of(data.countyAreas());
    double[] points = CountyPoints.nearBoundary(data.countyAreas(), 200_000, 7);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = lookUpAll(grid, points); // warm up
    long before = threads.getCurrentThreadAllocatedBytes();
    sum += lookUpAll(grid, points);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(allocated).as("bytes allocated by %d lookups (%d)", points.length, sum).isZero();
  }

  private static long lookUpAll(AreaLocator locator, double[] points) {
    long sum = 0;
    for (int k = 0; k < points.length; k += 2) {
      sum += locator.locate(points[k], points[k + 1]);
    }
    return sum;
  }

  // ---- helpers

  /** Checks the answer of the grid index, at several cell sizes, and of JTS. */
  private static void assertLocates(List<Geometry> areas, double lon, double lat, int expected) {
    assertThat(JtsAreaIndex.of(areas).locate(lon, lat))
        .as("JTS at (%s, %s)", lon, lat)
        .isEqualTo(expected);
    for (int target : TARGETS) {
      assertThat(GridIndex.of(areas, target).locate(lon, lat))
          .as("grid of %d cells at (%s, %s)", target, lon, lat)
          .isEqualTo(expected);
    }
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader(GEOMETRY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
