package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.aorresolver.Manifest;
import org.aorresolver.PreciseGeodata;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code /v1/info} says where the county boundaries in service come from and how accurate. */
class InfoBoundariesTest {

  @Test
  void theEmbeddedGeodataNamesItsGeneralizedBoundariesAndTheirMeasuredAccuracy() {
    JsonNode b =
        TestServer.json(TestServer.shared().get("/v1/info")).path("data").path("boundaries");
    Manifest.Accuracy a = TestData.shipped().manifest().boundaries().accuracy();

    assertThat(b.path("kind").asText()).isEqualTo("embedded");
    assertThat(b.path("resolution").asText()).isEqualTo("10m");
    assertThat(b.path("vintage").asText()).isEqualTo("2023");
    assertThat(b.path("accuracy").path("zipPointsTested").asInt()).isEqualTo(a.tested());
    assertThat(b.path("accuracy").path("inTheirCountyPercent").asDouble())
        .isEqualTo(a.inCountyPercent());
    assertThat(b.path("accuracy").path("inAnotherCounty").path("count").asInt())
        .isEqualTo(a.wrongCounty().count());
  }

  @Test
  @Tag("slow")
  void preciseGeodataNamesTheCensusFilesTheirVintageAndAccuracy() {
    Resolver precise = PreciseGeodata.resolver();
    try (TestServer server =
        TestServer.wrap(
            HttpApp.create(() -> precise, ServiceConfig.defaults().withPort(0)).start())) {
      JsonNode info = TestServer.json(server.get("/v1/info"));
      JsonNode b = info.path("data").path("boundaries");
      Manifest m = precise.data().manifest();

      assertThat(b.path("kind").asText()).isEqualTo("census");
      assertThat(b.path("description").asText())
          .isEqualTo("Census cartographic boundary file, 1:500,000");
      assertThat(b.path("vintage").asText()).isEqualTo("2018");
      assertThat(b.path("inputs").findValuesAsText("file"))
          .containsExactly("cb_2018_us_county_500k_3dp.geojson.gz", "cb_2018_us_state_500k.zip");
      assertThat(b.path("inputs").findValuesAsText("sha256"))
          .contains("3d73612759167f50462888da6387e1f0421f2507705ba531313736aa1e78656c");
      assertThat(b.path("filledFromEmbedded")).hasSize(11);
      assertThat(b.path("accuracy").path("inTheirCountyPercent").asDouble())
          .isEqualTo(m.boundaries().accuracy().inCountyPercent());
      assertThat(info.path("data").path("nearBoundaryMeters").asInt())
          .isEqualTo(m.nearBoundaryMeters());
      assertThat(info.path("sources").get(1).path("source").asText())
          .contains("1:500,000, 2018: cb_2018_us_county_500k_3dp.geojson.gz");
    }
  }
}
