package org.aorresolver.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.data.ValidationReport.Problem;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.aorresolver.place.ForeignLand;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a geodata folder and reports every problem at once: county assignments against each
 * edition's definition, county counts against the reference, geometry validity, overlaps between
 * AORs, AORs against the union of their counties, and office codes across all files.
 */
public final class GeodataValidator {
  /**
   * Areas smaller than this (square degrees, about 100 m² at 40°N) are rounding, not overlap or
   * gap.
   */
  public static final double AREA_TOLERANCE = 1e-8;

  private static final double KM2_PER_DEGREE2 = 111.195 * 111.195;

  private final GeodataFiles files;
  private final Geodata data;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Office> offices = new HashMap<>();

  private GeodataValidator(GeodataFiles files, Geodata data) {
    this.files = files;
    this.data = data;
    data.offices().forEach(o -> offices.put(o.code(), o));
  }

  /**
   * Loads and checks a folder; a folder that cannot be loaded gives a report with that one problem.
   */
  public static ValidationReport validate(GeodataFiles files) {
    try {
      return validate(files, GeodataLoader.load(files), true);
    } catch (GeodataException e) {
      return new ValidationReport(
          List.of(new Problem("load", e.file(), e.feature(), e.detail())), List.of());
    }
  }

  /**
   * Checks loaded geodata. With {@code geometry} false (the start-up check), skips the overlay
   * checks (overlaps, shared edges, AORs against counties), which take seconds, and also the
   * validity of each geometry when every geometry file matches the checksum the build wrote in the
   * manifest: such files are exactly what the build produced and {@code validate} passed.
   */
  public static ValidationReport validate(GeodataFiles files, Geodata data, boolean geometry) {
    GeodataValidator v = new GeodataValidator(files, data);
    v.checkOfficeCodes();
    for (Edition e : Edition.values()) {
      v.checkAssignments(e);
    }
    v.checkCounts();
    if (geometry || !data.manifest().geometryVerified()) {
      v.checkValidity();
    } else {
      v.notes.add(
          "geometry validity not rechecked: every geometry file matches its checksum in manifest.json");
    }
    if (geometry) {
      for (Edition e : Edition.values()) {
        v.checkSharedEdges(e);
        v.checkOverlaps(e);
        v.checkAorsAgainstCounties(e);
      }
    }
    return new ValidationReport(v.problems, v.notes);
  }

  private void problem(String check, String file, String feature, String message) {
    problems.add(new Problem(check, file, feature, message));
  }

  private void checkOfficeCodes() {
    for (Edition e : Edition.values()) {
      String file = aorFile(e);
      Set<String> withAor = new HashSet<>();
      for (Aor aor : data.aors().get(e)) {
        withAor.add(aor.office());
        Office o = offices.get(aor.office());
        if (o == null) {
          problem(
              "unknown-office",
              file,
              aor.office(),
              "office code '" + aor.office() + "' is not in offices.geojson");
        } else if (!o.existsIn(e)) {
          problem(
              "unknown-office",
              file,
              aor.office(),
              "offices.geojson does not list edition " + e.id());
        }
      }
      for (Office o : data.offices()) {
        if (o.existsIn(e) && !withAor.contains(o.code())) {
          problem(
              "missing-aor",
              file,
              o.code(),
              "office " + o.code() + " of edition " + e.id() + " has no AOR");
        }
      }
      for (County c : data.counties()) {
        String code = c.office(e);
        if (code != null && (offices.get(code) == null || !offices.get(code).existsIn(e))) {
          problem(
              "unknown-office",
              "counties.geojson",
              c.fips(),
              "office" + e.id() + " '" + code + "' is not an office of edition " + e.id());
        }
      }
    }
    for (CheckinOffice c : data.checkinOffices()) {
      if (!offices.containsKey(c.office())) {
        problem(
            "unknown-office",
            "checkin-offices.geojson",
            c.id(),
            "parent office '" + c.office() + "' is unknown");
      }
    }
  }

