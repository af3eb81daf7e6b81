package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aorresolver.PreciseGeodata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/build-geodata --census FILE --inspect} reads county files in the forms the Census
 * publishes them: the .zip as downloaded (shapefile at its root or in a folder), a .shp, GeoJSON
 * and .geojson.gz; cartographic (NAMELSAD only) and TIGER/Line (NAME) fields; vintages before and
 * after Connecticut's 2022 planning regions and Alaska's 2019 split. The fixtures are cut with GDAL
 * from the real Census 2018 county file: Connecticut, Alaska and Rhode Island.
 */
@Tag("slow")
class CensusInputsTest {
  private static final String SUBSET = "STATEFP IN ('09', '02', '44')";

  @TempDir static Path dir;

  private static Path cartographicShp;

  @BeforeAll
  static void cutFixtures() throws Exception {
    PreciseGeodata.assumeCensusFiles();
    Path cb = dir.resolve("cb").resolve("cb_2018_us_county_500k.shp");
    Files.createDirectories(cb.getParent());
    BuildScript.ogr2ogr(
        "-f", "ESRI Shapefile", cb.toString(), gz(), "-where", SUBSET, "-t_srs", "EPSG:4269");
    cartographicShp = cb;
  }

  private static String gz() {
    return "/vsigzip/" + PreciseGeodata.COUNTIES.toAbsolutePath();
  }

  private static JsonNode inspect(Path file) throws Exception {
    BuildScript.Run r = BuildScript.buildGeodata("--census", file.toString(), "--inspect");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r.json();
  }

  private static Map<String, String> names(JsonNode inspected) {
    Map<String, String> out = new TreeMap<>();
    inspected.get("counties").forEach(c -> out.put(c.get("fips").asText(), c.get("name").asText()));
    return out;
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
    return out;
  }

  @Test
  void readsTheCensusZipAsDownloadedWithNamelsadOnly() throws Exception {
    Path zip =
        BuildScript.zip(
            dir.resolve("cb_2018_us_county_500k.zip"), "", BuildScript.shapefile(cartographicShp));

    JsonNode inspected = inspect(zip);

    JsonNode b = inspected.get("boundaries");
    assertThat(b.get("vintage").asText()).isEqualTo("2018");
    assertThat(b.get("resolution").asText()).isEqualTo("500k");
    assertThat(b.get("inputs").get(0).get("features").asInt()).isEqualTo(8 + 29 + 5);
    assertThat(names(inspected))
        .containsEntry("09001", "Fairfield")
        .containsEntry("02261", "Valdez-Cordova")
        .containsEntry("02020", "Anchorage")
        .containsEntry("02110", "Juneau")
        .containsEntry("44001", "Bristol");
  }

  @Test
  void readsAZipWithTheShapefileInAFolder() throws Exception {
    Path zip =
        BuildScript.zip(
            dir.resolve("cb_2018_us_county_500k_folder.zip"),
            "cb_2018_us_county_500k/",
            BuildScript.shapefile(cartographicShp));

    assertThat(names(inspect(zip))).hasSize(42).containsEntry("44009", "Washington");
  }

  @Test
  void readsATigerLineShapefileByItsNameField() throws Exception {
    Path tiger = dir.resolve("tiger").resolve("tl_2018_us_county.shp");
    Files.createDirectories(tiger.getParent());
    BuildScript.ogr2ogr(
        "-f",
        "ESRI Shapefile",
        tiger.toString(),
        cartographicShp.toString(),
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT GEOID, NAMELSAD, LSAD, 'T' || NAMELSAD AS NAME, Geometry FROM cb_2018_us_county_500k");

    JsonNode inspected = inspect(tiger);

    assertThat(inspected.get("boundaries").get("resolution").asText()).isEqualTo("tiger");
    assertThat(names(inspected)).containsEntry("09001", "TFairfield County");
  }

  @Test
  void readsGzippedGeoJsonOfEveryCountyAndFillsInTheTerritoriesItLacks() throws Exception {
    JsonNode b = inspect(PreciseGeodata.COUNTIES).get("boundaries");

    assertThat(b.get("inputs").get(0).get("features").asInt()).isEqualTo(3220);
    assertThat(b.get("inputs").get(0).get("coordinateDecimals").asInt()).isEqualTo(3);
    assertThat(list(b.get("filledFromEmbedded")))
        .extracting(s -> s.replaceAll(".*\"fips\":\"(\\d+)\".*", "$1"))
        .containsExactly(
            "60010", "60020", "60050", "66010", "69085", "69100", "69110", "69120", "78010",
            "78020", "78030");
    assertThat(b.get("recoded").toString())
        .contains("\"state\":\"AK\"", "\"input\":[\"02261\"]", "\"embedded\":[\"02063\",\"02066\"]")
        .contains("\"state\":\"CT\"", "09001", "09110");
  }

  @Test
  void readsGeoJsonWithTheNewConnecticutAndAlaskaCodes() throws Exception {
    Path geojson = dir.resolve("cb_2023_us_county_500k.geojson");
    BuildScript.ogr2ogr(
        "-f",
        "GeoJSON",
        geojson.toString(),
        Path.of("geodata/counties.geojson").toAbsolutePath().toString(),
        "-dialect",
        "SQLite",
        "-sql",
        "SELECT fips AS GEOID, name || ' Planning Region' AS NAMELSAD, 'PL' AS LSAD, geometry"
            + " FROM counties WHERE stateFips = '09' OR fips IN ('02063', '02066')");

    JsonNode inspected = inspect(geojson);

    assertThat(inspected.get("boundaries").get("vintage").asText()).isEqualTo("2023");
    assertThat(inspected.get("boundaries").get("recoded")).isEmpty();
    assertThat(names(inspected)).containsEntry("09110", "Capitol").containsKey("02066");
  }

  @Test
  void refusesAFileWithoutCountyCodesNamingTheFeatures() throws Exception {
    Path geojson = dir.resolve("nameless.geojson");
    Files.writeString(
        geojson,
        """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"NAME":"Nowhere"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
        {"type":"Feature","properties":{"GEOID":"48061"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}
        ]}
        """,
        StandardCharsets.UTF_8);

    BuildScript.Run r = BuildScript.buildGeodata("--census", geojson.toString(), "--inspect");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .contains("2 problem(s)")
        .contains("feature 1: '00000' is not a county FIPS code")
        .contains("feature 2 (48061) has no name");
  }

  @Test
  void refusesToWriteGeodataFromCensusFilesIntoTheRepository() throws Exception {
    BuildScript.Run r =
        BuildScript.buildGeodata(
            "--census", cartographicShp.toString(), "--out", Path.of("geodata").toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("does not belong in the repository");
  }
}
