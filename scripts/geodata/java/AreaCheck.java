// Checks that no office loses area it has in the embedded data: a point inside every county and every
// polygon (island, exclave) of the embedded AORs must lie in the same office's area of the new data,
// or in no area within a tolerance of it (a generalized island may sit a little off the precise one);
// for the largest polygon of each county, within half the radius of the largest circle inside it, so
// that a county missing from the new data is found however near its neighbours are. Also sums each
// office's area before and after.
//
// Usage: java -cp jts-core.jar:CLASSES AreaCheck BEFORE.tsv AFTER.tsv TOLERANCE_METERS OUT.json
//   BEFORE.tsv lines: kind (aor|county) <TAB> edition <TAB> office <TAB> label <TAB> WKT
//   AFTER.tsv lines: edition <TAB> office <TAB> WKT
//   OUT.json: {"offices": {edition: {office: [km² before, km² after]}}, "problems": ["...", ...]}

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

public class AreaCheck {
  static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1e6));
  static final double METERS_PER_DEGREE = 111_195;

  /** One polygon of a new AOR. */
  record Part(String office, Polygon polygon, IndexedPointInAreaLocator locator, IndexedFacetDistance distance) {}

  public static void main(String[] args) throws IOException, ParseException {
    WKTReader wkt = new WKTReader(GF);
    double tolerance = Double.parseDouble(args[2]);
    Map<String, STRtree> after = new TreeMap<>();
    Map<String, Map<String, double[]>> areas = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      Geometry g = wkt.read(f[2]);
      areas.computeIfAbsent(f[0], k -> new TreeMap<>()).computeIfAbsent(f[1], k -> new double[2])[1] = km2(g);
      STRtree tree = after.computeIfAbsent(f[0], k -> new STRtree());
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Polygon p = (Polygon) g.getGeometryN(i);
        tree.insert(p.getEnvelopeInternal(), new Part(f[1], p, new IndexedPointInAreaLocator(p), new IndexedFacetDistance(p)));
      }
    }
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 5);
      Geometry g = wkt.read(f[4]);
      if (f[0].equals("aor")) {
        areas.computeIfAbsent(f[1], k -> new TreeMap<>()).computeIfAbsent(f[2], k -> new double[2])[0] = km2(g);
      }
      int largest = largest(g);
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Polygon piece = (Polygon) g.getGeometryN(i);
        MaximumInscribedCircle circle = new MaximumInscribedCircle(piece, Math.max(1e-9, Math.sqrt(piece.getArea()) / 1000));
        Coordinate p = circle.getCenter().getCoordinate();
        // the body of a county must be there, a generalized island only near where it is
        double within = f[0].equals("county") && i == largest
            ? Math.min(tolerance, meters(p, circle.getRadiusPoint().getCoordinate()) / 2)
            : tolerance;
        String problem = check(after.getOrDefault(f[1], new STRtree()), f, p, within);
        if (problem != null) {
          problems.add(problem);
        }
      }
    }
    write(Path.of(args[3]), areas, problems);
  }

  /** The position of the largest polygon of a geometry. */
  static int largest(Geometry g) {
    int best = 0;
    for (int i = 1; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getArea() > g.getGeometryN(best).getArea()) {
        best = i;
      }
    }
    return best;
  }

  /**
   * What is wrong at p, a point inside an embedded polygon of an office, in the new data (null if
   * nothing): it must lie in that office's AOR, or in no AOR within {@code tolerance} metres of it.
   */
  static String check(STRtree after, String[] row, Coordinate p, double tolerance) {
    String office = row[2];
    String covering = null;
    Envelope near = new Envelope(p);
    near.expandBy(tolerance / METERS_PER_DEGREE / Math.max(0.1, Math.cos(Math.toRadians(p.y))));
    double nearest = Double.POSITIVE_INFINITY;
    for (Object o : after.query(near)) {
      Part part = (Part) o;
      if (part.locator().locate(p) != Location.EXTERIOR) {
        covering = part.office();
        if (covering.equals(office)) {
          return null;
        }
      } else if (part.office().equals(office)) {
        nearest = Math.min(nearest, meters(p, part.distance().nearestPoints(GF.createPoint(p))[0]));
      }
    }
    if (covering == null && nearest <= tolerance) {
      return null;
    }
    String what = String.format(Locale.ROOT, "edition %s, %s: %s %s near (%.5f, %.5f)", row[1], office,
        row[0].equals("aor") ? "a polygon of the AOR" : "county", row[0].equals("aor") ? "" : row[3], p.x, p.y);
    return covering != null
        ? what + " lies in " + covering + "'s AOR"
        : String.format(Locale.ROOT, "%s is in no AOR%s", what,
            Double.isFinite(nearest) ? String.format(Locale.ROOT, " (%s's nearest is %.1f km away)", office, nearest / 1000) : "");
  }

  static double meters(Coordinate a, Coordinate b) {
    double dx = (a.x - b.x) * Math.cos(Math.toRadians((a.y + b.y) / 2));
    return Math.hypot(dx, a.y - b.y) * METERS_PER_DEGREE;
  }

  static double km2(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry p = g.getGeometryN(i);
      sum += p.getArea() * Math.cos(Math.toRadians(p.getEnvelopeInternal().centre().y));
    }
    return sum * (METERS_PER_DEGREE / 1000) * (METERS_PER_DEGREE / 1000);
  }

  static void write(Path file, Map<String, Map<String, double[]>> areas, List<String> problems) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"offices\":{");
      boolean firstEdition = true;
      for (Map.Entry<String, Map<String, double[]>> e : areas.entrySet()) {
        out.write((firstEdition ? "" : ",") + "\n\"" + e.getKey() + "\":{");
        boolean first = true;
        for (Map.Entry<String, double[]> o : e.getValue().entrySet()) {
          out.write(String.format(Locale.ROOT, "%s\"%s\":[%.1f,%.1f]", first ? "" : ",", o.getKey(), o.getValue()[0], o.getValue()[1]));
          first = false;
        }
        out.write("}");
        firstEdition = false;
      }
      out.write("},\n\"problems\":[");
      for (int i = 0; i < problems.size(); i++) {
        out.write((i == 0 ? "" : ",") + "\n\"" + problems.get(i).replace("\"", "'") + "\"");
      }
      out.write("]}\n");
    }
  }
}
