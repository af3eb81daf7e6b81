package org.aorresolver.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.aorresolver.Geodata;
import org.aorresolver.place.County;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Seeded pools of query points over the shipped counties, for the differential test, the exactness
 * check and the benchmarks: uniform over each region's bounding box, near boundaries (exact
 * vertices, exact edge midpoints, points on edges, points 1e-9 to 1e-3 degrees off them) and in the
 * territories. Points are stored as lon, lat pairs in one array.
 */
public final class CountyPoints {
  /** States outside the conterminous US, by region. */
  private static final Map<String, Set<String>> OUTLYING =
      Map.of(
          "Alaska", Set.of("AK"),
          "Hawaii", Set.of("HI"),
          "Puerto Rico and Virgin Islands", Set.of("PR", "VI"),
          "Guam and Northern Mariana Islands", Set.of("GU", "MP"),
          "American Samoa", Set.of("AS"));

  /** The territory pool's groups: states, and the Aleutians apart from mainland Alaska. */
  private static final List<Set<String>> TERRITORY_GROUPS =
      List.of(
          Set.of("PR"),
          Set.of("VI"),
          Set.of("GU"),
          Set.of("MP"),
          Set.of("HI"),
          Set.of("AK"),
          Set.of("Aleutians"));

  /** Aleutians East and Aleutians West boroughs. */
  private static final Set<String> ALEUTIANS = Set.of("02013", "02016");

  private CountyPoints() {}

  /**
   * The bounding box of each region, from the data: the conterminous US; Alaska west and east of
   * the antimeridian; Hawaii; Puerto Rico with the Virgin Islands; Guam with the Northern Marianas;
   * American Samoa.
   */
  public static Map<String, Envelope> regions(Geodata data) {
    Map<String, Envelope> boxes = new LinkedHashMap<>();
    for (County c : data.counties()) {
      String region = regionOf(c.state().usps());
      for (Polygon p : polygons(data.countyAreas().get(c.index()))) {
        Envelope e = p.getEnvelopeInternal();
        String name =
            region.equals("Alaska") ? (e.getMinX() > 0 ? "Alaska, east of 180°" : region) : region;
        boxes.computeIfAbsent(name, k -> new Envelope()).expandToInclude(e);
      }
    }
    return boxes;
  }

  private static String regionOf(String state) {
    return OUTLYING.entrySet().stream()
        .filter(e -> e.getValue().contains(state))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("conterminous US");
  }

  /** {@code n} points uniform over {@code box}. */
  public static double[] uniform(Envelope box, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[2 * n];
    for (int k = 0; k < n; k++) {
      points[2 * k] = box.getMinX() + random.nextDouble() * box.getWidth();
      points[2 * k + 1] = box.getMinY() + random.nextDouble() * box.getHeight();
    }
    return points;
  }

  /** {@code n} points uniform over each box in turn, {@code n / boxes} from each. */
  public static double[] uniform(List<Envelope> boxes, int n, long seed) {
    double[] points = new double[2 * n];
    for (int b = 0; b < boxes.size(); b++) {
      int from = n * b / boxes.size();
      int to = n * (b + 1) / boxes.size();
      double[] part = uniform(boxes.get(b), to - from, seed + b);
      System.arraycopy(part, 0, points, 2 * from, part.length);
    }
    return points;
  }

  /**
   * {@code n} points at or near a random edge of the areas: 10 % exact vertices, 10 % exact
   * midpoints (as rounded by floating point), 20 % elsewhere on the edge (rounded), 60 % off it in
   * a random direction by a distance log-uniform in [1e-9, 1e-3] degrees.
   */
  public static double[] nearBoundary(List<Geometry> areas, int n, long seed) {
    double[] edges = edges(areas);
    int count = edges.length / 4;
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[2 * n];
    for (int k = 0; k < n; k++) {
      int e = 4 * random.nextInt(count);
      double ax = edges[e];
      double ay = edges[e + 1];
      double bx = edges[e + 2];
      double by = edges[e + 3];
      double kind = random.nextDouble();
      double t = kind < 0.1 ? 0 : kind < 0.2 ? 0.5 : random.nextDouble();
      double x = t == 0.5 ? (ax + bx) / 2 : ax + t * (bx - ax);
      double y = t == 0.5 ? (ay + by) / 2 : ay + t * (by - ay);
      if (kind >= 0.4) {
        double d = Math.pow(10, -9 + 6 * random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        x += d * Math.cos(angle);
        y += d * Math.sin(angle);
      }
      points[2 * k] = x;
      points[2 * k + 1] = y;
    }
    return points;
  }

  /**
   * {@code n} points on land in the territories, a seventh in each of Puerto Rico, the Virgin
   * Islands, Guam, the Northern Mariana Islands, Hawaii, mainland Alaska and the Aleutians: in
   * each, a polygon drawn with probability proportional to its area, then a point uniform in it.
   */
  public static double[] territories(Geodata data, int n, long seed) {
    List<List<Polygon>> groups = new ArrayList<>();
    for (Set<String> group : TERRITORY_GROUPS) {
      List<Polygon> polygons = new ArrayList<>();
      for (County c : data.counties()) {
        String key = ALEUTIANS.contains(c.fips()) ? "Aleutians" : c.state().usps();
        if (group.contains(key)) {
          polygons.addAll(polygons(data.countyAreas().get(c.index())));
        }
      }
      groups.add(polygons);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[2 * n];
    for (int g = 0; g < groups.size(); g++) {
      int from = n * g / groups.size();
      int to = n * (g + 1) / groups.size();
      inside(groups.get(g), random, points, from, to);
    }
    return points;
  }

  /** Points {@code from} to {@code to}: uniform over the union of the polygons. */
  private static void inside(
      List<Polygon> polygons, SplittableRandom random, double[] points, int from, int to) {
    double[] cumulative = new double[polygons.size()];
    List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    double total = 0;
    for (int p = 0; p < polygons.size(); p++) {
      total += polygons.get(p).getArea();
      cumulative[p] = total;
      locators.add(new IndexedPointInAreaLocator(polygons.get(p)));
    }
    for (int k = from; k < to; k++) {
      int p = Arrays.binarySearch(cumulative, random.nextDouble() * total);
      p = Math.min(polygons.size() - 1, p < 0 ? -p - 1 : p);
      Envelope box = polygons.get(p).getEnvelopeInternal();
      Coordinate c = new Coordinate();
      do {
        c.x = box.getMinX() + random.nextDouble() * box.getWidth();
        c.y = box.getMinY() + random.nextDouble() * box.getHeight();
      } while (locators.get(p).locate(c) == Location.EXTERIOR);
      points[2 * k] = c.x;
      points[2 * k + 1] = c.y;
    }
  }

  /** Every ring edge of the areas as ax, ay, bx, by. */
  static double[] edges(List<Geometry> areas) {
    List<Coordinate[]> rings = new ArrayList<>();
    int count = 0;
    for (Geometry g : areas) {
      for (Polygon p : polygons(g)) {
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
          LineString ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
          rings.add(ring.getCoordinates());
          count += ring.getNumPoints() - 1;
        }
      }
    }
    double[] edges = new double[4 * count];
    int e = 0;
    for (Coordinate[] cs : rings) {
      for (int i = 1; i < cs.length; i++, e += 4) {
        edges[e] = cs[i - 1].x;
        edges[e + 1] = cs[i - 1].y;
        edges[e + 2] = cs[i].x;
        edges[e + 3] = cs[i].y;
      }
    }
    return edges;
  }

  static List<Polygon> polygons(Geometry g) {
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    return polygons;
  }
}
