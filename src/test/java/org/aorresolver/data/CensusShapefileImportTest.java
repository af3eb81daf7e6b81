package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/import-census-shapefile on a shapefile written (with GDAL) from the shipped counties: the
 * folder it builds validates and holds the same AORs.
 */
@Tag("slow")
class CensusShapefileImportTest {
  @TempDir Path dir;

  @Test
  void importsACensusStyleCountyShapefileIntoAValidGeodataFolder() throws Exception {
    Path shp = dir.resolve("cb_test_us_county.shp");
    run(
        "ogr2ogr",
        "-f",
        "ESRI Shapefile",
        shp.toString(),
        TestData.GEODATA.resolve("counties.geojson").toString(),
        "-dialect",
        "OGRSQL",
        "-sql",
        "SELECT fips AS GEOID, name AS NAME FROM counties");
    Path out = dir.resolve("geodata");

    run("scripts/import-census-shapefile", shp.toString(), out.toString());

    ValidationReport report = GeodataValidator.validate(GeodataFiles.directory(out));
    assertThat(report.problems()).isEmpty();
    Geodata imported = GeodataLoader.load(GeodataFiles.directory(out));
    Geodata shipped = TestData.shipped();
    assertThat(imported.counties()).hasSameSizeAs(shipped.counties());
    assertThat(imported.manifest().boundarySource()).startsWith("cb_test_us_county.shp");
    for (Edition e : Edition.values()) {
      List<Aor> ours = imported.aors().get(e);
      assertThat(ours)
          .extracting(Aor::office)
          .isEqualTo(shipped.aors().get(e).stream().map(Aor::office).toList());
      for (int i = 0; i < ours.size(); i++) {
        double difference =
            ours.get(i).area().symDifference(shipped.aors().get(e).get(i).area()).getArea();
        assertThat(difference)
            .as("%s %s", e, ours.get(i).office())
            .isLessThan(GeodataValidator.AREA_TOLERANCE);
      }
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
  }
}
