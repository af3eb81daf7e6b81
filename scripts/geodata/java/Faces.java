// Gives each face of the noded county (and state) lines to one county.
//
//  1. A face lies in the state whose outline holds it (when a state file is given). A county of a
//     state the state file has may only take faces inside that state: so state lines and coasts come
//     from the state file, and land the county lines put in the sea or in the next state is cut off.
//  2. Of the counties that cover the face and may take it, the input's win over those filled in
//     from the embedded data, then the lowest FIPS code (an overlap, reported).
//  3. A face no county may take is a gap: inside a state, it goes to the neighbour of that state it
//     shares the longest edge with (repeated, so slivers cut into pieces fill from their ends), else
//     to the nearest county of that state within NEAREST_MAX_DEGREES; outside every state, only
//     small enclosed gaps are filled, from the neighbour with the longest shared edge.

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

final class Faces {
  /** Without a state outline to say it is land, only enclosed gaps up to this (square degrees, ~1 km²) are filled. */
  static final double GAP_FILL_MAX_AREA = 1e-4;

  /** Land of a state that no county covers or touches goes to the nearest county of that state within this (~5.6 km). */
  static final double NEAREST_MAX_DEGREES = 0.05;

  private static final double KM2_PER_DEGREE2 = 111.195 * 111.195;

  /** One polygon of an area, with a point-in-area locator. */
  private record Part(int owner, IndexedPointInAreaLocator locator) {}

  private final List<Polygon> faces;
  private final List<Coverage.County> counties;
  private final int[] owner;
  private final String[] stateOf;
  private final Set<String> constrained = new TreeSet<>();
  private final Report report = new Report();

  private Faces(List<Polygon> faces, List<Coverage.County> counties, List<Coverage.State> states) {
    this.faces = faces;
    this.counties = counties;
    this.owner = new int[faces.size()];
    this.stateOf = new String[faces.size()];
    states.forEach(s -> constrained.add(s.fips()));
  }

  static Faces assign(List<Polygon> faces, List<Coverage.County> counties, List<Coverage.State> states) {
    Faces f = new Faces(faces, counties, states);
    STRtree countyParts = index(counties.stream().map(Coverage.County::raw).toList());
    STRtree stateParts = index(states.stream().map(Coverage.State::area).toList());
    List<Integer> gaps = new ArrayList<>();
    for (int i = 0; i < faces.size(); i++) {
      if (!f.take(i, countyParts, stateParts, states)) {
        gaps.add(i);
      }
    }
    f.fill(gaps);
    return f;
  }

  /** Gives face i to a county that covers it; false if it is a gap. */
  private boolean take(int i, STRtree countyParts, STRtree stateParts, List<Coverage.State> states) {
    Coordinate p = interiorPoint(faces.get(i));
    List<Integer> inState = covering(stateParts, p);
    stateOf[i] = inState.isEmpty() ? null : states.get(inState.get(0)).fips();
    List<Integer> covering = covering(countyParts, p);
    List<Integer> eligible = covering.stream().filter(c -> mayTake(c, stateOf[i])).distinct().sorted(this::preferred).toList();
    owner[i] = eligible.isEmpty() ? -1 : eligible.get(0);
    if (eligible.size() > 1 && counties.get(eligible.get(1)).priority() == counties.get(eligible.get(0)).priority()) {
      report.overlap(eligible.stream().map(c -> counties.get(c).fips()).toList(), p, counties.get(owner[i]).fips());
    }
    if (owner[i] >= 0) {
      return true;
    }
    if (stateOf[i] == null && !covering.isEmpty()) {
      report.trimmed(km2(faces.get(i)));
      return true; // county land outside every outline of its state: cut off
    }
    return false;
  }

  private boolean mayTake(int county, String state) {
    String own = counties.get(county).state();
    return !constrained.contains(own) || own.equals(state);
  }

  private int preferred(int a, int b) {
    Coverage.County x = counties.get(a);
    Coverage.County y = counties.get(b);
    return x.priority() != y.priority() ? Integer.compare(x.priority(), y.priority()) : x.fips().compareTo(y.fips());
  }

