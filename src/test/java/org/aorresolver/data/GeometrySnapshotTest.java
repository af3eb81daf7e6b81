package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * The binary snapshot a folder's geometry and county index are kept in: the next load reads it and
 * gives the same data; a changed GeoJSON file, a damaged snapshot or one that cannot be written are
 * each noticed, and the data still loads from the GeoJSON.
 */
class GeometrySnapshotTest {
  @TempDir Path dir;

  private Path folder() throws IOException {
    for (String f : List.of("geodata", "geodata/sources")) {
      try (Stream<Path> files = Files.list(Path.of(f))) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          Path target = dir.resolve(Path.of("geodata").relativize(p));
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }

  private static Geodata load(Path folder) throws GeodataException {
    return GeodataLoader.load(GeodataFiles.directory(folder));
  }

  private static Path snapshot(Geodata data, Path folder) {
    return GeometrySnapshot.file(GeodataFiles.directory(folder), data.manifest().dataVersion());
  }

  @Test
  void theNextLoadReadsTheSnapshotAndGivesTheSameData() throws Exception {
    Path folder = folder();

    Geodata first = load(folder);
    Path snapshot = snapshot(first, folder);
    FileTime written = Files.getLastModifiedTime(snapshot);
    Geodata second = load(folder);

    assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(written);
    assertThat(second.manifest().geometryVerified()).isTrue();
    assertThat(second.counties()).isEqualTo(first.counties());
    for (int i = 0; i < first.countyAreas().size(); i++) {
      assertThat(second.countyAreas().get(i).equalsExact(first.countyAreas().get(i))).isTrue();
    }
    for (Edition e : Edition.values()) {
      for (int i = 0; i < first.aors().get(e).size(); i++) {
        Geometry a = first.aors().get(e).get(i).area();
        assertThat(second.aors().get(e).get(i).area().equalsExact(a)).isTrue();
      }
    }
    sameAnswers(first, second);
  }

  /** The county index read back answers as the one built, over seeded random points. */
  private static void sameAnswers(Geodata built, Geodata read) {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      double lon = random.nextDouble(-180, -60);
      double lat = random.nextDouble(15, 72);
      assertThat(read.countyIndex().locate(lon, lat))
          .as("(%s, %s), seed 7", lon, lat)
          .isEqualTo(built.countyIndex().locate(lon, lat));
    }
  }

  @Test
  void aChangedGeoJsonFileIsReadAgainAndTheSnapshotRewritten() throws Exception {
    Path folder = folder();
    Geodata first = load(folder);
    Path snapshot = snapshot(first, folder);
    byte[] before = Files.readAllBytes(snapshot);
    Path counties = folder.resolve("counties.geojson");
    Files.setLastModifiedTime(
        counties, FileTime.fromMillis(Files.getLastModifiedTime(counties).toMillis() + 60_000));

    Geodata again = load(folder);

    assertThat(Files.readAllBytes(snapshot)).isNotEqualTo(before);
    assertThat(again.manifest().geometryVerified()).isTrue();
    sameAnswers(first, again);
  }

  @Test
  void aDamagedSnapshotIsIgnored() throws Exception {
    Path folder = folder();
    Geodata first = load(folder);
    Path snapshot = snapshot(first, folder);
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(snapshot, bytes);

    Geodata again = load(folder);

    assertThat(again.counties()).isEqualTo(first.counties());
    assertThat(again.manifest().geometryVerified()).isTrue();
    sameAnswers(first, again);
    assertThat(Files.readAllBytes(snapshot)).isNotEqualTo(bytes);
  }

  @Test
  void aFolderWhereNoSnapshotCanBeWrittenStillLoads() throws Exception {
    Path folder = folder();
    Files.writeString(folder.resolve(".snapshot"), "a file where the snapshot folder would be");

    Geodata data = load(folder);

    assertThat(data.counties()).hasSameSizeAs(TestData.shipped().counties());
    assertThat(data.countyIndex()).isNotNull();
    assertThat(Files.isRegularFile(folder.resolve(".snapshot"))).isTrue();
  }
}
