package org.aorresolver.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AorJobTest {
  private final SparkSession spark = LocalSpark.session();
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return AorJob.run(
        spark,
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parquetInKeepsItsTypedColumnsAndAddsTheBatchColumns() {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("Latitude", DataTypes.DoubleType, true),
                DataTypes.createStructField("Longitude", DataTypes.DoubleType, true),
                DataTypes.createStructField("state", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true)));
    List<Row> rows =
        List.of(
            RowFactory.create(1L, 25.9017, -97.4975, null, Date.valueOf("2020-05-01")),
            RowFactory.create(2L, 25.9017, -97.4975, null, null),
            RowFactory.create(3L, 95.0, -97.4975, null, null),
            RowFactory.create(4L, null, null, "TX", Date.valueOf("2022-01-15")));
    String in = dir.resolve("in.parquet").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in);
    String out = dir.resolve("out").toString();

    assertThat(run(in, out)).as(errors()).isZero();

    Dataset<Row> written = spark.read().parquet(out);
    StructType expected = schema;
    for (var f : AnswerRow.schema(addedNames(schema)).fields()) {
      expected = expected.add(f);
    }
    assertThat(written.schema().simpleString()).isEqualTo(expected.simpleString());
    assertThat(written.schema().fieldNames())
        .endsWith("aor_state", "edition", "near_boundary", "message");
    List<Row> answered = written.orderBy("id").collectAsList();
    assertThat(answered)
        .extracting(r -> r.<String>getAs("office_code"))
        .containsExactly("SNA", "HLG", null, null);
    assertThat(answered)
        .extracting(r -> r.<String>getAs("status"))
        .containsExactly("Match", "Match", "Error", "Ambiguous");
    assertThat(answered.get(2).<String>getAs("message"))
        .startsWith("lat: '95.0' is not a latitude");
    assertThat(answered.get(3).<String>getAs("reason")).isEqualTo("split-state");
  }

  private static List<String> addedNames(StructType schema) {
    return org.aorresolver.batch.answer.RowAnswers.addedNames(List.of(schema.fieldNames()));
  }

  @Test
  void ndjsonInAnswersEveryObjectAndReportsALineThatIsNone() throws IOException {
    Path in = dir.resolve("in.ndjson");
    Files.writeString(
        in,
        """
        {"id": 1, "lat": 26.19, "lon": -97.69}
        {"id": 2, "zip": "76511", "extra": {"a": 1}}
        {"id": 3, "lat": 26.19,
        """);
    String out = dir.resolve("out.csv").toString();

    assertThat(run(in.toString(), out)).as(errors()).isZero();

    List<Row> written =
        spark
            .read()
            .option("header", true)
            .option("escape", "\"")
            .csv(out)
            .orderBy("status")
            .collectAsList();
    assertThat(written)
        .extracting(r -> r.<String>getAs("status"))
        .containsExactly("Ambiguous", "Error", "Match");
    assertThat(written.get(1).<String>getAs("reason")).isEqualTo("invalid-json");
    assertThat(written.get(0).<String>getAs("extra")).isEqualTo("{\"a\":\"1\"}");
  }

  @Test
  void columnsAndDatesAreChosenWithTheBatchCommandsOptions() throws IOException {
    Path in = dir.resolve("gps.csv");
    Files.writeString(in, "GPS_N,GPS_E,when\n25.9017,-97.4975,01/05/2020\n");
    String out = dir.resolve("gps-out.csv").toString();

    int code =
        run(
            "--lat-column",
            "GPS_N",
            "--lon-column",
            "GPS_E",
            "--date-column",
            "when",
            "--date-format",
            "d/M/yyyy",
            in.toString(),
            out);

    assertThat(code).as(errors()).isZero();
    Row row = spark.read().option("header", true).csv(out).first();
    assertThat(row.<String>getAs("office_code"))
        .as("1 May 2020: Harlingen was San Antonio's")
        .isEqualTo("SNA");
    assertThat(row.<String>getAs("edition")).isEqualTo("2020");
    assertThat(run("--lat-column", "north", in.toString(), dir.resolve("x.csv").toString()))
        .as("a column not in the header")
        .isEqualTo(2);
    assertThat(
            run(
                "--date-format",
                "not a pattern qq",
                in.toString(),
                dir.resolve("y.csv").toString()))
        .as("a pattern that is none")
        .isEqualTo(2);
  }

  @Test
  void theGeodataIsLoadedOncePerJvmWhateverTheTasks() throws IOException {
    Path in = dir.resolve("many.csv");
    StringBuilder csv = new StringBuilder("lat,lon\n");
    for (int i = 0; i < 2000; i++) {
      csv.append("26.19,-97.69\n");
    }
    Files.writeString(in, csv);
    spark
        .read()
        .option("header", true)
        .csv(in.toString())
        .repartition(8)
        .createOrReplaceTempView("many");

    spark.sql("SELECT aor_office(26.19, -97.69)").collect();
    int loads = ExecutorAnswers.loads();

    List<Row> offices = spark.sql("SELECT DISTINCT aor_office(lat, lon) FROM many").collectAsList();

    assertThat(offices).extracting(r -> r.getString(0)).containsExactly("HLG");
    assertThat(ExecutorAnswers.loads()).isEqualTo(loads);
  }

  @Test
  void theGeodataMayBeAFolderOnAHadoopFileSystem() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "lat,lon\n26.19,-97.69\n");
    String geodata = Path.of("../geodata").toAbsolutePath().normalize().toUri().toString();
    String out = dir.resolve("out.csv").toString();

    assertThat(run("--geodata", geodata, in.toString(), out)).as(errors()).isZero();

    Row r = spark.read().option("header", true).csv(out).first();
    assertThat(r.<String>getAs("office_code")).isEqualTo("HLG");
  }

  @Test
  void ndjsonNamingAFieldTwiceStopsTheJobWithAMessage() throws IOException {
    Path in = dir.resolve("in.ndjson");
    Files.writeString(in, "{\"lat\": 26.19, \"lon\": -97.69, \"lat\": 40.7}\n");
    assertThat(run(in.toString(), dir.resolve("out").toString())).isEqualTo(1);
    assertThat(errors()).contains("in.ndjson: ").contains("`lat` already exists");
  }

  @Test
  void aHeaderWithoutAPlaceColumnIsRefused() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "name,when\nx,2021-01-01\n");
    assertThat(run(in.toString(), dir.resolve("out").toString())).isEqualTo(1);
    assertThat(errors()).contains("no column names a place: found name,when");
  }

  @Test
  void badOptionsAndOutputOverInputAreRefusedBeforeReading() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "lat,lon\n26.19,-97.69\n");
    assertThat(run("--edition", "2019", in.toString(), dir.resolve("o").toString())).isEqualTo(2);
    assertThat(errors()).contains("invalid --edition");
    assertThat(run("--overwrite", in.toString(), in.toString())).isEqualTo(2);
    assertThat(errors()).contains("IN and OUT are the same");
    assertThat(in).hasContent("lat,lon\n26.19,-97.69\n");
    assertThat(run(dir.resolve("in.txt").toString(), dir.resolve("o").toString())).isEqualTo(2);
    assertThat(errors()).contains("give --format");
  }
}
