package org.aorresolver.data;

import static org.aorresolver.data.MiniGeodata.aor;
import static org.aorresolver.data.MiniGeodata.checkin;
import static org.aorresolver.data.MiniGeodata.collection;
import static org.aorresolver.data.MiniGeodata.county;
import static org.aorresolver.data.MiniGeodata.office;
import static org.aorresolver.data.MiniGeodata.rings;
import static org.aorresolver.data.MiniGeodata.square;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aorresolver.data.ValidationReport.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeodataValidatorTest {
  @TempDir Path dir;

  @Test
  void aConsistentFolderHasNoProblems() {
    ValidationReport report = validate(new MiniGeodata());

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void listsEveryProblemOfABrokenFolderAtOnce() {
    MiniGeodata broken = new MiniGeodata();
    // overlap: San Antonio's AOR reaches 0.5° down into Dallas's
    // gap: Dallas's AOR leaves out Oklahoma's county (x 2..3)
    String dallasWithoutOklahoma = "[" + rings(0, 0, 2, 0, 2, 1, 0, 1) + "]";
    String sanAntonioTooBig = "[" + rings(0, 0.5, 2, 0.5, 2, 2, 0, 2) + "]";
    broken.files.put(
        "aor-2021.geojson",
        collection(
            aor("DAL", "2021", dallasWithoutOklahoma), aor("SNA", "2021", sanAntonioTooBig)));
    // invalid ring (a bow tie) and a duplicate county in the boundary file
    broken.files.put(
        "counties.geojson",
        collection(
            county("48001", "Alpha", "DAL", square(0, 0, 1, 1)),
            county("48001", "Alpha again", "DAL", square(0, 0, 1, 1)),
            county(
                "48003",
                "Bravo",
                "DAL",
                "{\"type\":\"Polygon\",\"coordinates\":[" + rings(1, 0, 2, 1, 2, 0, 1, 1) + "]}"),
            county("48005", "Charlie", "SNA", square(0, 1, 1, 2)),
            county("48007", "Delta", "SNA", square(1, 1, 2, 2)),
            MiniGeodata.oklahoma()));
    // unknown office: a check-in office under a code no field office has
    broken.files.put(
        "checkin-offices.geojson",
        collection(checkin("dallas-tx", "DAL"), checkin("nowhere", "XYZ")));
    // missing county: the 2021 definition forgets Charlie
    broken.files.put(
        "definitions-2021.csv",
        MiniGeodata.withoutLine(broken.files.get("definitions-2021.csv"), "county,48005"));

    ValidationReport report = validate(broken);

    assertThat(report.problems())
        .extracting(Problem::check)
        .contains(
            "overlap",
            "gap",
            "invalid-geometry",
            "unknown-office",
            "missing-county",
            "duplicate-county");
    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .startsWith("overlap: aor-2021.geojson: DAL/SNA: AORs overlap by 12363."));
    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .startsWith(
                        "invalid-geometry: counties.geojson: 48003: Self-intersection at (1.5, 0.5"));
    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .isEqualTo(
                        "unknown-office: checkin-offices.geojson: nowhere: parent office 'XYZ' is unknown"));
    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .isEqualTo(
                        "missing-county: definitions-2021.csv: 48005: Charlie, TX is in a split state but has no row"));
    assertThat(report.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .isEqualTo(
                        "duplicate-county: counties.geojson: 48001: county 48001 appears twice"));
    assertThat(report.problems())
        .anySatisfy(p -> assertThat(p.toString()).startsWith("gap: aor-2021.geojson: DAL: "));
  }

  @Test
  void anAorWithoutAFieldOfficeIsAnUnknownOffice() {
    MiniGeodata data = new MiniGeodata();
    data.files.put("offices.geojson", collection(office("DAL")));

    ValidationReport report = validate(data);

    assertThat(report.problems())
        .extracting(Problem::toString)
        .contains(
            "unknown-office: aor-2020.geojson: SNA: office code 'SNA' is not in offices.geojson");
  }

  @Test
  void aFolderThatCannotBeLoadedIsOneProblemNamingFileAndFeature() {
    MiniGeodata data = new MiniGeodata();
    data.files.put(
        "counties.geojson",
        collection(
            county(
                "48001",
                "Alpha",
                "DAL",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}")));

    ValidationReport report = validate(data);

    assertThat(report.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "load: counties.geojson: feature 0 (id 48001): "
                + "a linear ring needs at least 4 positions, found 3");
  }

  private ValidationReport validate(MiniGeodata data) {
    return GeodataValidator.validate(GeodataFiles.directory(data.writeTo(dir)));
  }
}
