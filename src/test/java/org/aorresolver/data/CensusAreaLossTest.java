package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aorresolver.PreciseGeodata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build refuses a county file that would leave an office without area it has in the embedded
 * data, here Rhode Island's counties from the Census 2018 file with Bristol County (44001) cut down
 * to a square of a few hundred metres at its northern tip; told to accept it, it builds and says
 * what was accepted.
 */
@Tag("slow")
class CensusAreaLossTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path input;

  @BeforeEach
  void cutBristolDown() throws Exception {
    PreciseGeodata.assumeCensusFiles();
    Path ri = dir.resolve("ri.geojson");
    BuildScript.ogr2ogr(
        "-f",
        "GeoJSON",
        ri.toString(),
        "/vsigzip/" + PreciseGeodata.COUNTIES.toAbsolutePath(),
        "-where",
        "STATEFP = '44'");
    ObjectNode fc = (ObjectNode) JSON.readTree(ri.toFile());
    for (var f : fc.get("features")) {
      if (f.get("properties").get("GEOID").asText().equals("44001")) {
        ((ObjectNode) f)
            .set(
                "geometry",
                JSON.readTree(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[-71.350,41.744],[-71.347,41.744],"
                        + "[-71.347,41.746],[-71.350,41.746],[-71.350,41.744]]]}"));
      }
    }
    input = dir.resolve("cb_2018_ri_county_500k.geojson");
    Files.writeString(input, JSON.writeValueAsString(fc), StandardCharsets.UTF_8);
  }

  @Test
  void refusesToBuildWhenAnOfficeWouldLoseAreaAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");

    BuildScript.Run r =
        BuildScript.buildGeodata("--census", input.toString(), "--out", out.toString());

    assertThat(r.exitCode()).as(r.stdout()).isEqualTo(1);
    assertThat(r.stderr())
        .contains("would lose their office (--accept-loss builds anyway)")
        .contains("BOS: county 44001 Bristol near");
    assertThat(out).doesNotExist();
  }

  @Test
  void buildsWhenToldToAcceptTheLossAndListsIt() throws Exception {
    Path out = dir.resolve("out");

    BuildScript.Run r =
        BuildScript.buildGeodata(
            "--census", input.toString(), "--out", out.toString(), "--accept-loss");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("accepted: edition 2021, BOS: county 44001 Bristol");
    assertThat(Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8))
        .contains("accepted with `--accept-loss`:")
        .contains("county 44001 Bristol");
  }
}
