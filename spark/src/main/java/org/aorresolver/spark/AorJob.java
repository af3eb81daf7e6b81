package org.aorresolver.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aorresolver.InvalidInputException;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.cli.ColumnChoice;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code spark-submit} job: every row of IN answered once, written to OUT with the batch
 * command's columns added. Exit codes as the batch command's: 0 done (rows that cannot be read are
 * {@code Error} rows), 1 the input cannot be read as a table of places, 2 bad options.
 */
@Command(
    name = "aor-job",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve every row of a CSV, NDJSON or Parquet input and write it as Parquet or CSV with the "
          + "columns status, reason, office_code, office_name, candidates, precision, county_fips, "
          + "state, edition, near_boundary and message added.",
      "Columns are found by name as by the batch command: id, lat/lon (latitude/longitude, y/x), "
          + "zip, county_fips, state, address or street/city/state/zip, date."
    })
public final class AorJob implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "input file or folder (any Hadoop URI)")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "output folder (any Hadoop URI)")
  String output;

  @Option(
      names = "--format",
      paramLabel = "csv|ndjson|parquet",
      description = "the input's format (default: from IN's extension)")
  JobInput.Format format;

  @Option(
      names = "--output-format",
      paramLabel = "parquet|csv",
      description = "the output's format (default: csv when OUT ends in .csv, else parquet)")
  JobOutput.Format outputFormat;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      description = "2020 or 2021 for rows without a date")
  String edition;

  @Option(names = "--date", paramLabel = "DATE", description = "YYYY-MM-DD for rows without a date")
  String date;

  @Mixin ColumnChoice columns;

  @Option(
      names = "--geodata",
      paramLabel = "DIR",
      description =
          "geodata folder, local or any Hadoop URI, read by each executor once (default: spark.aor.geodata, else the embedded geodata)")
  String geodata;

  @Option(
      names = "--multi-line",
      description =
          "CSV rows may span lines (quoted line ends); each file is then read by one task")
  boolean multiLine;

  @Option(names = "--overwrite", description = "replace OUT if it exists")
  boolean overwrite;

  @Option(
      names = "--sql",
      paramLabel = "QUERY",
      description =
          "write what this query gives instead: IN is the view input, and the aor_ functions are"
              + " registered (aor_office, aor_point, aor_zip, aor_county, each with _on for a date)")
  String sql;

  private SparkSession spark;
  private PrintStream out;
  private PrintStream err;

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("aor-resolver").getOrCreate();
    int code;
    try {
      code = run(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  /** Parses the arguments and runs the job in {@code spark}; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    AorJob job = new AorJob();
    job.spark = spark;
    job.out = out;
    job.err = err;
    CommandLine cli = new CommandLine(job);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Settings settings;
    JobInput.Format in = format != null ? format : JobInput.Format.ofPath(input);
    JobOutput.Format to = outputFormat != null ? outputFormat : JobOutput.Format.ofPath(output);
    try {
      String g =
          geodata != null
              ? geodata
              : spark.conf().getOption(Settings.GEODATA).getOrElse(() -> null);
      settings = new Settings(g, edition, date, columns.options().dateFormat());
    } catch (InvalidInputException e) {
      e.errors().forEach(x -> err.println("aor-job: invalid --" + x));
      return 2;
    } catch (ColumnException e) {
      err.println("aor-job: invalid --" + e.getMessage());
      return 2;
    }
    if (in == null) {
      err.println("aor-job: cannot tell the format of " + input + "; give --format");
      return 2;
    }
    String refused = JobOutput.refusal(spark, input, output);
    if (refused != null) {
      err.println("aor-job: " + refused);
      return 2;
    }
    try {
      long started = System.nanoTime();
      JobInput rows = JobInput.read(spark, input, in, multiLine);
      if (sql != null) {
        AorFunctions.register(spark, settings);
        JobOutput.table(rows).createOrReplaceTempView("input");
        JobOutput.write(spark.sql(sql), output, to, overwrite);
        out.printf(Locale.ROOT, "aor-job: %s written in %.1f s%n", output, seconds(started));
        return 0;
      }
      JobOutput.write(JobOutput.answered(rows, settings, columns.options()), output, to, overwrite);
      long nanos = System.nanoTime() - started;
      out.println("aor-job: " + JobOutput.summary(spark, output, to, nanos));
      return 0;
    } catch (BatchInputException e) {
      err.println("aor-job: " + input + ": " + e.getMessage());
      return 1;
    } catch (ColumnException e) {
      err.println("aor-job: " + input + ": " + e.getMessage());
      return 2;
    }
  }
}
