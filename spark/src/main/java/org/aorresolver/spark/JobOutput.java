package org.aorresolver.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.Summary;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.answer.RowAnswers;
import org.aorresolver.batch.columns.ColumnOptions;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The job's output: the input's columns under their names (an empty name as Spark names it, {@code
 * _c3}; a repeated one with {@code _2} after it, since Spark writes no two columns of one name),
 * then the batch's added columns ({@code aor_} in front of a name the input has).
 */
final class JobOutput {
  enum Format {
    PARQUET,
    CSV;

    static Format ofPath(String path) {
      return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".csv") ? CSV : PARQUET;
    }
  }

  private JobOutput() {}

  /**
   * The input with the batch's columns added: each row's fields, as the batch recognizes them by
   * name, answered once.
   */
  static Dataset<Row> answered(JobInput in, Settings settings, ColumnOptions columns)
      throws BatchInputException {
    Column[] args = arguments(in, columns);
    return answered(in, RowFunction.register(in.rows().sparkSession(), settings, in, args));
  }

  /**
   * The arguments of {@link RowFunction}: the column of each of the batch's fields, recognized by
   * name (null where there is none), then the text of rows Spark could not read.
   */
  static Column[] arguments(JobInput in, ColumnOptions columns) throws BatchInputException {
    int[] index = RowAnswers.columns(in.names(), columns);
    Column[] args = new Column[index.length + 1];
    for (int i = 0; i < index.length; i++) {
      args[i] = index[i] >= 0 ? in.columns().get(index[i]) : functions.lit(null);
    }
    args[index.length] = in.unreadable() != null ? in.unreadable() : functions.lit(null);
    return args;
  }

  /** The input with the fields of {@code answer} (a struct of {@link AnswerRow#SCHEMA}) added. */
  static Dataset<Row> answered(JobInput in, Column answer) {
    List<String> names = unique(in.names());
    List<Column> answered = new ArrayList<>(columns(in, names));
    answered.add(answer.as("aor"));
    Dataset<Row> rows = in.rows().select(answered.toArray(Column[]::new));
    // the answer once per row, then its fields as columns
    List<Column> columns = new ArrayList<>();
    for (String n : names) {
      columns.add(rows.col(quoted(n)));
    }
    List<String> added = RowAnswers.addedNames(in.names());
    for (int i = 0; i < added.size(); i++) {
      columns.add(rows.col("aor").getField(Outcome.COLUMNS.get(i)).as(added.get(i)));
    }
    return rows.select(columns.toArray(Column[]::new));
  }

  /**
   * The input's columns under the output's names: what SQL given to the job reads as {@code input}.
   */
  static Dataset<Row> table(JobInput in) {
    return in.rows().select(columns(in, unique(in.names())).toArray(Column[]::new));
  }

  static void write(Dataset<Row> rows, String output, Format format, boolean overwrite) {
    DataFrameWriter<Row> w =
        rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (format == Format.CSV) {
      csvOptions(w).csv(output);
    } else {
      w.parquet(output);
    }
  }

  private static List<Column> columns(JobInput in, List<String> names) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(in.columns().get(i).as(names.get(i)));
    }
    return columns;
  }

  /** The rows and the time, counted from what was written. */
  static Summary summary(SparkSession spark, String output, Format format, long nanos) {
    Dataset<Row> written =
        format == Format.CSV
            ? spark.read().option("header", true).option("escape", "\"").csv(output)
            : spark.read().parquet(output);
    long[] counts = new long[Outcome.Kind.values().length];
    String status = written.columns()[written.columns().length - Outcome.COLUMNS.size()];
    for (Row r : written.groupBy(quoted(status)).count().collectAsList()) {
      for (Outcome.Kind k : Outcome.Kind.values()) {
        if (k.toString().equals(r.getString(0))) {
          counts[k.ordinal()] = r.getLong(1);
        }
      }
    }
    return new Summary(counts[0], counts[1], counts[2], counts[3], nanos);
  }

  /**
   * Why the job must not run with these paths, or null: OUT is IN, or one holds the other (writing
   * OUT would delete or read itself).
   */
  static String refusal(SparkSession spark, String input, String output) {
    try {
      String in = qualified(spark, input) + "/";
      String out = qualified(spark, output) + "/";
      return in.startsWith(out) || out.startsWith(in)
          ? "IN and OUT are the same, or one holds the other: " + input + ", " + output
          : null;
    } catch (IOException | IllegalArgumentException e) {
      return "cannot resolve " + input + " or " + output + ": " + e.getMessage();
    }
  }

  private static String qualified(SparkSession spark, String path) throws IOException {
    Path p = new Path(path);
    return p.getFileSystem(spark.sparkContext().hadoopConfiguration())
        .makeQualified(p)
        .toString()
        .replaceAll("/+$", "");
  }

  /** CSV as the batch command writes it (RFC 4180 quoting, fields as they are, nulls empty). */
  static <T> DataFrameWriter<T> csvOptions(DataFrameWriter<T> w) {
    return w.option("header", true)
        .option("escape", "\"")
        .option("emptyValue", "")
        .option("ignoreLeadingWhiteSpace", false)
        .option("ignoreTrailingWhiteSpace", false);
  }

  private static List<String> unique(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).isEmpty() ? "_c" + i : names.get(i);
      String u = n;
      for (int k = 2; !seen.add(u.toLowerCase(Locale.ROOT)); k++) {
        u = n + "_" + k;
      }
      out.add(u);
    }
    return out;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
