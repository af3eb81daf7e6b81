// Turns county polygons into a clean polygonal coverage and dissolves the AORs from it.
//
// County lines from a generalized or rounded source can cross each other or themselves. This step
// nodes all county boundaries together (snap-rounding to 6 decimals), with the state outlines when a
// state file is given, polygonizes them into faces, gives each face to a county (Faces.java says
// which) and unions faces into counties and AORs. Every output polygon is valid and neighbours
// share exactly the same edge coordinates.
//
// Usage: java -cp jts-core.jar:CLASSES Coverage COUNTIES.tsv [STATES.tsv] OUT.json
//   COUNTIES.tsv lines: fips <TAB> office2020 <TAB> office2021 <TAB> priority <TAB> WKT
//     (empty office: unassigned; priority 0 for the input's counties, 1 for those filled in)
//   STATES.tsv lines: state fips <TAB> WKT
//   OUT.json: {"counties": {fips: polygons}, "aors": {edition: {office: polygons}}, "report": {...}}

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.polygonize.Polygonizer;

public class Coverage {
  static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1e6));

  record County(String fips, String office2020, String office2021, int priority, Geometry raw) {
    String state() {
      return fips.substring(0, 2);
    }
  }

  record State(String fips, Geometry area) {}

  public static void main(String[] args) throws IOException, ParseException {
    long started = System.nanoTime();
    List<County> counties = readCounties(Path.of(args[0]));
    List<State> states = args.length > 2 ? readStates(Path.of(args[1])) : List.of();
    Path out = Path.of(args[args.length - 1]);

    List<Geometry> rings = new ArrayList<>();
    counties.forEach(c -> addRings(c.raw(), rings));
    states.forEach(s -> addRings(s.area(), rings));
    Polygonizer polygonizer = new Polygonizer(false);
    polygonizer.add(noded(rings));
    @SuppressWarnings("unchecked")
    List<Polygon> faces = new ArrayList<>((Collection<Polygon>) polygonizer.getPolygons());
    faces.sort(null);
    log(started, "%d faces from %d rings", faces.size(), rings.size());

    Faces assigned = Faces.assign(faces, counties, states);
    log(started, "faces assigned");
    write(out, counties, assigned);
    log(started, "written");
  }

  static void addRings(Geometry g, List<Geometry> rings) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      rings.add(p.getExteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        rings.add(p.getInteriorRingN(h));
      }
    }
  }

  /**
   * The rings cut into segments at every crossing, snap-rounded to 6 decimals (JTS's snap-rounding
   * noder), each distinct segment once: the lines a polygonizer splits the plane with. Segments
   * that several rings share (the common edge of two neighbours) are noded once.
   */
  static Collection<Geometry> noded(List<Geometry> rings) {
    Set<Segment> seen = new HashSet<>();
    List<SegmentString> segments = new ArrayList<>();
    for (Geometry ring : rings) {
      eachNewSegment(ring.getCoordinates(), seen,
          (a, b) -> segments.add(new NodedSegmentString(new Coordinate[] {a.copy(), b.copy()}, null)));
    }
    Noder noder = new SnapRoundingNoder(GF.getPrecisionModel());
    noder.computeNodes(segments);
    seen.clear();
    List<Geometry> lines = new ArrayList<>();
    for (Object o : noder.getNodedSubstrings()) {
      eachNewSegment(((SegmentString) o).getCoordinates(), seen,
          (a, b) -> lines.add(GF.createLineString(new Coordinate[] {a, b})));
    }
    return lines;
  }

  private static void eachNewSegment(Coordinate[] cs, Set<Segment> seen, BiConsumer<Coordinate, Coordinate> action) {
    for (int i = 1; i < cs.length; i++) {
      Segment s = Segment.of(cs[i - 1], cs[i]);
      if (!s.isPoint() && seen.add(s)) {
        action.accept(cs[i - 1], cs[i]);
      }
    }
  }

  /** A segment with its end points in units of 1e-6 degrees, in a canonical order. */
  record Segment(long ax, long ay, long bx, long by) {
    static Segment of(Coordinate a, Coordinate b) {
      long ax = Math.round(a.x * 1e6);
      long ay = Math.round(a.y * 1e6);
      long bx = Math.round(b.x * 1e6);
      long by = Math.round(b.y * 1e6);
      return ax < bx || ax == bx && ay <= by ? new Segment(ax, ay, bx, by) : new Segment(bx, by, ax, ay);
    }

    boolean isPoint() {
      return ax == bx && ay == by;
    }
  }

  static void write(Path file, List<County> counties, Faces faces) throws IOException {
    Map<String, List<Geometry>> byCounty = faces.byCounty();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"counties\":{");
      boolean first = true;
      for (County c : counties) {
        List<Geometry> own = byCounty.getOrDefault(c.fips(), List.of());
        out.write((first ? "" : ",") + "\n\"" + c.fips() + "\":" + PolygonText.coordinates(union(own)));
        first = false;
      }
      out.write("},\n\"aors\":{");
      for (String edition : List.of("2020", "2021")) {
        Map<String, List<Geometry>> byOffice = new TreeMap<>();
        for (County c : counties) {
          String office = edition.equals("2020") ? c.office2020() : c.office2021();
          if (!office.isEmpty()) {
            byOffice.computeIfAbsent(office, k -> new ArrayList<>()).addAll(byCounty.getOrDefault(c.fips(), List.of()));
          }
        }
        out.write((edition.equals("2020") ? "" : ",") + "\n\"" + edition + "\":{");
        boolean firstOffice = true;
        for (Map.Entry<String, List<Geometry>> e : byOffice.entrySet()) {
          out.write((firstOffice ? "" : ",") + "\n\"" + e.getKey() + "\":" + PolygonText.coordinates(union(e.getValue())));
          firstOffice = false;
        }
        out.write("}");
      }
      out.write("},\n\"report\":" + faces.report().json() + "}\n");
    }
  }

  static Geometry union(List<Geometry> faces) {
    return faces.isEmpty() ? null : CoverageUnion.union(faces.toArray(Geometry[]::new));
  }

  static List<County> readCounties(Path file) throws IOException, ParseException {
    WKTReader wkt = new WKTReader(GF);
    List<County> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 5);
      out.add(new County(f[0], f[1], f[2], Integer.parseInt(f[3]), wkt.read(f[4])));
    }
    return out;
  }

  static List<State> readStates(Path file) throws IOException, ParseException {
    WKTReader wkt = new WKTReader(GF);
    List<State> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 2);
      out.add(new State(f[0], wkt.read(f[1])));
    }
    return out;
  }

  static void log(long started, String format, Object... args) {
    System.err.printf(Locale.ROOT, "coverage: %5.1f s: %s%n", (System.nanoTime() - started) / 1e9,
        String.format(Locale.ROOT, format, args));
  }
}
