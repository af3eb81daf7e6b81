package org.aorresolver.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.aorresolver.batch.BatchInputException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's input as a table: its columns under their names as the file gives them (what the batch
 * recognizes its fields by), and the column of the rows Spark could not read, if any. CSV and
 * NDJSON are read as text, as the batch reads them: every CSV field a string, every JSON value its
 * text ({@code 29.42} stays {@code 29.42}; an object or array its JSON); Parquet as it is typed.
 *
 * @param rows the table
 * @param columns the table's columns, one per name
 * @param names the names the file gives its columns
 * @param unreadable the text of a row that could not be read (null for the others), or null when no
 *     row can be unreadable
 * @param kind what such a row is to the batch
 */
record JobInput(
    Dataset<Row> rows,
    List<Column> columns,
    List<String> names,
    Column unreadable,
    Unreadable kind) {
  private static final String CORRUPT = "_aor_unreadable";

  enum Format {
    CSV,
    NDJSON,
    PARQUET;

    /**
     * From a path's extension ({@code .csv}, {@code .csv.gz}, {@code .ndjson}, {@code .jsonl},
     * {@code .json}, {@code .parquet}), or null.
     */
    static Format ofPath(String path) {
      String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").replaceAll("\\.gz$", "");
      if (p.endsWith(".csv")) {
        return CSV;
      }
      if (p.endsWith(".ndjson") || p.endsWith(".jsonl") || p.endsWith(".json")) {
        return NDJSON;
      }
      return p.endsWith(".parquet") ? PARQUET : null;
    }
  }

  /**
   * The input as a table.
   *
   * @throws BatchInputException when Spark cannot read it as a table: no such path, no header, an
   *     NDJSON object that names a field twice (Spark's schema inference refuses the whole file)
   */
  static JobInput read(SparkSession spark, String path, Format format, boolean multiLine)
      throws BatchInputException {
    try {
      return switch (format) {
        case CSV -> csv(spark, path, multiLine);
        case NDJSON -> ndjson(spark, path);
        case PARQUET -> typed(spark.read().parquet(path));
      };
    } catch (Exception e) { // Spark throws AnalysisException, checked, without declaring it
      if (e instanceof AnalysisException) {
        throw new BatchInputException(e.getMessage());
      }
      throw e;
    }
  }

  /** The header's names as written (repeated and empty ones too), then every field as text. */
  private static JobInput csv(SparkSession spark, String path, boolean multiLine)
      throws BatchInputException {
    Row header;
    try {
      header = csvReader(spark, multiLine).option("header", false).csv(path).first();
    } catch (NoSuchElementException e) {
      throw new BatchInputException("the input is empty: no header");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.length(); i++) {
      String n = header.isNullAt(i) ? "" : header.getString(i);
      names.add(i == 0 && n.startsWith("\uFEFF") ? n.substring(1) : n);
    }
    // the header's names, unless some are empty or repeat (then c0, c1, ...: Spark's own check of
    // the header against the names warns of each file)
    boolean plain =
        !names.contains("")
            && names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count()
                == names.size();
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = plain ? names.get(i) : "c" + i;
      fields.add(DataTypes.createStructField(n, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    Dataset<Row> rows =
        csvReader(spark, multiLine)
            .option("header", true)
            .option("enforceSchema", true)
            .schema(DataTypes.createStructType(fields))
            .csv(path);
    List<Column> columns = new ArrayList<>();
    for (StructField f : fields) {
      columns.add(rows.col(quoted(f.name())));
    }
    return new JobInput(rows, columns, names, rows.col(CORRUPT), Unreadable.FIELD_COUNT);
  }

  private static org.apache.spark.sql.DataFrameReader csvReader(
      SparkSession spark, boolean multiLine) {
    return spark
        .read()
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .option("escape", "\"")
        .option("multiLine", multiLine);
  }

  private static JobInput ndjson(SparkSession spark, String path) {
    Dataset<Row> rows =
        spark
            .read()
            .option("primitivesAsString", true)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .json(path);
    List<Column> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Column unreadable = null;
    for (StructField f : rows.schema().fields()) {
      Column c = rows.col(quoted(f.name()));
      if (f.name().equals(CORRUPT)) {
        unreadable = c;
      } else {
        names.add(f.name());
        columns.add(f.dataType() == DataTypes.StringType ? c : functions.to_json(c));
      }
    }
    return new JobInput(rows, columns, names, unreadable, Unreadable.INVALID_JSON);
  }

  private static JobInput typed(Dataset<Row> rows) {
    StructType schema = rows.schema();
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      columns.add(rows.col(quoted(f.name())));
    }
    return new JobInput(rows, columns, List.of(schema.fieldNames()), null, null);
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
