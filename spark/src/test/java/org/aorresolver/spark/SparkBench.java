package org.aorresolver.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.aorresolver.batch.columns.ColumnOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF11;
import org.apache.spark.sql.functions;

/**
 * The job's speed on a CSV file (not a test; {@code scripts/spark-bench} runs it): the job as it
 * is, the same job with a function that answers every row with one constant struct (Spark's own
 * cost: reading, calling a function of eleven arguments, converting its struct, writing Parquet),
 * and the input written as Parquet with no function. Alternating runs after a warm-up; medians.
 * Then the bytes the point functions allocate per call on DOUBLE coordinates.
 *
 * <p>Arguments: master ({@code local[2]}), input CSV, output folder, rounds.
 */
final class SparkBench {
  private static final int NEAR_BOUNDARY = AnswerRow.SCHEMA.fieldIndex("near_boundary");
  private static final int PRECISION = AnswerRow.SCHEMA.fieldIndex("precision");

  /** Spark's cost alone: every row gets one struct made once. */
  static final class Constant
      implements UDF11<
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Object,
          Row> {
    private static final Row ROW =
        RowFactory.create(
            "Match",
            null,
            "HOU",
            "Houston Field Office",
            null,
            "point",
            "48201",
            "TX",
            "2021",
            false,
            null);

    @Override
    public Row call(
        Object a,
        Object b,
        Object c,
        Object d,
        Object e,
        Object f,
        Object g,
        Object h,
        Object i,
        Object j,
        Object k) {
      return ROW;
    }
  }

  public static void main(String[] args) throws Exception {
    String master = args[0];
    String input = args[1];
    String output = args[2];
    int rounds = Integer.parseInt(args[3]);
    long heap = heldHeap();
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .config("spark.ui.enabled", false)
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    spark.udf().register("aor_constant", new Constant(), AnswerRow.SCHEMA);
    Settings settings = new Settings(null, null, null);
    Supplier<JobInput> in = () -> read(spark, input);
    long rows = in.get().rows().count();
    List<String> names = List.of("job", "constant function", "no function");
    List<Supplier<Dataset<Row>>> variants =
        List.of(
            () -> answered(in.get(), settings),
            () -> {
              JobInput i = in.get();
              return JobOutput.answered(i, functions.call_function("aor_constant", arguments(i)));
            },
            () -> JobOutput.table(in.get()));
    time(variants.get(0), output); // warm-up: the geodata loads, the JIT compiles
    double[][] seconds = new double[variants.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        seconds[v][r] = time(variants.get(v), output);
      }
    }
    System.out.printf(
        Locale.ROOT, "spark-bench: %s, %,d rows, median of %d%n", master, rows, rounds);
    double[] median = new double[variants.size()];
    for (int v = 0; v < variants.size(); v++) {
      median[v] = median(seconds[v]);
      System.out.printf(
          Locale.ROOT,
          "  %-18s %6.2f s  %,10.0f rows/s  (runs %s)%n",
          names.get(v),
          median[v],
          rows / median[v],
          Arrays.toString(seconds[v]));
    }
    int cores = spark.sparkContext().defaultParallelism();
    System.out.printf(
        Locale.ROOT,
        "  answering alone: %.0f ns a row of wall time, %.0f ns of a core (job - constant function, %d cores)%n",
        (median[0] - median[1]) * 1e9 / rows,
        (median[0] - median[1]) * 1e9 * cores / rows,
        cores);
    System.out.printf(
        Locale.ROOT,
        "  the answers of a JVM (geodata, indexes, both shapes) hold %.0f MiB of heap%n",
        heap / 1048576.0);
    allocation(settings);
    spark.stop();
  }

  private static JobInput read(SparkSession spark, String input) {
    try {
      return JobInput.read(spark, input, JobInput.Format.CSV, false);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Dataset<Row> answered(JobInput in, Settings settings) {
    try {
      return JobOutput.answered(in, settings, ColumnOptions.none());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Column[] arguments(JobInput in) {
    try {
      return JobOutput.arguments(in, ColumnOptions.none());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double time(Supplier<Dataset<Row>> variant, String output) {
    long t = System.nanoTime();
    JobOutput.write(variant.get(), output, JobOutput.Format.PARQUET, true);
    return Math.round((System.nanoTime() - t) / 1e7) / 100.0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The heap the answers of a JVM keep, from the used heap after a collection before and after. */
  private static long heldHeap() {
    Settings settings = new Settings(null, null, null);
    long before = usedAfterGc();
    for (ExecutorAnswers.Shape shape : ExecutorAnswers.Shape.values()) {
      ExecutorAnswers.of(settings, shape);
    }
    return usedAfterGc() - before;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /**
   * Bytes allocated per call of the point functions on boxed DOUBLE coordinates, once warm: on the
   * ZIP codes' points (some off the coast, answered by the full resolver), and on those of them
   * inside a county away from any office line.
   */
  private static void allocation(Settings settings) throws IOException {
    List<Object[]> points = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                SparkBench.class.getResourceAsStream("/geodata/zips.csv"),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split(",", 4);
        points.add(new Object[] {Double.valueOf(f[1]), Double.valueOf(f[2])});
      }
    }
    PointFunction<Row> rows = new PointFunction<>(settings, ExecutorAnswers.Shape.ROW);
    List<Object[]> inland = points.stream().filter(p -> inside(rows.call(p[0], p[1]))).toList();
    for (ExecutorAnswers.Shape shape : ExecutorAnswers.Shape.values()) {
      PointFunction<Object> f = new PointFunction<>(settings, shape);
      String name = shape == ExecutorAnswers.Shape.OFFICE ? "aor_office" : "aor_point";
      System.out.printf(
          Locale.ROOT,
          "  %s on DOUBLE points: %.2f bytes a call on the %,d ZIP codes' points, %.2f on the %,d of"
              + " them inside a county away from office lines%n",
          name,
          bytesPerCall(f, points),
          points.size(),
          bytesPerCall(f, inland),
          inland.size());
    }
  }

  /** An answer for a point inside a county, away from office lines. */
  private static boolean inside(Row answer) {
    return "point".equals(answer.get(PRECISION)) && Boolean.FALSE.equals(answer.get(NEAR_BOUNDARY));
  }

  private static double bytesPerCall(PointFunction<Object> f, List<Object[]> points) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int warm = 0; warm < 5; warm++) {
      for (Object[] p : points) {
        sink += f.call(p[0], p[1], null) == null ? 1 : 0;
      }
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (Object[] p : points) {
      sink += f.call(p[0], p[1], null) == null ? 1 : 0;
    }
    long bytes = threads.getCurrentThreadAllocatedBytes() - before;
    return sink < 0 ? -1 : (double) bytes / points.size();
  }
}
