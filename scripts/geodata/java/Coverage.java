// Turns generalized county polygons into a clean polygonal coverage and dissolves the AORs from it.
//
// Simplification can make county boundaries cross each other or themselves. This step nodes all
// county boundaries together (snap-rounding to 6 decimals), polygonizes them into faces, gives each
// face to the county that covers it (the lowest FIPS code where two overlap; a small enclosed gap to
// the neighbour it shares the longest edge with), and unions faces into counties and AORs. Every
// output polygon is valid and neighbours share exactly the same edge coordinates.
//
// Usage: java -cp jts-core.jar:CLASSES Coverage IN.tsv OUT.json
//   IN.tsv lines: fips <TAB> office2020 <TAB> office2021 <TAB> WKT (empty office: unassigned)
//   OUT.json: {"counties": {fips: polygons}, "aors": {edition: {office: polygons}}, "report": [...]}

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
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

public class Coverage {
  static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1e6));
  /** Enclosed faces no county covers, smaller than this (square degrees, ~1 km²), are gaps to fill. */
  static final double GAP_FILL_MAX_AREA = 1e-4;

  record County(String fips, String office2020, String office2021, Geometry raw) {}

  public static void main(String[] args) throws IOException, ParseException {
    List<County> counties = read(Path.of(args[0]));
    List<String> report = new ArrayList<>();

    List<Geometry> rings = new ArrayList<>();
    STRtree index = new STRtree();
    for (County c : counties) {
      for (int i = 0; i < c.raw.getNumGeometries(); i++) {
        Polygon p = (Polygon) c.raw.getGeometryN(i);
        rings.add(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(p.getInteriorRingN(h));
        }
      }
      index.insert(c.raw.getEnvelopeInternal(), c);
    }
    Geometry noded = UnaryUnionOp.union(rings, GF);
    Polygonizer polygonizer = new Polygonizer(false);
    polygonizer.add(noded);
    @SuppressWarnings("unchecked")
    List<Polygon> faces = new ArrayList<>((java.util.Collection<Polygon>) polygonizer.getPolygons());
    faces.sort(null);

    Map<String, List<Geometry>> facesByCounty = new TreeMap<>();
    List<Polygon> gaps = new ArrayList<>();
    int overlaps = 0;
    for (Polygon face : faces) {
      Point inside = interiorPoint(face);
      List<County> covering = new ArrayList<>();
      for (Object o : index.query(inside.getEnvelopeInternal())) {
        County c = (County) o;
        if (covers(c.raw, inside.getCoordinate())) {
          covering.add(c);
        }
      }
      if (covering.isEmpty()) {
        gaps.add(face);
        continue;
      }
      covering.sort((a, b) -> a.fips.compareTo(b.fips));
      if (covering.size() > 1) {
        overlaps++;
        report.add(String.format(Locale.ROOT, "overlap of %s near %s given to %s",
            covering.stream().map(County::fips).toList(), round(inside.getCoordinate()), covering.get(0).fips));
      }
      facesByCounty.computeIfAbsent(covering.get(0).fips, k -> new ArrayList<>()).add(face);
    }
    for (Polygon gap : gaps) {
      if (gap.getArea() > GAP_FILL_MAX_AREA) {
        report.add(String.format(Locale.ROOT, "enclosed area near %s (%.6f sq deg) left to no county",
            round(interiorPoint(gap).getCoordinate()), gap.getArea()));
        continue;
      }
      String best = null;
      double longest = 0;
      for (Map.Entry<String, List<Geometry>> e : facesByCounty.entrySet()) {
        for (Geometry f : e.getValue()) {
          if (!f.getEnvelopeInternal().intersects(gap.getEnvelopeInternal())) {
            continue;
          }
          double shared = f.getBoundary().intersection(gap.getBoundary()).getLength();
          if (shared > longest) {
            longest = shared;
            best = e.getKey();
          }
        }
      }
      report.add(String.format(Locale.ROOT, "gap near %s (%.8f sq deg) given to %s",
          round(interiorPoint(gap).getCoordinate()), gap.getArea(), best));
      if (best != null) {
        facesByCounty.get(best).add(gap);
      }
    }

    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write("{\"counties\":{");
      boolean first = true;
      for (County c : counties) {
        List<Geometry> own = facesByCounty.getOrDefault(c.fips, List.of());
        out.write((first ? "" : ",") + "\n\"" + c.fips + "\":" + PolygonText.coordinates(own.isEmpty() ? null : CoverageUnion.union(own.toArray(Geometry[]::new))));
        first = false;
      }
      out.write("},\n\"aors\":{");
      for (String edition : List.of("2020", "2021")) {
        Map<String, List<Geometry>> byOffice = new TreeMap<>();
        for (County c : counties) {
          String office = edition.equals("2020") ? c.office2020 : c.office2021;
          if (!office.isEmpty()) {
            byOffice.computeIfAbsent(office, k -> new ArrayList<>()).addAll(facesByCounty.getOrDefault(c.fips, List.of()));
          }
        }
        out.write((edition.equals("2020") ? "" : ",") + "\n\"" + edition + "\":{");
        boolean firstOffice = true;
        for (Map.Entry<String, List<Geometry>> e : byOffice.entrySet()) {
          out.write((firstOffice ? "" : ",") + "\n\"" + e.getKey() + "\":" + PolygonText.coordinates(CoverageUnion.union(e.getValue().toArray(Geometry[]::new))));
          firstOffice = false;
        }
        out.write("}");
      }
      out.write("},\n\"report\":[");
      for (int i = 0; i < report.size(); i++) {
        out.write((i == 0 ? "" : ",") + "\n\"" + report.get(i) + "\"");
      }
      out.write("]}\n");
    }
    System.err.printf(Locale.ROOT, "coverage: %d faces, %d overlaps resolved, %d gaps%n", faces.size(), overlaps, gaps.size());
  }

  static List<County> read(Path file) throws IOException, ParseException {
    WKTReader wkt = new WKTReader(GF);
    List<County> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 4);
      out.add(new County(f[0], f[1], f[2], wkt.read(f[3])));
    }
    return out;
  }

  /** Even-odd containment, which is well defined even for self-intersecting rings. */
  static boolean covers(Geometry raw, Coordinate p) {
    for (int i = 0; i < raw.getNumGeometries(); i++) {
      Polygon poly = (Polygon) raw.getGeometryN(i);
      boolean inside = inRing(p, poly.getExteriorRing());
      for (int h = 0; h < poly.getNumInteriorRing(); h++) {
        inside ^= inRing(p, poly.getInteriorRingN(h));
      }
      if (inside) {
        return true;
      }
    }
    return false;
  }

  static boolean inRing(Coordinate p, LineString ring) {
    return RayCrossingCounter.locatePointInRing(p, ring.getCoordinates()) == Location.INTERIOR;
  }

  /** A point well inside a face: the centre of its largest inscribed circle. */
  static Point interiorPoint(Polygon face) {
    return new MaximumInscribedCircle(face, Math.max(1e-9, Math.sqrt(face.getArea()) / 1000)).getCenter();
  }

  static String round(Coordinate c) {
    return String.format(Locale.ROOT, "(%.5f, %.5f)", c.x, c.y);
  }
}
