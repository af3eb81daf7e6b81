package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.aorresolver.TestData;
import org.aorresolver.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: resolve prints the same JSON as the API; validate's exit code tells. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void resolvesAnAddressOnADateAsJson() throws Exception {
    int code =
        run(
            "resolve",
            "--geodata",
            "geodata",
            "--address",
            "1717 Zoy St, Harlingen, TX 78550",
            "--date",
            "2019-05-01");

    assertThat(code).isZero();
    JsonNode answer = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(answer.path("office").path("code").asText()).isEqualTo("SNA");
    assertThat(answer.path("edition").asText()).isEqualTo("2020");
    assertThat(answer.path("parsed").path("zip").asText()).isEqualTo("78550");
  }

  @Test
  void resolvesAStateOnTheEmbeddedData() throws Exception {
    assertThat(run("resolve", "--state", "GA")).isZero();
    assertThat(
            Json.MAPPER
                .readTree(out.toString(StandardCharsets.UTF_8))
                .path("office")
                .path("code")
                .asText())
        .isEqualTo("ATL");
  }

  @Test
  void badOptionsExitTwoNamingEveryOne() {
    int code = run("resolve", "--geodata", "geodata", "--lat", "abc", "--lon", "999");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid --lat", "invalid --lon");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void placeErrorsNameTheCommandsOwnOptions() {
    int none = run("resolve", "--geodata", "geodata", "--edition", "2021");
    int several =
        run("resolve", "--geodata", "geodata", "--lat", "26", "--lon", "-97", "--zip", "1");

    assertThat(none).isEqualTo(2);
    assertThat(several).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("missing place: give one of --lat and --lon, --state, --county, --zip")
        .contains("invalid --lat, --lon and --zip: given together")
        .doesNotContain("--place");
  }

  @Test
  void validateExitsZeroOnShippedDataAndOneOnBrokenData(@TempDir Path dir) throws Exception {
    assertThat(run("validate", "--geodata", TestData.GEODATA.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid");
    out.reset();

    assertThat(run("validate", "--geodata", wrongCountyCounts(dir).toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("problem: county-count", "HLG has 15 counties of TX, the reference says 16");
  }

  @Test
  void serveRefusesToStartOnGeodataThatFailsValidation(@TempDir Path dir) throws Exception {
    Path broken = wrongCountyCounts(dir);

    int code =
        assertTimeoutPreemptively(
            Duration.ofMinutes(1),
            () -> run("serve", "--geodata", broken.toString(), "--port", "0"));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("problem: county-count", "HLG has 15 counties", "refusing to start");
  }

  @Test
  void serveStopsOnUnreadableGeodataNamingFileAndFeature(@TempDir Path dir) throws Exception {
    Path broken = wrongCountyCounts(dir);
    Files.writeString(
        broken.resolve("counties.geojson"),
        """
        {"type":"FeatureCollection","features":[{"type":"Feature","id":"48061",
        "properties":{"fips":"48061"},
        "geometry":{"type":"Polygon","coordinates":[[[-97.5,26.0],[-97.4,26.1]]]}}]}
        """);

    int code =
        assertTimeoutPreemptively(
            Duration.ofMinutes(1),
            () -> run("serve", "--geodata", broken.toString(), "--port", "0"));

    assertThat(code).isEqualTo(1);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message)
        .contains("unusable geodata: counties.geojson: feature 0 (id 48061): a linear ring needs");
    assertThat(message).doesNotContain("\tat ");
  }

  /** The shipped geodata in {@code dir}, but for a reference count that is wrong on purpose. */
  private static Path wrongCountyCounts(Path dir) throws IOException {
    for (String f :
        new String[] {
          "manifest.json",
          "aor-2020.geojson",
          "aor-2021.geojson",
          "counties.geojson",
          "offices.geojson",
          "checkin-offices.geojson",
          "zips.csv",
          "foreign-land.geojson",
          "definitions-2020.csv",
          "definitions-2021.csv"
        }) {
      Files.copy(TestData.GEODATA.resolve(f), dir.resolve(f));
    }
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(
        dir.resolve("sources/split-state-county-counts.csv"),
        "edition,state,office,counties,source\n2021,TX,HLG,16,wrong on purpose\n");
    return dir;
  }
}
