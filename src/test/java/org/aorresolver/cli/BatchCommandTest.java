package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.aorresolver.batch.BatchFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on files and standard streams, through {@code Main.run}. */
class BatchCommandTest {
  private static final String BROWNSVILLE = "25.9017,-97.4975";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  private int run(byte[] stdin, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "batch";
    all[1] = "--geodata=geodata";
    System.arraycopy(args, 0, all, 2, args.length);
    return Main.run(
        all,
        new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    return run(new byte[0], args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void datesAcrossTheChangeGiveSanAntonioThenBothThenHarlingen() throws IOException {
    Path in =
        write(
            "dated.csv",
            "id,lat,lon,date\n"
                + ("1," + BROWNSVILLE + ",2020-10-29\n")
                + ("2," + BROWNSVILLE + ",2020-10-30\n")
                + ("3," + BROWNSVILLE + ",2021-09-26\n")
                + ("4," + BROWNSVILLE + ",2021-09-27\n")
                + ("5," + BROWNSVILLE + ",\n"));

    assertThat(run("--edition", "2020", in.toString(), dir.resolve("out.csv").toString())).isZero();

    List<List<String>> rows = BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")));
    assertThat(rows.get(1).subList(4, 7)).containsExactly("Match", "", "SNA");
    assertThat(rows.get(2).subList(4, 9))
        .containsExactly("Ambiguous", "transition-window", "", "", "SNA@2020|HLG@2021");
    assertThat(rows.get(3).get(12)).isEqualTo("2020|2021");
    assertThat(rows.get(4).subList(4, 7)).containsExactly("Match", "", "HLG");
    assertThat(rows.get(5).subList(4, 7))
        .as("--edition for rows without a date")
        .containsExactly("Match", "", "SNA");
    assertThat(stderr()).contains("5 rows", "Match 3", "Ambiguous 2", "Error 0");
  }

  @Test
  void readsTheCensusGeocoderLayoutWithoutHeader() throws IOException {
    Path in =
        write(
            "addresses.csv",
            "1,1717 Zoy St,Harlingen,TX,78550\n"
                + "2,\"4600 Silver Hill Rd\",Washington,DC,20233\n"
                + "3,,,,76511\n"
                + "4,1 Nowhere,,,\n");

    assertThat(run(in.toString(), dir.resolve("out.csv").toString())).isZero();

    List<List<String>> rows = BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).subList(0, 8))
        .containsExactly("1", "1717 Zoy St", "Harlingen", "TX", "78550", "Match", "", "HLG");
    assertThat(rows.get(1).get(7)).isEqualTo("WAS");
    assertThat(rows.get(2).subList(5, 10))
        .containsExactly("Ambiguous", "spans-offices", "", "", "HOU:0.6339|SNA:0.3661");
    assertThat(rows.get(3).subList(5, 7)).containsExactly("No_Match", "unknown-place");
  }

  @Test
  void readsAndWritesNdjsonAndGzip() throws IOException {
    Path in = dir.resolve("points.ndjson.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in))) {
      gz.write(
          ("{\"id\":1,\"lat\":26.19,\"lon\":-97.69}\n"
                  + "{\"id\":2,\"zip\":\"76511\",\"note\":\"a \\\"quoted\\\" note\"}\n"
                  + "not json\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path outFile = dir.resolve("answered.ndjson.gz");

    assertThat(run(in.toString(), outFile.toString())).isZero();

    byte[] text;
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(outFile))) {
      text = gz.readAllBytes();
    }
    List<JsonNode> rows = BatchFixture.ndjson(text);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).path("office_code").asText()).isEqualTo("HLG");
    assertThat(rows.get(0).path("near_boundary").isBoolean()).isTrue();
    assertThat(rows.get(1).path("note").asText()).isEqualTo("a \"quoted\" note");
    assertThat(rows.get(1).path("candidates").asText()).isEqualTo("HOU:0.6339|SNA:0.3661");
    assertThat(rows.get(2).path("status").asText()).isEqualTo("Error");
    assertThat(rows.get(2).path("reason").asText()).isEqualTo("invalid-json");
  }

