package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.batch.xlsx.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} with workbooks at either end, through {@code Main.run}. */
class BatchCommandXlsxTest {
  private static final List<List<Object>> RELEASE =
      List.of(
          List.of("id", "apprehension_date", "state", "county", "lat", "lon"),
          List.of(1, LocalDateTime.of(2020, 5, 1, 10, 15), "TX", "Cameron", 25.9017, -97.4975),
          List.of(2, LocalDateTime.of(2022, 1, 15, 8, 0), "TX", "Cameron", 25.9017, -97.4975));

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

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  private Path release() {
    return Workbooks.write(dir.resolve("release.xlsx"), Workbooks.of(RELEASE));
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aWorkbookIsAnsweredAsAWorkbookWithEachRowsDate() throws IOException {
    String in = release().toString();

    assertThat(run("--date-column", "apprehension_date", in, path("out.xlsx"))).isZero();

    List<List<String>> rows = Workbooks.text(Files.readAllBytes(dir.resolve("out.xlsx")));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).subList(6, 9)).containsExactly("status", "reason", "office_code");
    assertThat(rows.get(1).get(1)).isEqualTo("2020-05-01T10:15:00");
    assertThat(rows.get(1).subList(6, 9)).containsExactly("Match", "", "SNA");
    assertThat(rows.get(2).subList(6, 9)).containsExactly("Match", "", "HLG");
    assertThat(stderr()).contains("2 rows", "Match 2");
  }

  @Test
  void aWorkbookIsAnsweredAsCsvWhenOutEndsInCsv() throws IOException {
    String in = release().toString();

    assertThat(run("--date-column", "apprehension_date", in, path("out.csv"))).isZero();

    List<List<String>> rows = BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")));
    assertThat(rows.get(1).subList(0, 2)).containsExactly("1", "2020-05-01T10:15:00");
    assertThat(rows.get(1).subList(6, 9)).containsExactly("Match", "", "SNA");
  }

  @Test
  void aCsvFileIsAnsweredAsAWorkbookWhenOutEndsInXlsx() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,zip\n1,78550\n2,01001\n");

    assertThat(run(in.toString(), path("out.xlsx"))).isZero();

    List<List<String>> rows = Workbooks.text(Files.readAllBytes(dir.resolve("out.xlsx")));
    assertThat(rows.get(2).subList(0, 2)).as("ZIPs are text").containsExactly("2", "01001");
    assertThat(rows.get(1).get(2)).isEqualTo("Match");
  }

  @Test
  void aWorkbookFromStandardInputOrWithoutItsExtensionIsToldByItsBytes() throws IOException {
    byte[] book = Workbooks.of(RELEASE);
    Path unnamed = Files.write(dir.resolve("release.dat"), book);

    assertThat(run(book, "--format", "xlsx", "-", path("a.csv"))).isZero();
    assertThat(run(book, "-", path("b.csv"))).isZero();
    assertThat(run(unnamed.toString(), path("c.csv"))).isZero();

    assertThat(stderr().split("batch: 2 rows in ", -1)).hasSize(4);
  }

  @Test
  void theSheetIsChosenWithSheetAndAMissingOneNamesTheSheets() throws IOException {
    Path in =
        Workbooks.write(
            dir.resolve("two.xlsx"),
            Workbooks.of("Read me", List.of(List.of("about")), "Arrests", RELEASE));

    assertThat(run("--sheet", "Arrests", in.toString(), path("out.csv"))).isZero();
    assertThat(BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")))).hasSize(3);

    assertThat(run("--sheet", "Arests", in.toString(), path("none.csv"))).isEqualTo(1);
    assertThat(stderr()).contains("no sheet \"Arests\"", "\"Read me\", \"Arrests\"");
    assertThat(dir.resolve("none.csv")).doesNotExist();
  }

  @Test
  void aZipBombOrACorruptWorkbookStopsWithAMessageAndNoOutput() throws IOException {
    Map<String, byte[]> parts = Workbooks.parts(Map.of("S", ""), "", new int[] {0}, List.of());
    parts.put(
        "xl/sharedStrings.xml",
        ("<sst><si><t>" + "a".repeat(64 << 20) + "</t></si></sst>")
            .getBytes(StandardCharsets.UTF_8));
    Path bomb = Workbooks.write(dir.resolve("bomb.xlsx"), Workbooks.zip(parts));
    Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2});

    assertThat(run(bomb.toString(), path("a.xlsx"))).isEqualTo(1);
    assertThat(run(corrupt.toString(), path("b.xlsx"))).isEqualTo(1);

    assertThat(stderr())
        .contains("bomb.xlsx: the workbook's part xl/sharedStrings.xml inflates")
        .contains("corrupt.xlsx: not an .xlsx workbook");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
    assertThat(dir.resolve("b.xlsx")).doesNotExist();
  }

  @Test
  void ndjsonIsNotAnsweredAsAWorkbook() throws IOException {
    Path in = Files.writeString(dir.resolve("in.ndjson"), "{\"zip\":\"78550\"}\n");

    assertThat(run(in.toString(), path("out.xlsx"))).isEqualTo(2);

    assertThat(stderr()).contains("NDJSON input cannot be answered as XLSX");
    assertThat(dir.resolve("out.xlsx")).doesNotExist();
  }
}
