package org.aorresolver.spark;

import java.util.ArrayList;
import java.util.List;
import org.aorresolver.batch.answer.Outcome;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The batch's added columns as a Spark struct: the fields of {@link Outcome#COLUMNS}, in order, all
 * strings but {@code near_boundary} (a boolean); null where the batch writes an empty field ("does
 * not apply"), so that a CSV written by Spark has the batch's text.
 */
public final class AnswerRow {
  private static final int NEAR_BOUNDARY = Outcome.COLUMNS.indexOf("near_boundary");

  /** The struct's type. */
  public static final StructType SCHEMA = schema(Outcome.COLUMNS);

  private AnswerRow() {}

  /** The struct's type with its fields named {@code names} (the batch's, or with {@code aor_}). */
  public static StructType schema(List<String> names) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(
          DataTypes.createStructField(
              names.get(i),
              i == NEAR_BOUNDARY ? DataTypes.BooleanType : DataTypes.StringType,
              true));
    }
    return DataTypes.createStructType(fields);
  }

  static Row of(Outcome o) {
    List<String> v = o.values();
    Object[] fields = new Object[v.size()];
    for (int i = 0; i < fields.length; i++) {
      String s = v.get(i);
      fields[i] = s.isEmpty() ? null : i == NEAR_BOUNDARY ? Boolean.valueOf(s) : s;
    }
    return RowFactory.create(fields);
  }
}
