package org.aorresolver.spark;

import java.util.List;
import org.aorresolver.batch.answer.RowAnswers;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF11;
import org.apache.spark.sql.functions;

/**
 * The job's answer for a row: its values of the batch's fields (in the order of {@link
 * RowAnswers#FIELDS}), then the text of the row if Spark could not read it. A row that cannot be
 * read, and a row whose answer fails, are {@code Error} rows; the job never stops on a row.
 */
final class RowFunction extends Answering<Row>
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
  /**
   * The fields of {@link #call}'s arguments, in order: the main artifact's, checked when loaded.
   */
  static final List<String> FIELDS =
      List.of("id", "lat", "lon", "zip", "county", "state", "address", "street", "city", "date");

  static {
    if (!FIELDS.equals(RowAnswers.FIELDS)) {
      throw new IllegalStateException("the batch's fields are now " + RowAnswers.FIELDS);
    }
  }

  private final Unreadable unreadable;
  private final int columns;

  private RowFunction(Settings settings, Unreadable unreadable, int columns) {
    super(settings, ExecutorAnswers.Shape.ROW);
    this.unreadable = unreadable;
    this.columns = columns;
  }

  /**
   * The answer to the row of {@code args} (the fields, then the unreadable text), from a function
   * registered in the session as {@code aor_row} (Spark takes a Java function of eleven arguments
   * by its registration only).
   */
  static Column register(SparkSession spark, Settings settings, JobInput in, Column... args) {
    RowFunction f = new RowFunction(settings, in.kind(), in.names().size());
    spark.udf().register("aor_row", f, AnswerRow.SCHEMA);
    return functions.call_function("aor_row", args);
  }

  @Override
  public Row call(
      Object id,
      Object lat,
      Object lon,
      Object zip,
      Object county,
      Object state,
      Object address,
      Object street,
      Object city,
      Object date,
      Object unread) {
    RowAnswers<Row> a = answers();
    if (unread != null) {
      return a.error(unreadable.reason(), unreadable.message((String) unread, columns));
    }
    try {
      Row fast = point(lat, lon, date);
      if (fast != null) {
        return fast;
      }
      Object[] values = {id, lat, lon, zip, county, state, address, street, city, date};
      String[] v = new String[values.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = Values.text(values[i]);
      }
      return a.answer(v);
    } catch (RuntimeException e) {
      return a.error("internal-error", String.valueOf(e));
    }
  }
}
