package org.aorresolver.batch.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.Format;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks in and out of a batch: a sheet answers exactly as the same rows in CSV do, and a
 * workbook answer holds the CSV answer's rows, typed.
 */
class XlsxBatchTest {
  private static final BatchOptions OPTIONS =
      BatchOptions.defaults().withThreads(2); // apprehension_date: the one date-like column

  /** Shaped like an ICE data release: a date-time column, state and county, points and ZIPs. */
  static final List<List<Object>> RELEASE =
      List.of(
          row("id", "apprehension_date", "state", "county", "lat", "lon", "zip", "note"),
          row(1, at(2020, 5, 1, 10, 15), "TX", "Cameron", 25.9017, -97.4975, 78520, "plain"),
          row(2, at(2021, 3, 1, 14, 22), "TX", "Cameron", 25.9017, -97.4975, 78520, "a, \"b\""),
          row(3, at(2022, 1, 15, 8, 0), "TX", "Live Oak", 28.335147, -98.333977, 78022, null),
          row(4, at(2019, 7, 4, 0, 0), "MA", "Hampden", null, null, 1001, "lost its zero"),
          row(5, at(2020, 2, 29, 23, 59), "TX", null, "#N/A", -98.49, null, null),
          row(),
          row(7, null, "TX", "Bexar", 29.42, -98.49, 78205, "line\nbreak"),
          row(8, at(2023, 6, 1, 12, 0), "CA", "Los Angeles", 10000000, 0.5, null, true));

  /** The same rows as CSV, as a person would type them. */
  static final String RELEASE_CSV =
      "id,apprehension_date,state,county,lat,lon,zip,note\n"
          + "1,2020-05-01T10:15:00,TX,Cameron,25.9017,-97.4975,78520,plain\n"
          + "2,2021-03-01T14:22:00,TX,Cameron,25.9017,-97.4975,78520,\"a, \"\"b\"\"\"\n"
          + "3,2022-01-15T08:00:00,TX,Live Oak,28.335147,-98.333977,78022,\n"
          + "4,2019-07-04T00:00:00,MA,Hampden,,,1001,lost its zero\n"
          + "5,2020-02-29T23:59:00,TX,,#N/A,-98.49,,\n"
          + "\n"
          + "7,,TX,Bexar,29.42,-98.49,78205,\"line\nbreak\"\n"
          + "8,2023-06-01T12:00:00,CA,Los Angeles,10000000,0.5,,TRUE\n";