  @Test
  void streamsFromStandardInputToStandardOutput() {
    byte[] in = "zip,state\n78550,TX\n00000,\n".getBytes(StandardCharsets.UTF_8);

    assertThat(run(in, "-", "-")).isZero();

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "zip,state,status,reason,office_code,office_name,candidates,precision,county_fips,aor_state,");
    assertThat(BatchFixture.csv(out.toByteArray()).get(1).subList(2, 5))
        .containsExactly("Match", "", "HLG");
    assertThat(BatchFixture.csv(out.toByteArray()).get(2).subList(2, 4))
        .containsExactly("No_Match", "unknown-zip");
    assertThat(stderr()).contains("2 rows");
  }

  @Test
  void refusesInputWithoutPlaceColumnsAndBadOptions() throws IOException {
    Path in = write("other.csv", "a,b,c\n1,2,3\n");

    assertThat(run(in.toString(), "-")).isEqualTo(1);
    assertThat(stderr()).contains("names no place column");
    assertThat(run("--edition", "2019", in.toString(), "-")).isEqualTo(2);
    assertThat(stderr()).contains("invalid --edition");
    assertThat(run(dir.resolve("missing.csv").toString(), "-")).isEqualTo(1);
  }

  @Test
  void standardOutputThatCannotBeWrittenStopsTheBatchWithExitCodeOne() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    byte[] rows =
        ("id,lat,lon\n" + "1,29.42,-98.49\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);

    int code =
        Main.run(
            new String[] {"batch", "--geodata=geodata", "-", "-"},
            new ByteArrayInputStream(rows),
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(stderr()).contains("standard output cannot be written");
  }

  private static final String POINTS = "id,lat,lon\n1,29.42,-98.49\n2,29.76,-95.37\n";

  /** The names in the test folder other than those given. */
  private List<String> others(String... expected) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !List.of(expected).contains(n))
          .sorted()
          .toList();
    }
  }

  @Test
  void refusesOutThatIsTheInputInEverySpellingBeforeOpeningAnything() throws IOException {
    Path in = write("same.csv", POINTS);
    Files.createLink(dir.resolve("hard.csv"), in);
    Files.createSymbolicLink(dir.resolve("link.csv"), in);
    Path gz = write("same.csv.gz", POINTS);
    String[][] pairs = {
      {in.toString(), in.toString()},
      {in.toString(), dir + "/./same.csv"},
      {in.toString(), dir.resolve("hard.csv").toString()},
      {dir.resolve("link.csv").toString(), in.toString()},
      {gz.toString(), gz.toString()}
    };

    for (String[] pair : pairs) {
      assertThat(run(pair[0], pair[1])).as(String.join(" ", pair)).isEqualTo(2);
    }

    assertThat(Files.readString(in)).isEqualTo(POINTS);
    assertThat(Files.readString(gz)).isEqualTo(POINTS);
    assertThat(others()).containsExactly("hard.csv", "link.csv", "same.csv", "same.csv.gz");
    assertThat(stderr()).contains("are the same file: the answer would replace the input");
  }

  @Test
  void refusesADirectoryAsOut() throws IOException {
    Path in = write("in.csv", POINTS);

    assertThat(run(in.toString(), dir.toString())).isEqualTo(2);
    assertThat(stderr()).contains("is a directory: name the file to write");
  }

  @Test
  @Tag("slow") // reads 64 MiB and more
  void aDirectoryOrDevZeroAsInFailsClearlyWithoutCreatingOut() throws IOException {
    Files.createDirectory(dir.resolve("folder"));
    String out = dir.resolve("out.csv").toString();

    assertThat(run(dir.resolve("folder").toString(), out)).isEqualTo(1);
    assertThat(stderr()).contains("folder: is a directory");
    assertThat(run("/dev/zero", out)).isEqualTo(1);
    assertThat(stderr()).contains("/dev/zero: no line end within 67,108,864 bytes");
    assertThat(others("folder")).isEmpty();
  }

  @Test
  @Tag("slow") // reads 64 MiB and more
  void aRunThatFailsLeavesAnExistingOutAsItWasAndNoPartialFile() throws IOException {
    Path out = write("out.csv", "earlier answers\n");
    Path noPlace = write("other.csv", "a,b\n1,2\n");
    Path cutLater = dir.resolve("cut.csv.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(cutLater))) {
      gz.write(POINTS.repeat(20_000).replace("\nid,lat,lon", "").getBytes(StandardCharsets.UTF_8));
      byte[] line = new byte[1 << 20];
      java.util.Arrays.fill(line, (byte) 'x');
      for (int i = 0; i < 70; i++) {
        gz.write(line); // a line with no end: the batch stops after writing many rows
      }
    }

    assertThat(run(noPlace.toString(), out.toString())).isEqualTo(1);
    assertThat(run(cutLater.toString(), out.toString())).isEqualTo(1);

    assertThat(stderr()).contains("names no place column", "no line end within");
    assertThat(Files.readString(out)).isEqualTo("earlier answers\n");
    assertThat(others("cut.csv.gz", "other.csv")).containsExactly("out.csv");
  }

  @Test
  void aCompleteRunReplacesOutKeepingItsPermissionsAndTheLinkToIt() throws IOException {
    Path in = write("in.csv", POINTS);
    Path out = write("out.csv", "earlier answers\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), out.getFileName());

    assertThat(run(in.toString(), link.toString())).isZero();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(BatchFixture.csv(Files.readAllBytes(out))).hasSize(3);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
    assertThat(others()).containsExactly("in.csv", "latest.csv", "out.csv");
  }

  @Test
  void readsAPipeAsProcessSubstitutionGivesIt() throws Exception {
    Path fifo = dir.resolve("in.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, POINTS);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    assertThat(run(fifo.toString(), dir.resolve("out.csv").toString())).isZero();

    writer.join();
    assertThat(BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")))).hasSize(3);
  }
}
