package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.TestData;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.tiles.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * GDAL's OGC API - Features driver ({@code ogrinfo}, {@code ogr2ogr} from gdal-bin) reads the
 * collections as a GIS does, and finds the features and properties the service holds.
 */
@Tag("slow")
class OgcApiGdalTest {
  private static final Pattern LAYER =
      Pattern.compile("Layer name: (\\S+)[\\s\\S]*?Feature Count: (\\d+)");

  private static final TestServer server = TestServer.shared();
  private static String dataset;
  private static Geodata data;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    dataset = "OAPIF:http://127.0.0.1:" + server.app.port() + "/";
    data = TestData.shipped();
  }

  @Test
  void ogrinfoSeesEveryCollectionAsALayerWithItsFeatureCount() throws Exception {
    String info = Gdal.run("ogrinfo", "-ro", "-so", "-al", dataset);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = LAYER.matcher(info);
    while (m.find()) {
      counts.put(m.group(1), Integer.parseInt(m.group(2)));
    }

    assertThat(counts)
        .containsExactly(
            Map.entry("aor-2021", 25),
            Map.entry("aor-2020", 24),
            Map.entry("offices", data.offices().size()),
            Map.entry("checkin-offices", data.checkinOffices().size()),
            Map.entry("counties", data.counties().size()),
            Map.entry("states", 56));
    assertThat(info).contains("office: String", "phone: String", "office2021: String");
  }

  @Test
  void everyLayerHasTheGeometryTypeItServes() throws Exception {
    String info = Gdal.run("ogrinfo", "-ro", "-so", dataset);

    assertThat(info)
        .contains(
            "aor-2021 (title: Areas of responsibility, 2021 (25 offices)) (Multi Polygon)",
            "aor-2020 (title: Areas of responsibility, 2020 (24 offices)) (Multi Polygon)",
            "offices (title: ICE ERO field offices) (Point)",
            "counties (title: Counties with their field office in each edition) (Multi Polygon)",
            "states (title: States, DC and territories) (Multi Polygon)")
        .doesNotContain("Unknown");
  }

  /** ogr2ogr makes a GeoPackage of every layer without a warning, each with all its features. */
  @Test
  void aGeoPackageOfEveryLayerIsWrittenWithoutAWarning() throws Exception {
    Path gpkg = dir.resolve("aor.gpkg");
    String output = Gdal.run("ogr2ogr", "-f", "GPKG", gpkg.toString(), dataset);
    String info = Gdal.run("ogrinfo", "-ro", "-so", "-al", gpkg.toString());

    assertThat(output).doesNotContain("Warning", "ERROR");
    assertThat(info)
        .contains(
            "Feature Count: " + data.counties().size(), "validFrom: String", "editions: String");
    Matcher m = LAYER.matcher(info);
    int layers = 0;
    while (m.find()) {
      layers++;
    }
    assertThat(layers).isEqualTo(6);
  }

  /**
   * GDAL opened on a collection with a query sends it with every page: {@code datetime} picks the
   * editions in force, as /v1/resolve does by date.
   */
  @ParameterizedTest
  @CsvSource({
    "aor-2020?datetime=2019-05-01, 24",
    "aor-2020?datetime=2021-09-27, 0",
    "aor-2021?datetime=2020-10-29, 0",
    "aor-2021?datetime=2020-10-30/2021-09-26, 25",
    "counties?datetime=2021-09-27/..&state=TX, 254"
  })
  void aDatetimeInTheCollectionUrlSelectsTheEditionsInForce(String collection, int count)
      throws Exception {
    Path gpkg = dir.resolve("dated.gpkg");
    String url = "OAPIF:http://127.0.0.1:" + server.app.port() + "/collections/" + collection;
    String output = Gdal.run("ogr2ogr", "-f", "GPKG", gpkg.toString(), url);
    String info = Gdal.run("ogrinfo", "-ro", "-so", "-al", gpkg.toString());

    assertThat(output).doesNotContain("Warning", "ERROR");
    assertThat(info).contains("Feature Count: " + count);
  }

  /** An equality on a queryable is sent to the service as a query parameter, not done by GDAL. */
  @Test
  void aWhereOnAQueryableIsSentAsAFilter() throws Exception {
    Path out = dir.resolve("texas.geojson");
    String log =
        Gdal.run(
            Map.of("CPL_DEBUG", "ON"),
            "ogr2ogr",
            "-f",
            "GeoJSON",
            out.toString(),
            dataset,
            "counties",
            "-where",
            "state = 'TX'");
    List<JsonNode> texas = new ArrayList<>();
    Json.MAPPER.readTree(out.toFile()).path("features").forEach(texas::add);

    assertThat(log).contains("/collections/counties/items?limit=").contains("&state=TX");
    assertThat(texas).hasSize(254);
    assertThat(texas).allMatch(f -> f.path("properties").path("state").asText().equals("TX"));
  }

  @Test
  void theAorsGdalReadsAreTheServicesOfficeByOffice() throws Exception {
    for (Edition e : Edition.values()) {
      Map<String, Geometry> read = byId(features("aor-" + e.id()), "office");
      Map<String, Geometry> held = new LinkedHashMap<>();
      for (Aor a : data.aors().get(e)) {
        held.put(a.office(), a.area());
      }

      assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(held.keySet());
      held.forEach(
          (office, area) ->
              assertThat(read.get(office).symDifference(area).getArea())
                  .as("%s %s", e, office)
                  .isLessThan(1e-9 * area.getArea()));
    }
  }

  @Test
  void theOfficesLayerHasHarlingenAtItsLocationWithItsPhone() throws Exception {
    Office hlg =
        data.offices().stream().filter(o -> o.code().equals("HLG")).findFirst().orElseThrow();
    JsonNode feature =
        features("offices").stream()
            .filter(f -> f.path("properties").path("office").asText().equals("HLG"))
            .findFirst()
            .orElseThrow();

    assertThat(feature.path("properties").path("phone").asText()).isEqualTo(hlg.contact().phone());
    JsonNode at = feature.path("geometry").path("coordinates");
    assertThat(at.get(0).asDouble()).isEqualTo(hlg.location().lon());
    assertThat(at.get(1).asDouble()).isEqualTo(hlg.location().lat());
  }

  @Test
  void gdalFollowsTheNextLinksThroughEveryCounty() throws Exception {
    List<JsonNode> counties = features("counties", "-oo", "PAGE_SIZE=1000");

    assertThat(counties).hasSize(data.counties().size());
    assertThat(counties.stream().map(f -> f.path("properties").path("fips").asText()).distinct())
        .hasSize(data.counties().size());
  }

  @Test
  void aSpatialFilterIsSentAsABbox() throws Exception {
    List<JsonNode> near = features("aor-2021", "-spat", "-97.8", "26.1", "-97.6", "26.3");

    assertThat(near)
        .extracting(f -> f.path("properties").path("office").asText())
        .containsExactly("HLG");
  }

  /** The layer's features as ogr2ogr writes them to GeoJSON. */
  private List<JsonNode> features(String layer, String... options) throws Exception {
    Path out = dir.resolve(layer + ".geojson");
    Files.deleteIfExists(out);
    List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON"));
    command.addAll(List.of(options));
    command.addAll(List.of(out.toString(), dataset, layer));
    Gdal.run(command.toArray(String[]::new));
    List<JsonNode> features = new ArrayList<>();
    Json.MAPPER.readTree(out.toFile()).path("features").forEach(features::add);
    return features;
  }

  private static Map<String, Geometry> byId(List<JsonNode> features, String property)
      throws IOException {
    Map<String, Geometry> out = new LinkedHashMap<>();
    for (JsonNode f : features) {
      try {
        out.put(
            f.path("properties").path(property).asText(),
            new GeoJsonReader().read(f.get("geometry").toString()));
      } catch (ParseException e) {
        throw new IOException(e);
      }
    }
    return out;
  }
}