  private void checkAssignments(Edition e) {
    String file = "definitions-" + e.id() + ".csv";
    List<CsvTable.Row> rows;
    try {
      rows = CsvTable.read(files, file);
    } catch (GeodataException ex) {
      problem("load", file, null, ex.getMessage());
      return;
    }
    Map<String, String> stateOffice = new HashMap<>();
    Map<String, String> countyOffice = new HashMap<>();
    Set<String> splitStates = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      CsvTable.Row r = rows.get(i);
      String code = r.get("code");
      Map<String, String> target = "county".equals(r.get("kind")) ? countyOffice : stateOffice;
      if (target.put(code, r.get("office")) != null) {
        problem(
            "duplicate-county",
            file,
            CsvTable.row(i),
            r.get("kind") + " " + code + " is defined twice");
      }
      if (target == countyOffice) {
        splitStates.add(code.substring(0, 2));
      }
    }
    Set<String> seen = new HashSet<>();
    Map<String, Integer> unassigned = new TreeMap<>();
    for (County c : data.counties()) {
      if (!seen.add(c.fips())) {
        if (e == Edition.CURRENT) {
          problem(
              "duplicate-county",
              "counties.geojson",
              c.fips(),
              "county " + c.fips() + " appears twice");
        }
        continue;
      }
      String expected = countyOffice.get(c.fips());
      if (expected == null && splitStates.contains(c.state().fips())) {
        problem(
            "missing-county",
            file,
            c.fips(),
            c.name() + ", " + c.state().usps() + " is in a split state but has no row");
        continue;
      }
      if (expected == null) {
        expected = stateOffice.get(c.state().usps());
      }
      if (expected == null) {
        unassigned.merge(c.state().name(), 1, Integer::sum);
      }
      if (!Objects.equals(expected, c.office(e))) {
        problem(
            "office-mismatch",
            "counties.geojson",
            c.fips(),
            "office" + e.id() + " is " + c.office(e) + " but " + file + " says " + expected);
      }
    }
    for (String fips : countyOffice.keySet()) {
      if (!seen.contains(fips)) {
        problem("unknown-county", file, fips, "county " + fips + " is not in counties.geojson");
      }
    }
    unassigned.forEach(
        (state, n) ->
            notes.add(
                String.format(
                    Locale.ROOT,
                    "edition %s: %s (%d counties) is in no AOR, by design",
                    e.id(),
                    state,
                    n)));
  }

  private void checkCounts() {
    String file = "sources/split-state-county-counts.csv";
    List<CsvTable.Row> rows;
    try {
      rows = CsvTable.read(files, file);
    } catch (GeodataException ex) {
      problem("load", file, null, ex.getMessage());
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      CsvTable.Row r = rows.get(i);
      Edition e = Edition.parse("edition", r.get("edition"));
      long actual =
          data.counties().stream()
              .filter(
                  c ->
                      c.state().usps().equals(r.get("state"))
                          && r.get("office").equals(c.office(e)))
              .count();
      int expected = Integer.parseInt(r.get("counties"));
      if (actual != expected) {
        problem(
            "county-count",
            "counties.geojson",
            null,
            String.format(
                Locale.ROOT,
                "edition %s: %s has %d counties of %s, the reference says %d (%s %s)",
                e.id(),
                r.get("office"),
                actual,
                r.get("state"),
                expected,
                file,
                CsvTable.row(i)));
      }
    }
  }

  private void checkValidity() {
    for (County c : data.counties()) {
      valid("counties.geojson", c.fips(), data.countyAreas().get(c.index()));
    }
    for (Edition e : Edition.values()) {
      for (Aor aor : data.aors().get(e)) {
        valid(aorFile(e), aor.office(), aor.area());
      }
    }
    for (ForeignLand land : data.foreignLand()) {
      valid("foreign-land.geojson", land.iso(), land.area());
    }
  }

  private void valid(String file, String feature, Geometry g) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error != null) {
      problem(
          "invalid-geometry", file, feature, error.getMessage() + " at " + error.getCoordinate());
    }
  }

  /** Neighbouring AORs must meet along identical edges (JTS CoverageValidator, zero gap width). */
  private void checkSharedEdges(Edition e) {
    List<Aor> aors = data.aors().get(e);
    if (aors.stream().anyMatch(a -> !a.area().isValid())) {
      return; // reported as invalid-geometry; coverage checks need valid polygons
    }
    Geometry[] invalid =
        CoverageValidator.validate(aors.stream().map(Aor::area).toArray(Geometry[]::new));
    for (int i = 0; i < invalid.length; i++) {
      if (invalid[i] != null) {
        problem(
            "edge-mismatch",
            aorFile(e),
            aors.get(i).office(),
            "edges not shared exactly with a neighbour near " + invalid[i].getCoordinate());
      }
    }
  }

  private void checkOverlaps(Edition e) {
    List<Aor> aors = data.aors().get(e);
    for (int i = 0; i < aors.size(); i++) {
      for (int j = i + 1; j < aors.size(); j++) {
        Aor a = aors.get(i);
        Aor b = aors.get(j);
        if (!a.area().getEnvelopeInternal().intersects(b.area().getEnvelopeInternal())) {
          continue;
        }
        double area =
            OverlayNGRobust.overlay(fixed(a.area()), fixed(b.area()), OverlayNG.INTERSECTION)
                .getArea();
        if (area > AREA_TOLERANCE) {
          problem(
              "overlap",
              aorFile(e),
              a.office() + "/" + b.office(),
              "AORs overlap by " + km2(area, a.area()));
        }
      }
    }
  }

  private void checkAorsAgainstCounties(Edition e) {
    Map<String, List<Geometry>> byOffice = new TreeMap<>();
    for (County c : data.counties()) {
      if (c.office(e) != null) {
        byOffice
            .computeIfAbsent(c.office(e), k -> new ArrayList<>())
            .add(fixed(data.countyAreas().get(c.index())));
      }
    }
    for (Aor aor : data.aors().get(e)) {
      List<Geometry> counties = byOffice.getOrDefault(aor.office(), List.of());
      if (counties.isEmpty()) {
        continue; // reported by checkOfficeCodes
      }
      Geometry union = UnaryUnionOp.union(counties);
      Geometry area = fixed(aor.area());
      double gap = OverlayNGRobust.overlay(union, area, OverlayNG.DIFFERENCE).getArea();
      double excess = OverlayNGRobust.overlay(area, union, OverlayNG.DIFFERENCE).getArea();
      if (gap > AREA_TOLERANCE) {
        problem(
            "gap",
            aorFile(e),
            aor.office(),
            km2(gap, union) + " of its counties lie outside the AOR polygon");
      }
      if (excess > AREA_TOLERANCE) {
        problem(
            "excess",
            aorFile(e),
            aor.office(),
            "the AOR polygon covers " + km2(excess, union) + " outside its counties");
      }
    }
  }

  /** Invalid geometry is reported once; the overlay checks go on with a repaired copy. */
  private static Geometry fixed(Geometry g) {
    return g.isValid() ? g : GeometryFixer.fix(g);
  }

  private static String aorFile(Edition e) {
    return "aor-" + e.id() + ".geojson";
  }

  private static String km2(double degrees2, Geometry near) {
    double lat = near.getEnvelopeInternal().centre().y;
    return String.format(
        Locale.ROOT, "%.4f km²", degrees2 * KM2_PER_DEGREE2 * Math.cos(Math.toRadians(lat)));
  }
}
