package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.Manifest;
import org.aorresolver.PreciseGeodata;
import org.aorresolver.Resolution;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.place.County;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;

/**
 * The geodata folder {@code scripts/build-geodata --census} builds from the real Census 1:500,000
 * files (the 2018 county file, which lacks the island territories and has Connecticut's old
 * counties, and the 2018 state file): it is valid, loses nothing the embedded data has, and is more
 * accurate, as the project README says.
 */
@Tag("slow")
class PreciseGeodataTest {

  @Test
  void validatesWithoutAProblem() {
    ValidationReport report =
        GeodataValidator.validate(GeodataFiles.directory(PreciseGeodata.folder()));

    assertThat(report.problems()).isEmpty();
    assertThat(report.notes()).anyMatch(n -> n.contains("American Samoa"));
  }

  @Test
  void everyPlaceOfEveryEmbeddedCountyKeepsItsOffice() {
    Geodata embedded = TestData.shipped();
    Resolver precise = PreciseGeodata.resolver();
    List<String> lost = new ArrayList<>();
    int checked = 0;
    for (County c : embedded.counties()) {
      Geometry area = embedded.countyAreas().get(c.index());
      for (int i = 0; i < area.getNumGeometries() && c.assigned(); i++) {
        LatLon p = LatLon.of(InteriorPointArea.getInteriorPoint(area.getGeometryN(i)));
        for (Edition e : Edition.values()) {
          Resolution r = precise.resolve(new Place.Coordinate(p), When.of(e));
          checked++;
          if (r.office() == null || !r.office().code().equals(c.office(e))) {
            lost.add(String.format(Locale.ROOT, "%s %s %s at %s: %s", e, c.fips(), c.name(), p, r));
          }
        }
      }
    }

    assertThat(checked).isGreaterThan(2 * 3200);
    assertThat(lost).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Hagåtña (Guam), 13.4757, 144.7489, SFR, 66010",
    "Saipan (CNMI), 15.1850, 145.7467, SFR, 69110",
    "Tinian (CNMI), 15.0000, 145.6333, SFR, 69120",
    "Christiansted (St. Croix), 17.7466, -64.7032, MIA, 78010",
    "Charlotte Amalie (St. Thomas), 18.3419, -64.9307, MIA, 78030",
    "Cruz Bay (St. John), 18.3313, -64.7940, MIA, 78020",
    "San Juan (Puerto Rico), 18.4655, -66.1057, MIA, 72127",
    "Honolulu, 21.3069, -157.8583, SFR, 15003",
    "Attu (Aleutians west of 180°), 52.8400, 173.1800, SEA, 02016",
    "Adak (Aleutians east of 180°), 51.8800, -176.6581, SEA, 02016",
  })
  void territoriesStillAnswer(String place, double lat, double lon, String office, String fips) {
    Resolution r =
        PreciseGeodata.resolver()
            .resolve(new Place.Coordinate(LatLon.of(lat, lon)), When.current());

    assertThat(r.office()).as("%s: %s", place, r).isNotNull();
    assertThat(r.office().code()).as(place).isEqualTo(office);
    assertThat(r.county().fips()).as(place).isEqualTo(fips);
  }

  @Test
  void americanSamoaIsStillInNoAor() {
    Resolution r =
        PreciseGeodata.resolver()
            .resolve(new Place.Coordinate(LatLon.of(-14.2794, -170.7006)), When.current());

    assertThat(r.reason()).isEqualTo("unassigned-area");
    assertThat(r.county().fips()).isEqualTo("60010");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "09110, BOS, Capitol Planning Region (newer than the county boundaries in use)",
    "02066, SEA, Copper River Census Area (newer than the county boundaries in use)",
    "09001, BOS, Fairfield",
  })
  void countyCodesOfEitherVintageAnswer(String fips, String office, String named) {
    Resolution r =
        PreciseGeodata.resolver().resolve(new Place.CountyName(fips, null), When.current());

    assertThat(r.office().code()).isEqualTo(office);
    assertThat(r.county().name() + (r.message() == null ? "" : " " + r.message())).contains(named);
  }

  @Test
  void theCountiesTheFileLacksComeFromTheEmbeddedDataAndAreListed() throws IOException {
    Manifest.Boundaries b = PreciseGeodata.data().manifest().boundaries();
    String readme =
        Files.readString(PreciseGeodata.folder().resolve("README.md"), StandardCharsets.UTF_8);

    assertThat(b.kind()).isEqualTo("census");
    assertThat(b.vintage()).isEqualTo("2018");
    assertThat(b.resolution()).isEqualTo("500k");
    assertThat(b.filledIn())
        .containsExactly(
            "60010 Eastern (AS)",
            "60020 Manu'a (AS)",
            "60050 Western (AS)",
            "66010 Guam (GU)",
            "69085 Northern Islands (MP)",
            "69100 Rota (MP)",
            "69110 Saipan (MP)",
            "69120 Tinian (MP)",
            "78010 St. Croix (VI)",
            "78020 St. John (VI)",
            "78030 St. Thomas (VI)");
    assertThat(readme).contains("66010 Guam (GU)", "78010 St. Croix (VI)");
  }

  @Test
  void countiesAndCheckinCoverageAreTheEmbeddedOnesSaveConnecticutAndAlaskaCodes() {
    Geodata precise = PreciseGeodata.data();
    Geodata embedded = TestData.shipped();

    assertThat(withoutRecodedStates(fipsOf(precise.counties())))
        .isEqualTo(withoutRecodedStates(fipsOf(embedded.counties())));
    assertThat(coverage(precise)).isEqualTo(coverage(embedded));
    assertThat(coverage(precise).get("richmond-va")).contains("51097"); // King and Queen
  }

  @Test
  void isMoreAccurateThanTheEmbeddedData() {
    Manifest precise = PreciseGeodata.data().manifest();
    Manifest embedded = TestData.shipped().manifest();
    Manifest.Accuracy p = precise.boundaries().accuracy();
    Manifest.Accuracy e = embedded.boundaries().accuracy();

    assertThat(p.inCountyPercent()).isGreaterThan(e.inCountyPercent());
    assertThat(p.wrongCounty().count()).isLessThan(e.wrongCounty().count());
    assertThat(p.offCoast().count()).isLessThan(e.offCoast().count());
    assertThat(precise.nearBoundaryMeters()).isLessThan(embedded.nearBoundaryMeters());
  }

  @Test
  void theProjectReadmeStatesTheMeasuredAccuracyOfBoth() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Manifest precise = PreciseGeodata.data().manifest();
    Manifest embedded = TestData.shipped().manifest();

    assertThat(readme)
        .contains(
            row(
                "single-county ZIP points in their county",
                inCounty(embedded.boundaries().accuracy()),
                inCounty(precise.boundaries().accuracy())),
            row(
                "in another county",
                misses(embedded.boundaries().accuracy().wrongCounty()),
                misses(precise.boundaries().accuracy().wrongCounty())),
            row(
                "off the coast, in no county",
                misses(embedded.boundaries().accuracy().offCoast()),
                misses(precise.boundaries().accuracy().offCoast())),
            row(
                "`nearBoundary` within",
                distance(embedded.nearBoundaryMeters()),
                distance(precise.nearBoundaryMeters())),
            row(
                "offshore points given to the nearest county within",
                distance(embedded.snapMeters()),
                distance(precise.snapMeters())));
  }

  /** A row of the README's table of the accuracy of both kinds of geodata. */
  static String row(String what, String embedded, String precise) {
    return "| " + what + " | " + embedded + " | " + precise + " |";
  }

  static String inCounty(Manifest.Accuracy a) {
    return String.format(
        Locale.ROOT, "%,d of %,d (%.2f %%)", a.inCounty(), a.tested(), a.inCountyPercent());
  }

  static String misses(Manifest.Misses m) {
    return m.count() == 0
        ? "none"
        : String.format(
            Locale.ROOT,
            "%d: median %s, 90th percentile %s, farthest %s",
            m.count(),
            distance(m.p50()),
            distance(m.p90()),
            distance(m.max()));
  }

  static String distance(int meters) {
    return meters >= 1000
        ? String.format(Locale.ROOT, "%.1f km", meters / 1000.0)
        : String.format(Locale.ROOT, "%d m", meters);
  }

  private static Set<String> fipsOf(List<County> counties) {
    return counties.stream()
        .map(County::fips)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Connecticut and Alaska (codes changed after 2018) left out. */
  private static Set<String> withoutRecodedStates(Set<String> fips) {
    return fips.stream()
        .filter(f -> !f.startsWith("09") && !f.startsWith("02"))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The counties each check-in office covers, Connecticut and Alaska codes left out. */
  private static Map<String, Set<String>> coverage(Geodata data) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (CheckinOffice c : data.checkinOffices()) {
      out.put(c.id(), withoutRecodedStates(c.counties()));
    }
    return out;
  }
}
