package org.aorresolver.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aorresolver.Seeds;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class SegmentIndexTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final double M = Distances.METERS_PER_DEGREE;

  /** Two unit squares side by side at the equator: west [0, 1], east [1, 2]. */
  private static final List<Geometry> SQUARES =
      List.of(
          GEOMETRY.toGeometry(new Envelope(0, 1, 0, 1)),
          GEOMETRY.toGeometry(new Envelope(1, 2, 0, 1)));

  @Test
  void theNearestBoundaryOfASquareIsItsNearestEdge() {
    SegmentIndex index = SegmentIndex.of(List.of(box(0, 0, 1, 1)));

    SegmentIndex.Hit hit = index.nearest(0.3, 0.5, -1, 1e7);

    assertThat(hit.label()).isZero();
    assertThat(hit.meters()).isCloseTo(0.3 * M * Math.cos(Math.toRadians(0.5)), within(1e-6));
  }

  @Test
  void aBoundaryOfTheExcludedAreaDoesNotCount() {
    SegmentIndex index = SegmentIndex.of(List.of(box(0, 0, 1, 1), box(3, 0, 4, 1)));

    SegmentIndex.Hit hit = index.nearest(0.5, 0.5, 0, 1e7);

    assertThat(hit.label()).isEqualTo(1);
    assertThat(hit.meters()).isCloseTo(2.5 * M * Math.cos(Math.toRadians(0.5)), within(1e-6));
  }

  @Test
  void nothingIsFoundBeyondTheDistanceAsked() {
    SegmentIndex index = SegmentIndex.of(List.of(box(0, 0, 1, 1)));

    assertThat(index.nearest(3, 0.5, -1, 100_000)).isNull();
    assertThat(index.nearest(3, 0.5, -1, 300_000)).isNotNull();
  }

  @Test
  void labelsCanBeGivenPerArea() {
    SegmentIndex index =
        SegmentIndex.of(List.of(box(0, 0, 1, 1), box(3, 0, 4, 1)), new int[] {7, 9});

    assertThat(index.nearest(3.5, 0.5, -1, 1e7).label()).isEqualTo(9);
    assertThat(index.nearest(3.5, 0.5, 9, 1e7).label()).isEqualTo(7);
  }

  @Test
  void distancesWrapAtTheAntimeridian() {
    SegmentIndex index = SegmentIndex.of(List.of(box(179, 51, 179.9, 52)));

    SegmentIndex.Hit hit = index.nearest(-179.9, 51.5, -1, 1e6);

    assertThat(hit.meters()).isCloseTo(0.2 * M * Math.cos(Math.toRadians(51.5)), within(1e-3));
  }

  @Test
  void everySegmentCountsIncludingTheSharedEdge() {
    SegmentIndex.Hit hit = SegmentIndex.of(SQUARES).nearest(0.9, 0.5, -1, 1e6);

    assertThat(hit.meters()).isCloseTo(0.1 * 111_195, within(50.0));
  }

  @Test
  void theOutlineLeavesOutTheEdgeNeighboursShare() {
    SegmentIndex.Hit hit = SegmentIndex.outline(SQUARES).nearest(0.9, 0.5, -1, 1e6);

    assertThat(hit.meters()).isCloseTo(0.5 * 111_195, within(50.0));
  }

  @Test
  void fromOutsideTheOutlineAnswersAsAllSegmentsDo() {
    SegmentIndex all = SegmentIndex.of(SQUARES);
    SegmentIndex outline = SegmentIndex.outline(SQUARES);

    for (double[] p : new double[][] {{2.3, 0.5}, {1.3, 1.2}, {-0.4, -0.4}, {1.5, -0.01}}) {
      SegmentIndex.Hit a = all.nearest(p[0], p[1], -1, 1e6);
      SegmentIndex.Hit b = outline.nearest(p[0], p[1], -1, 1e6);
      assertThat(b.meters()).as("(%s, %s)", p[0], p[1]).isEqualTo(a.meters());
      assertThat(b.label()).as("(%s, %s)", p[0], p[1]).isEqualTo(a.label());
    }
  }

  @Test
  void anEmptyIndexFindsNothing() {
    assertThat(SegmentIndex.of(List.of()).nearest(0, 0, -1, 1e9)).isNull();
  }

  /**
   * Seeded random polygons all over the globe (on both sides of the antimeridian, which, like the
   * geodata's, they do not cross, and up to 85° north and south), queried near and far at the
   * distances the resolver asks for (snapping, offshore, office boundaries), against a scan of
   * every segment.
   */
  @Test
  void agreesWithAScanOfEverySegment() {
    long seed = Seeds.of("segmentIndexTest.seed", 20261129L);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 20; round++) {
      List<Geometry> areas = new ArrayList<>();
      int[] labels = new int[1 + random.nextInt(12)];
      for (int a = 0; a < labels.length; a++) {
        areas.add(randomPolygon(random));
        labels[a] = random.nextInt(4);
      }
      SegmentIndex index = SegmentIndex.of(areas, labels);
      for (int q = 0; q < 500; q++) {
        double[] p = query(random, areas);
        int excluded = random.nextInt(5) - 1;
        double max = new double[] {5_556, 100_000, 370_400, 1_000_000}[random.nextInt(4)];
        SegmentIndex.Hit hit = index.nearest(p[0], p[1], excluded, max);
        Scan scan = scan(areas, labels, p[0], p[1], excluded);
        String where =
            String.format(
                "seed %d, round %d: (%s, %s) excluding %d within %s m",
                seed, round, p[0], p[1], excluded, max);
        if (scan.meters > max) {
          assertThat(hit).as(where).isNull();
        } else {
          assertThat(hit).as(where).isNotNull();
          assertThat(hit.meters())
              .as(where)
              .isCloseTo(scan.meters, within(1e-6 + scan.meters * 1e-12));
          assertThat(scan.labels).as(where).contains(hit.label());
        }
      }
    }
  }

  /** The nearest distance in the index's metric and the labels of the segments at it. */
  private record Scan(double meters, List<Integer> labels) {}

  private static Scan scan(List<Geometry> areas, int[] labels, double x, double y, int excluded) {
    double best = Double.POSITIVE_INFINITY;
    List<Integer> at = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      if (labels[a] == excluded) {
        continue;
      }
      Coordinate[] cs = ((Polygon) areas.get(a)).getExteriorRing().getCoordinates();
      for (int i = 1; i < cs.length; i++) {
        double d = equirectangular(x, y, cs[i - 1], cs[i]);
        double tie = 1e-6 + d * 1e-12;
        if (d < best - tie) {
          best = d;
          at.clear();
        }
        if (Math.abs(d - best) <= tie) {
          at.add(labels[a]);
        }
      }
    }
    return new Scan(best, at);
  }

  /**
   * The distance from (x, y) to a segment in a plane of metres centred on the point, x scaled by
   * the cosine of its latitude, the segment moved by whole turns to the side of the antimeridian
   * nearer the point.
   */
  private static double equirectangular(double x, double y, Coordinate a, Coordinate b) {
    double kx = Math.cos(Math.toRadians(y)) * M;
    double shift = Distances.deltaLon(x, a.x) - (a.x - x);
    double ax = (a.x + shift - x) * kx;
    double ay = (a.y - y) * M;
    double bx = (b.x + shift - x) * kx;
    double by = (b.y - y) * M;
    double best = Math.min(Math.hypot(ax, ay), Math.hypot(bx, by));
    double vx = bx - ax;
    double vy = by - ay;
    double t = -(ax * vx + ay * vy) / (vx * vx + vy * vy);
    if (t > 0 && t < 1) {
      best = Math.min(best, Math.hypot(ax + t * vx, ay + t * vy));
    }
    return best;
  }

  /**
   * A polygon of 3 to 8 vertices around a random centre, up to 3° across, a quarter of them at the
   * antimeridian (cut there).
   */
  private static Polygon randomPolygon(SplittableRandom random) {
    double cx =
        random.nextInt(4) == 0
            ? (random.nextBoolean() ? 1 : -1) * (178.5 + random.nextDouble())
            : -178 + random.nextDouble() * 356;
    double cy = -80 + random.nextDouble() * 160;
    int n = 3 + random.nextInt(6);
    double radius = 0.01 + random.nextDouble() * 1.5;
    Coordinate[] ring = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n + random.nextDouble() * 0.5;
      double x = cx + radius * Math.cos(angle);
      double y = Math.max(-85, Math.min(85, cy + radius * Math.sin(angle)));
      ring[i] = new Coordinate(Math.max(-180, Math.min(180, x)), y);
    }
    ring[n] = ring[0].copy();
    LinearRing shell = GEOMETRY.createLinearRing(ring);
    return GEOMETRY.createPolygon(shell);
  }

  /** Half the time beside a vertex of one of the areas, else anywhere. */
  private static double[] query(SplittableRandom random, List<Geometry> areas) {
    if (random.nextBoolean()) {
      Coordinate[] cs = areas.get(random.nextInt(areas.size())).getCoordinates();
      Coordinate c = cs[random.nextInt(cs.length)];
      double x = c.x + (random.nextDouble() - 0.5) * 2;
      return new double[] {
        x > 180 ? x - 360 : x < -180 ? x + 360 : x,
        Math.max(-85, Math.min(85, c.y + (random.nextDouble() - 0.5) * 2))
      };
    }
    return new double[] {-180 + random.nextDouble() * 360, -85 + random.nextDouble() * 170};
  }

  private static Polygon box(double x0, double y0, double x1, double y1) {
    return GEOMETRY.createPolygon(
        new Coordinate[] {
          new Coordinate(x0, y0),
          new Coordinate(x1, y0),
          new Coordinate(x1, y1),
          new Coordinate(x0, y1),
          new Coordinate(x0, y0)
        });
  }
}
