package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Point;

class ShippedGeodataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void validatesWithoutAProblem() {
    ValidationReport report = GeodataValidator.validate(GeodataFiles.directory(TestData.GEODATA));

    assertThat(report.problems()).isEmpty();
    assertThat(report.notes()).anyMatch(n -> n.contains("American Samoa"));
  }

  @Test
  void editionsHaveTwentyFourAndTwentyFiveOffices() {
    Geodata data = TestData.shipped();

    assertThat(data.aors().get(Edition.E2020))
        .extracting(Aor::office)
        .hasSize(24)
        .doesNotContain("HLG");
    assertThat(data.aors().get(Edition.E2021)).extracting(Aor::office).hasSize(25).contains("HLG");
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/named-places.csv", numLinesToSkip = 1)
  void namedPlaceLiesInItsCountyAndInTheAorOfEachEdition(
      String name, double lat, double lon, String fips, String office2020, String office2021) {
    Geodata data = TestData.shipped();
    Point p = point(LatLon.of(lat, lon));

    List<String> counties = new ArrayList<>();
    for (County c : data.counties()) {
      if (data.countyAreas().get(c.index()).covers(p)) {
        counties.add(c.fips());
      }
    }
    assertThat(counties).as("counties covering %s", name).containsExactly(fips);
    assertThat(aorsCovering(data, Edition.E2020, p))
        .as("2020 AOR of %s", name)
        .containsExactly(office2020);
    assertThat(aorsCovering(data, Edition.E2021, p))
        .as("2021 AOR of %s", name)
        .containsExactly(office2021);
  }

  @Test
  void areaFilesFollowRfc7946() throws IOException {
    for (String file :
        List.of(
            "aor-2020.geojson", "aor-2021.geojson", "counties.geojson", "foreign-land.geojson")) {
      JsonNode fc = JSON.readTree(Files.readAllBytes(TestData.GEODATA.resolve(file)));
      assertThat(fc.has("crs")).as(file).isFalse();
      for (JsonNode f : fc.get("features")) {
        if (f.get("geometry").isNull()) {
          continue;
        }
        String where = file + " " + f.get("id").asText();
        assertThat(bboxWidth(f.get("bbox"))).as("bbox width of %s", where).isLessThan(180);
        for (JsonNode polygon : polygons(f.get("geometry"))) {
          for (int r = 0; r < polygon.size(); r++) {
            assertThat(isCounterClockwise(polygon.get(r)))
                .as("ring %d of %s", r, where)
                .isEqualTo(r == 0);
            polygon
                .get(r)
                .forEach(
                    pos ->
                        pos.forEach(v -> assertThat(decimals(v)).as(where).isLessThanOrEqualTo(6)));
          }
        }
      }
    }
  }

  @Test
  void aleutiansWestIsSplitAtTheAntimeridianWithACrossingBbox() throws IOException {
    JsonNode counties =
        JSON.readTree(Files.readAllBytes(TestData.GEODATA.resolve("counties.geojson")));
    JsonNode aleutians = null;
    for (JsonNode f : counties.get("features")) {
      if (f.get("id").asText().equals("02016")) {
        aleutians = f;
      }
    }
    JsonNode bbox = aleutians.get("bbox");

    assertThat(bbox.get(0).asDouble()).as("west edge east of 172 E").isGreaterThan(172);
    assertThat(bbox.get(2).asDouble()).as("east edge in the western hemisphere").isLessThan(-160);
    for (JsonNode polygon : polygons(aleutians.get("geometry"))) {
      double min = 180;
      double max = -180;
      for (JsonNode pos : polygon.get(0)) {
        min = Math.min(min, pos.get(0).asDouble());
        max = Math.max(max, pos.get(0).asDouble());
      }
      assertThat(max - min).as("no piece spans the antimeridian").isLessThan(180);
    }
  }

  private static List<String> aorsCovering(Geodata data, Edition e, Point p) {
    return data.aors().get(e).stream().filter(a -> a.area().covers(p)).map(Aor::office).toList();
  }

  private static Point point(LatLon at) {
    return org.aorresolver.geo.GeoJsonReader.FACTORY.createPoint(at.toCoordinate());
  }

  private static Iterable<JsonNode> polygons(JsonNode geometry) {
    if (geometry.get("type").asText().equals("Polygon")) {
      return List.of(geometry.get("coordinates"));
    }
    return geometry.get("coordinates");
  }

  private static boolean isCounterClockwise(JsonNode ring) {
    var cs = new org.locationtech.jts.geom.Coordinate[ring.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] =
          new org.locationtech.jts.geom.Coordinate(
              ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
    }
    return Orientation.isCCWArea(cs);
  }

  private static int decimals(JsonNode v) {
    return Math.max(0, new BigDecimal(v.asText()).stripTrailingZeros().scale());
  }

  private static double bboxWidth(JsonNode bbox) {
    double west = bbox.get(0).asDouble();
    double east = bbox.get(2).asDouble();
    return east >= west ? east - west : east + 360 - west;
  }
}
