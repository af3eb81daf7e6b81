package org.aorresolver.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.PreciseGeodata;
import org.aorresolver.Seeds;
import org.aorresolver.TestData;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.Distances;
import org.aorresolver.geo.OutsideCells;
import org.aorresolver.geo.grid.GridIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link Locator#locate}, which lets what holds for a whole cell ({@link OutsideCells}) spare its
 * searches, against the same steps searching every time, on seeded random points: uniform over the
 * globe; near the counties' coasts and land borders and foreign coasts, from a millimetre to past
 * the 200-mile limit; on the cells' own edges; around the antimeridian, the territories and the
 * poles; and the usual placeholders. Each answer must be the same in every field, and every point
 * given a shared answer must have the answer of that answer's example point. The seed is printed on
 * failure; {@code -DoutsideCells.seed=N} (or {@code -Dseed=N}) changes it.
 */
class OutsideCellsAgreeTest {
  private static final long SEED = Seeds.of("outsideCells.seed", 20261204L);

  /** Boxes (west, south, east, north) around the territories, the antimeridian and the lakes. */
  private static final double[][] BOXES = {
    {-68.5, 17, -64, 19}, // Puerto Rico and the Virgin Islands
    {144, 12.5, 147, 21}, // Guam and the Northern Marianas
    {-172, -15.5, -167.5, -10.5}, // American Samoa
    {-162, 18, -154, 23}, // Hawaii
    {170, 50, 180, 56}, // the Aleutians west of 180
    {-180, 50, -165, 56}, // and east of it
    {-169, 64, -166, 67}, // the Bering Strait
    {-93, 41, -75, 49.5}, // the Great Lakes
  };

  @Test
  void cellsChangeNoAnswerOnTheEmbeddedData() {
    check(TestData.shipped(), 1_000);
  }

  @Tag("slow")
  @Test
  void cellsChangeNoAnswerOnTheEmbeddedDataOnManyMorePoints() {
    check(TestData.shipped(), 40_000);
  }

  @Tag("slow")
  @Test
  void cellsChangeNoAnswerOnThePreciseData() {
    check(PreciseGeodata.data(), 10_000);
  }

  private static void check(Geodata data, int perPool) {
    Locator locator = locator(data);
    SplittableRandom random = new SplittableRandom(SEED);
    List<double[]> points = new ArrayList<>();
    uniform(points, random, perPool);
    near(points, random, outlineVertices(data.countyAreas()), perPool);
    List<Geometry> land = data.foreignLand().stream().map(ForeignLand::area).toList();
    near(points, random, outlineVertices(land), perPool / 2);
    cellEdges(points, random, perPool / 4);
    for (double[] box : BOXES) {
      for (int i = 0; i < perPool / 20; i++) {
        points.add(
            new double[] {
              box[1] + random.nextDouble() * (box[3] - box[1]),
              box[0] + random.nextDouble() * (box[2] - box[0])
            });
      }
    }
    for (double[] p : new double[][] {{0, 0}, {90, 180}, {-90, -180}, {90, 0}, {0, 180}}) {
      points.add(p);
    }
    List<String> disagreements = new ArrayList<>();
    int[] kinds = new int[4];
    for (double[] p : points) {
      LatLon at = LatLon.of(p[0], p[1]);
      Locator.Location fast = locator.locate(at);
      Locator.Location searched = locator.locateBySearch(at);
      if (!fast.equals(searched)) {
        disagreements.add(at + ": " + fast + " against " + searched);
      }
      int shared = locator.countyAt(at) == AreaLocator.NONE ? locator.sharedAnswer(p[0], p[1]) : -1;
      if (shared >= 0) {
        Locator.Location example = locator.locateBySearch(locator.sharedAnswerPoints().get(shared));
        if (!example.equals(searched)) {
          disagreements.add(at + ": shares answer " + shared + " " + example + ", is " + searched);
        }
      }
      if (locator.countyAt(at) == AreaLocator.NONE) {
        kinds[Math.min(3, 1 + OutsideCells.number(locator.cell(at)))]++;
      }
    }
    assertThat(disagreements)
        .as("seed %d (rerun with -DoutsideCells.seed=%d)", SEED, SEED)
        .isEmpty();
    // the cells must have been put to use: each kind many times over
    assertThat(java.util.Arrays.stream(kinds).min().orElseThrow())
        .as(
            "fewest of mixed, beyond the limit, beyond the snap distance, on foreign land %s; seed %d",
            java.util.Arrays.toString(kinds), SEED)
        .isGreaterThan(perPool / 100);
  }

  private static Locator locator(Geodata data) {
    AreaLocator counties =
        data.countyIndex() != null ? data.countyIndex() : GridIndex.of(data.countyAreas());
    return new Locator(
        data.counties(),
        data.countyAreas(),
        CompletableFuture.completedFuture(counties),
        data.foreignLand(),
        new EnumMap<>(data.aors()),
        data.manifest().snapMeters(),
        Runnable::run);
  }

  private static void uniform(List<double[]> points, SplittableRandom random, int n) {
    for (int i = 0; i < n; i++) {
      // uniform over the sphere: latitude from the arcsine of a uniform sine
      double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      points.add(new double[] {lat, -180 + 360 * random.nextDouble()});
    }
  }

  /**
   * Points at distances spread evenly on a log scale from 1 mm to 600 km (past the 200-mile limit)
   * from random vertices, in random directions.
   */
  private static void near(
      List<double[]> points, SplittableRandom random, List<Coordinate> vertices, int n) {
    for (int i = 0; i < n; i++) {
      Coordinate c = vertices.get(random.nextInt(vertices.size()));
      double meters = Math.pow(10, -3 + random.nextDouble() * 8.78);
      double angle = random.nextDouble() * 2 * Math.PI;
      double lat = c.y + meters * Math.sin(angle) / Distances.METERS_PER_DEGREE;
      double cos = Math.max(0.01, Math.cos(Math.toRadians(c.y)));
      double lon = c.x + meters * Math.cos(angle) / Distances.METERS_PER_DEGREE / cos;
      lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
      if (Math.abs(lat) <= 90) {
        points.add(new double[] {lat, lon});
      }
    }
  }

  /** Points on the half-degree lines of the cells and a few units in the last place off them. */
  private static void cellEdges(List<double[]> points, SplittableRandom random, int n) {
    for (int i = 0; i < n; i++) {
      double lat = -90 + 0.5 * random.nextInt(361);
      double lon = -180 + 0.5 * random.nextInt(721);
      int ulps = random.nextInt(7) - 3;
      for (int u = 0; u < Math.abs(ulps); u++) {
        lat = ulps > 0 ? Math.nextUp(lat) : Math.nextDown(lat);
        lon = ulps > 0 ? Math.nextDown(lon) : Math.nextUp(lon);
      }
      if (random.nextBoolean()) {
        lon = -180 + 360 * random.nextDouble();
      } else if (random.nextBoolean()) {
        lat = -90 + 180 * random.nextDouble();
      }
      points.add(
          new double[] {Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lon))});
    }
  }

  private static List<Coordinate> outlineVertices(List<Geometry> areas) {
    List<Coordinate> vertices = new ArrayList<>();
    for (Geometry g : areas) {
      for (Coordinate c : g.getCoordinates()) {
        vertices.add(c);
      }
    }
    return vertices;
  }
}
