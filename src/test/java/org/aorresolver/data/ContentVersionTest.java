package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version is that of the files as read, not the one the manifest declares. */
class ContentVersionTest {
  @TempDir Path dir;

  @Test
  void theShippedFolderHasTheVersionItsManifestDeclares() throws Exception {
    String declared =
        new ObjectMapper()
            .readTree(TestData.GEODATA.resolve("manifest.json").toFile())
            .path("dataVersion")
            .asText();

    assertThat(TestData.shipped().manifest().dataVersion()).isEqualTo(declared);
  }

  @Test
  void aFileChangedAfterTheBuildGivesANewVersionUnderTheSameManifest() throws Exception {
    for (String name : ShippedFiles.NAMES) {
      Files.copy(TestData.GEODATA.resolve(name), dir.resolve(name));
    }
    GeodataFiles files = GeodataFiles.directory(dir);
    String before = GeodataLoader.load(files).manifest().dataVersion();
    Path offices = dir.resolve("offices.geojson");
    String text = Files.readString(offices, StandardCharsets.UTF_8);
    Files.writeString(offices, text.replace("(281) 774-4816", "(281) 774-4817"));

    String after = GeodataLoader.load(files).manifest().dataVersion();
    Files.writeString(offices, text);
    String restored = GeodataLoader.load(files).manifest().dataVersion();

    assertThat(after).hasSize(12).isNotEqualTo(before);
    assertThat(restored).isEqualTo(before);
  }

  /** The files of a geodata folder, without its sources and README. */
  private static final class ShippedFiles {
    static final String[] NAMES = {
      "manifest.json",
      "counties.geojson",
      "aor-2020.geojson",
      "aor-2021.geojson",
      "foreign-land.geojson",
      "offices.geojson",
      "checkin-offices.geojson",
      "zips.csv",
      "definitions-2020.csv",
      "definitions-2021.csv"
    };
  }
}
