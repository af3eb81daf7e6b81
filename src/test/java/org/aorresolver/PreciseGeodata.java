package org.aorresolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.data.GeodataLoader;
import org.junit.jupiter.api.Assumptions;

/**
 * Geodata built with {@code scripts/build-geodata --census} from the real Census 1:500,000 files in
 * {@code ../shared/boundaries} (the 2018 county file, rounded to 3 decimals, and the 2018 state
 * file), once per test run and only for the tests that ask for it (all tagged slow). The folder is
 * kept in {@code target/precise-geodata} and built again only when the Census files, the build or
 * the embedded geodata change. Never committed.
 *
 * <p>Without {@code ../shared/boundaries} the tests that need it are skipped, unless the
 * environment sets {@code AOR_REQUIRE_CENSUS_FILES=1} (CI does): then they fail.
 */
public final class PreciseGeodata {
  public static final Path BOUNDARIES = Path.of("../shared/boundaries");
  public static final Path COUNTIES = BOUNDARIES.resolve("cb_2018_us_county_500k_3dp.geojson.gz");
  public static final Path STATES = BOUNDARIES.resolve("cb_2018_us_state_500k.zip");
  public static final Path FOLDER = Path.of("target/precise-geodata");
  private static final Path STAMP = Path.of("target/precise-geodata.stamp");
  private static final Path LOG = Path.of("target/precise-geodata.log");

  private static Geodata data;
  private static Resolver resolver;

  private PreciseGeodata() {}

  /**
   * The folder, built if it is missing or stale; skips the calling test without the Census files.
   */
  public static synchronized Path folder() {
    assumeCensusFiles();
    try {
      String stamp = stamp();
      if (!Files.isRegularFile(FOLDER.resolve("manifest.json"))
          || !Files.exists(STAMP)
          || !Files.readString(STAMP, StandardCharsets.UTF_8).equals(stamp)) {
        build();
        Files.writeString(STAMP, stamp, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return FOLDER;
  }

  /** Skips the calling test when the Census files are missing (fails it where they must be). */
  public static void assumeCensusFiles() {
    boolean present = Files.isRegularFile(COUNTIES) && Files.isRegularFile(STATES);
    if (!present && "1".equals(System.getenv("AOR_REQUIRE_CENSUS_FILES"))) {
      throw new IllegalStateException("the Census files are not in " + BOUNDARIES.toAbsolutePath());
    }
    Assumptions.assumeTrue(present, "no Census files in " + BOUNDARIES.toAbsolutePath());
  }

  public static synchronized Geodata data() {
    if (data == null) {
      try {
        data = GeodataLoader.load(GeodataFiles.directory(folder()));
      } catch (GeodataException e) {
        throw new IllegalStateException(e);
      }
    }
    return data;
  }

  public static synchronized Resolver resolver() {
    if (resolver == null) {
      resolver = Resolver.build(data());
    }
    return resolver;
  }

  private static void build() throws IOException {
    List<String> command =
        List.of(
            "scripts/build-geodata",
            "--census",
            COUNTIES.toString(),
            "--census-states",
            STATES.toString(),
            "--out",
            FOLDER.toString());
    Files.createDirectories(LOG.getParent());
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
    try {
      if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed:\n"
                + Files.readString(LOG, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A checksum of everything the folder is made from. */
  private static String stamp() throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> roots =
        List.of(
            COUNTIES,
            STATES,
            Path.of("scripts/build-geodata"),
            Path.of("scripts/geodata"),
            Path.of("geodata"));
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f :
            files
                .filter(Files::isRegularFile)
                .filter(f -> !f.toString().contains("node_modules"))
                .filter(f -> !f.toString().contains(".snapshot"))
                .sorted()
                .toList()) {
          digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
          try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
