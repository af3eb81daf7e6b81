package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Runs {@code scripts/build-geodata} and GDAL's {@code ogr2ogr} for tests of the geodata build. */
final class BuildScript {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a command printed and how it ended. */
  record Run(int exitCode, String stdout, String stderr) {
    JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }
  }

  private BuildScript() {}

  static Run buildGeodata(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("scripts/build-geodata"));
    command.addAll(List.of(args));
    return run(command);
  }

  /** ogr2ogr, which must succeed. */
  static void ogr2ogr(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("ogr2ogr"));
    command.addAll(List.of(args));
    Run r = run(command);
    assertThat(r.exitCode()).as("%s%n%s", command, r.stderr()).isZero();
  }

  static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("build-geodata", ".out");
    Path err = Files.createTempFile("build-geodata", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(20, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not end");
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Zips files, each under {@code folder} (empty: at the root), as the Census packs a download. */
  static Path zip(Path zip, String folder, List<Path> files) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path f : files) {
        out.putNextEntry(new ZipEntry(folder + f.getFileName()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return zip;
  }

  /** The files of a shapefile: .shp and those beside it with the same base name. */
  static List<Path> shapefile(Path shp) throws IOException {
    String base = shp.getFileName().toString().replaceAll("\\.shp$", "");
    try (var files = Files.list(shp.getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith(base + ".")).sorted().toList();
    }
  }
}
