package org.aorresolver.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.cli.Main;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions and the job answer every row exactly as the batch command does: the same 100,000
 * seeded rows (see {@link SeededRows}; the seed is printed, and {@code -Dseed=} repeats a run) go
 * through the command, run in this JVM by its own entry point, and through Spark, and are compared
 * row by row, every added column.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementTest {
  private static final int ROWS = 100_000;
  private static final long SEED = Long.getLong("seed", 20_261_204L);

  private final SparkSession spark = LocalSpark.session();
  @TempDir static Path dir;
  private Path input;
  private Path cli;
  private Map<String, List<String>> expected;
  private Map<String, String> inputRows;

  @BeforeAll
  void answerWithTheBatchCommand() throws IOException {
    System.out.println("AgreementTest: seed " + SEED + " (repeat with -Dseed=" + SEED + ")");
    input = dir.resolve("rows.csv");
    cli = dir.resolve("cli.csv");
    SeededRows.write(input, SEED, ROWS);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"batch", input.toString(), cli.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    expected = answers(readCsv(cli.toString()));
    assertThat(expected).hasSize(ROWS);
    inputRows = new HashMap<>();
    for (String line : Files.readAllLines(input).subList(1, ROWS + 1)) {
      inputRows.put(line.substring(0, line.indexOf(',')), line);
    }
  }

  @Test
  void jobWritesTheBatchAnswersAsParquet() {
    String out = dir.resolve("job.parquet").toString();
    assertThat(run(input.toString(), out)).isZero();
    Dataset<Row> written = spark.read().parquet(out);
    assertThat(written.count()).isEqualTo(ROWS);
    assertAgree(answers(written), true);
  }

  @Test
  void jobWritesTheBatchCsvLineForLine() throws IOException {
    Path out = dir.resolve("job.csv");
    assertThat(run(input.toString(), out.toString())).isZero();
    List<String> job = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        List<String> lines = Files.readAllLines(p);
        job.addAll(job.isEmpty() ? lines : lines.subList(1, lines.size()));
      }
    }
    List<String> want = Files.readAllLines(cli);
    assertThat(job).hasSameSizeAs(want);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(job.get(i)) && !want.get(i).contains(",Error,field-count,")) {
        differ.add("batch " + want.get(i) + "\n  job " + job.get(i));
      }
    }
    assertThat(differ).as("seed %d", SEED).isEmpty();
  }

  @Test
  void functionsGiveTheBatchAnswers() {
    readCsv(input.toString()).createOrReplaceTempView("seeded");
    Dataset<Row> answered =
        spark
            .sql(
                """
            SELECT id, CASE
              WHEN lat IS NOT NULL OR lon IS NOT NULL THEN aor_point_on(lat, lon, date)
              WHEN county_fips IS NOT NULL THEN aor_county_on(county_fips, state, date)
              WHEN zip IS NOT NULL THEN aor_zip_on(zip, date) END AS a
            FROM seeded
            WHERE (lat IS NOT NULL OR lon IS NOT NULL OR county_fips IS NOT NULL OR zip IS NOT NULL)
              AND address IS NULL
            """)
            .selectExpr("id", "a.*");
    Map<String, List<String>> got = answers(answered);
    assertThat(got.size()).isGreaterThan(ROWS / 2);
    assertAgree(got, false);
  }

  @Test
  void functionsOnDoublesGiveTheBatchAnswers() {
    readCsv(input.toString()).createOrReplaceTempView("seeded");
    Dataset<Row> answered =
        spark.sql(
            """
            SELECT id, aor_office_on(y, x, date) AS office, aor_point_on(y, x, date) AS a
            FROM (SELECT id, date, CAST(lat AS DOUBLE) AS y, CAST(lon AS DOUBLE) AS x FROM seeded
                  WHERE lat RLIKE '^-?[0-9]+[.][0-9]+$' AND lon RLIKE '^-?[0-9]+[.][0-9]+$')
            """);
    Map<String, List<String>> got = answers(answered.selectExpr("id", "a.*"));
    assertThat(got.size()).isGreaterThan(ROWS / 2);
    // a message quotes the value: a DOUBLE's text has no trailing zeros
    int message = Outcome.COLUMNS.indexOf("message");
    got.forEach(
        (id, a) -> {
          String m = expected.get(id).get(message).replaceAll("'(-?[0-9]+[.][0-9]*?)0+'", "'$1'");
          if (a.get(message).equals(m)) {
            a.set(message, expected.get(id).get(message));
          }
        });
    assertAgree(got, false);
    for (Row r : answered.select("id", "office").collectAsList()) {
      List<String> want = expected.get(r.getString(0));
      if (want.get(1).equals("field-count")) {
        continue;
      }
      String office = want.get(Outcome.COLUMNS.indexOf("office_code"));
      assertThat(r.isNullAt(1) ? "" : r.getString(1))
          .as("row %s", r.getString(0))
          .isEqualTo(office);
    }
  }

  private int run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AorJob.run(
            spark,
            args,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return code;
  }

  /**
   * Every row of {@code got} has the batch's answer, column for column; rows with a field too many
   * only in a job, since functions see the columns Spark read.
   */
  private void assertAgree(Map<String, List<String>> got, boolean job) {
    List<String> differ = new ArrayList<>();
    got.forEach(
        (id, answer) -> {
          boolean fieldCount = expected.get(id).get(1).equals("field-count");
          if ((job || !fieldCount) && !answer.equals(expected.get(id)) && differ.size() < 20) {
            differ.add(inputRows.get(id) + "\n  batch " + expected.get(id) + "\n  spark " + answer);
          }
        });
    assertThat(differ).as("seed %d", SEED).isEmpty();
  }

  private Dataset<Row> readCsv(String path) {
    return spark.read().option("header", true).option("escape", "\"").csv(path);
  }

  /** The added columns of each row by id (the last eleven), as text: null is empty. */
  private static Map<String, List<String>> answers(Dataset<Row> rows) {
    Map<String, List<String>> byId = new HashMap<>();
    int n = Outcome.COLUMNS.size();
    for (Row r : rows.collectAsList()) {
      List<String> a = new ArrayList<>(n);
      for (int i = r.length() - n; i < r.length(); i++) {
        a.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
      }
      String id = String.valueOf(r.get(0));
      assertThat(byId.put(id, a)).as("row %s answered twice", id).isNull();
    }
    return byId;
  }
}