  @TempDir Path dir;

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  static LocalDateTime at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min);
  }

  private Path workbook(List<List<Object>> rows) {
    return Workbooks.write(dir.resolve("in.xlsx"), Workbooks.of(rows));
  }

  static byte[] answer(Path xlsx, String sheet, Format format, BatchOptions options)
      throws IOException, BatchInputException {
    XlsxLimits limits = XlsxLimits.forCommand(options.maxRowBytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxBatch b = XlsxBatch.open(XlsxInput.check(xlsx, sheet, limits, 1 << 20), options)) {
      b.run(BatchFixture.resolver(), out, format, rows -> {});
    }
    return out.toByteArray();
  }

  static byte[] answerCsv(String csv, Format format, BatchOptions options)
      throws IOException, BatchInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = csv.getBytes(StandardCharsets.UTF_8);
    try (XlsxBatch b = XlsxBatch.open(new ByteArrayInputStream(in), options)) {
      b.run(BatchFixture.resolver(), out, format, rows -> {});
    }
    return out.toByteArray();
  }

  @Test
  void aSheetAnswersAsCsvExactlyAsTheSameRowsInCsvDo() throws Exception {
    byte[] fromSheet = answer(workbook(RELEASE), null, Format.CSV, OPTIONS);
    byte[] fromCsv = answerCsv(RELEASE_CSV, Format.CSV, OPTIONS);

    assertThat(new String(fromSheet, StandardCharsets.UTF_8))
        .isEqualTo(new String(fromCsv, StandardCharsets.UTF_8));
    List<List<String>> rows = BatchFixture.csv(fromSheet);
    assertThat(rows).as("the header and one row for each row, the blank one too").hasSize(9);
    assertThat(rows.get(1).subList(8, 11)).containsExactly("Match", "", "SNA");
    assertThat(rows.get(2).subList(8, 9)).containsExactly("Ambiguous");
    assertThat(rows.get(3).subList(8, 11)).containsExactly("Match", "", "HOU");
    assertThat(rows.get(5).subList(8, 10)).containsExactly("Error", "invalid-input");
    assertThat(rows.get(6).subList(8, 10)).containsExactly("Error", "blank-line");
  }

  @Test
  void aWorkbookAnswerHoldsTheCsvAnswersRowsTyped() throws Exception {
    byte[] xlsx = answer(workbook(RELEASE), null, Format.XLSX, OPTIONS);
    byte[] csv = answerCsv(RELEASE_CSV, Format.CSV, OPTIONS);

    assertThat(Workbooks.text(xlsx)).isEqualTo(Workbooks.trimmed(BatchFixture.csv(csv)));
    List<List<Cell>> cells = Workbooks.cells(xlsx);
    assertThat(cells.get(0).get(0).getType()).isEqualTo(CellType.STRING);
    Cell date = cells.get(1).get(1);
    assertThat(date.getType()).isEqualTo(CellType.NUMBER);
    assertThat(date.asDate()).isEqualTo(at(2020, 5, 1, 10, 15));
    assertThat(cells.get(1).get(4).getType()).as("lat").isEqualTo(CellType.NUMBER);
    assertThat(cells.get(4).get(6).getType()).as("a ZIP is text").isEqualTo(CellType.STRING);
    assertThat(cells.get(4).get(6).getText()).isEqualTo("1001");
    assertThat(cells.get(1).get(14).getText()).as("county_fips").isEqualTo("48061");
    assertThat(cells.get(1).get(14).getType()).isEqualTo(CellType.STRING);
    assertThat(cells.get(8).get(7).getType()).isEqualTo(CellType.BOOLEAN);
  }

  @Test
  void aCsvFileAnswersAsAWorkbookWithAHeaderRow() throws Exception {
    byte[] xlsx = answerCsv("id,lat,lon\n1,25.9017,-97.4975\n2,01.5,x\n", Format.XLSX, OPTIONS);

    List<List<String>> text = Workbooks.text(xlsx);
    assertThat(text.get(0).subList(0, 4)).containsExactly("id", "lat", "lon", "status");
    assertThat(text.get(1).subList(0, 6))
        .containsExactly("1", "25.9017", "-97.4975", "Match", "", "HLG");
    assertThat(Workbooks.cells(xlsx).get(2).get(1).getType())
        .as("a leading zero keeps a number text")
        .isEqualTo(CellType.STRING);
  }

  @Test
  void theCensusLayoutWithoutHeaderGetsOneInAWorkbook() throws Exception {
    byte[] xlsx = answerCsv("1,1717 Zoy St,Harlingen,TX,78550\n", Format.XLSX, OPTIONS);

    List<List<String>> text = Workbooks.text(xlsx);
    assertThat(text).hasSize(2);
    assertThat(text.get(0).subList(0, 6))
        .containsExactly("id", "street", "city", "state", "zip", "status");
    assertThat(text.get(1).get(5)).isEqualTo("Match");
  }

  @Test
  void readsTheSheetNamedOrNumbered() throws Exception {
    byte[] book =
        Workbooks.of(
            "Notes",
            List.of(row("nothing here")),
            "Arrests",
            List.of(row("lat", "lon"), row(25.9017, -97.4975)));
    Path file = Workbooks.write(dir.resolve("two.xlsx"), book);

    for (String sheet : List.of("Arrests", "2")) {
      List<List<String>> rows = BatchFixture.csv(answer(file, sheet, Format.CSV, OPTIONS));
      assertThat(rows.get(1).subList(0, 5))
          .containsExactly("25.9017", "-97.4975", "Match", "", "HLG");
    }
  }
}