  /** Fills gaps from the neighbours they share the longest edges with, then from the nearest county. */
  private void fill(List<Integer> gaps) {
    Map<Integer, Map<Integer, Double>> shared = Adjacency.of(faces, gaps);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int g : gaps) {
        if (owner[g] < 0 && fillable(g)) {
          owner[g] = longestNeighbour(shared.get(g), stateOf[g]);
          if (owner[g] >= 0) {
            report.filled(km2(faces.get(g)), stateOf[g] != null);
            progress = true;
          }
        }
      }
    }
    for (int g : gaps) {
      if (owner[g] < 0 && stateOf[g] != null) {
        owner[g] = nearest(g);
      }
      if (owner[g] < 0) {
        report.leftOut(stateOf[g], interiorPoint(faces.get(g)), km2(faces.get(g)));
      }
    }
  }

  private boolean fillable(int g) {
    return stateOf[g] != null || faces.get(g).getArea() <= GAP_FILL_MAX_AREA;
  }

  private int longestNeighbour(Map<Integer, Double> neighbours, String state) {
    Map<Integer, Double> byCounty = new TreeMap<>();
    neighbours.forEach((face, length) -> {
      int c = owner[face];
      if (c >= 0 && (state == null || counties.get(c).state().equals(state))) {
        byCounty.merge(c, length, Double::sum);
      }
    });
    return byCounty.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? preferred(b.getKey(), a.getKey()) : Double.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey).orElse(-1);
  }

  /** The county of the gap's state nearest to it, within NEAREST_MAX_DEGREES, or -1. */
  private int nearest(int g) {
    Polygon gap = faces.get(g);
    Envelope search = new Envelope(gap.getEnvelopeInternal());
    search.expandBy(NEAREST_MAX_DEGREES);
    int best = -1;
    double bestDistance = NEAREST_MAX_DEGREES;
    for (int i = 0; i < faces.size(); i++) {
      int c = owner[i];
      if (c < 0 || !counties.get(c).state().equals(stateOf[g]) || !faces.get(i).getEnvelopeInternal().intersects(search)) {
        continue;
      }
      double d = faces.get(i).distance(gap);
      if (d < bestDistance || d == bestDistance && best >= 0 && preferred(c, best) < 0) {
        bestDistance = d;
        best = c;
      }
    }
    if (best >= 0) {
      report.nearest(interiorPoint(gap), counties.get(best).fips(), km2(gap));
    }
    return best;
  }

  /** The faces of each county, by FIPS code. */
  Map<String, List<Geometry>> byCounty() {
    Map<String, List<Geometry>> out = new HashMap<>();
    for (int i = 0; i < faces.size(); i++) {
      if (owner[i] >= 0) {
        out.computeIfAbsent(counties.get(owner[i]).fips(), k -> new ArrayList<>()).add(faces.get(i));
      }
    }
    return out;
  }

  Report report() {
    return report;
  }

  /** Every polygon of the areas in an STRtree, with the area's position. */
  private static STRtree index(List<Geometry> areas) {
    STRtree tree = new STRtree();
    for (int a = 0; a < areas.size(); a++) {
      Geometry g = areas.get(a);
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) g.getGeometryN(p);
        tree.insert(polygon.getEnvelopeInternal(), new Part(a, new IndexedPointInAreaLocator(polygon)));
      }
    }
    return tree;
  }

  /** The areas holding the point (even-odd: defined even for self-intersecting rings). */
  private static List<Integer> covering(STRtree parts, Coordinate p) {
    List<Integer> out = new ArrayList<>();
    for (Object o : parts.query(new Envelope(p))) {
      Part part = (Part) o;
      if (part.locator().locate(p) != Location.EXTERIOR) {
        out.add(part.owner());
      }
    }
    return out;
  }

  /**
   * A point inside a face. Faces are bounded by the noded lines of every county and state, so any
   * point inside one is inside or outside each county and state as the whole face is: the fast
   * interior point (the middle of the widest section across the face's middle latitude) will do,
   * and the centre of the largest inscribed circle where that one is not strictly inside.
   */
  static Coordinate interiorPoint(Polygon face) {
    Coordinate p = InteriorPointArea.getInteriorPoint(face);
    if (p != null && new IndexedPointInAreaLocator(face).locate(p) == Location.INTERIOR) {
      return p;
    }
    return new MaximumInscribedCircle(face, Math.max(1e-9, Math.sqrt(face.getArea()) / 1000)).getCenter().getCoordinate();
  }

  static double km2(Polygon p) {
    return p.getArea() * KM2_PER_DEGREE2 * Math.cos(Math.toRadians(p.getEnvelopeInternal().centre().y));
  }

  /** What the assignment changed, for the geodata README: counts and the first few examples of each kind. */
  static final class Report {
    private static final int EXAMPLES = 12;
    private final Map<String, double[]> totals = new TreeMap<>(); // kind -> {faces, km2}
    private final Map<String, List<String>> examples = new TreeMap<>();

    void overlap(List<String> fips, Coordinate at, String winner) {
      add("overlaps", 0, String.format(Locale.ROOT, "overlap of %s near %s given to %s", fips, round(at), winner));
    }

    void trimmed(double km2) {
      add("trimmed", km2, null);
    }

    void filled(double km2, boolean inState) {
      add(inState ? "filledInState" : "filledGaps", km2, null);
    }

    void nearest(Coordinate at, String fips, double km2) {
      add("nearest", km2, String.format(Locale.ROOT, "land of the state file near %s (%.3f km²) given to the nearest county, %s", round(at), km2, fips));
    }

    void leftOut(String state, Coordinate at, double km2) {
      add("leftOut", km2, String.format(Locale.ROOT, "%s near %s (%.3f km²) left to no county",
          state == null ? "an enclosed area" : "land of state " + state + " in the state file", round(at), km2));
    }

    private void add(String kind, double km2, String example) {
      double[] t = totals.computeIfAbsent(kind, k -> new double[2]);
      t[0]++;
      t[1] += km2;
      if (example != null) {
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
          list.add(example);
        }
      }
    }

    String json() {
      StringBuilder sb = new StringBuilder("{");
      totals.forEach((kind, t) -> {
        sb.append(sb.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "\n\"%s\":{\"faces\":%d,\"km2\":%.3f,\"examples\":[", kind, (long) t[0], t[1]));
        List<String> list = examples.getOrDefault(kind, List.of());
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
        }
        sb.append("]}");
      });
      return sb.append("}").toString();
    }

    private static String round(Coordinate c) {
      return String.format(Locale.ROOT, "(%.5f, %.5f)", c.x, c.y);
    }
  }

  /** Shared edge lengths between gap faces and their neighbours, from identical noded segments. */
  static final class Adjacency {
    private interface SegmentVisitor {
      void visit(Coverage.Segment s, double length);
    }

    /** For each gap: the faces it shares segments with, and the total length shared with each. */
    static Map<Integer, Map<Integer, Double>> of(List<Polygon> faces, List<Integer> gaps) {
      Map<Coverage.Segment, Integer> gapSegments = new HashMap<>();
      Map<Integer, Map<Integer, Double>> shared = new HashMap<>();
      for (int g : gaps) {
        shared.put(g, new HashMap<>());
        segments(faces.get(g), (s, length) -> {
          Integer other = gapSegments.putIfAbsent(s, g);
          if (other != null && other != g) {
            shared.get(g).merge(other, length, Double::sum);
            shared.get(other).merge(g, length, Double::sum);
          }
        });
      }
      Set<Integer> gapSet = new TreeSet<>(gaps);
      for (int f = 0; f < faces.size(); f++) {
        if (gapSet.contains(f)) {
          continue;
        }
        int face = f;
        segments(faces.get(f), (s, length) -> {
          Integer g = gapSegments.get(s);
          if (g != null) {
            shared.get(g).merge(face, length, Double::sum);
          }
        });
      }
      return shared;
    }

    private static void segments(Polygon p, SegmentVisitor visitor) {
      for (int r = -1; r < p.getNumInteriorRing(); r++) {
        LineString ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 1; i < cs.length; i++) {
          visitor.visit(Coverage.Segment.of(cs[i - 1], cs[i]), cs[i - 1].distance(cs[i]));
        }
      }
    }
  }
}
