package org.aorresolver.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.UDFRegistration;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;

/**
 * The SQL functions, registered with {@link #register}. Each answers exactly as the batch command
 * answers a row with the same columns; rows without a date are answered for the edition or date of
 * {@value Settings#EDITION} or {@value Settings#DATE} (else the current edition), from the geodata
 * of {@value Settings#GEODATA} (else the embedded geodata):
 *
 * <ul>
 *   <li>{@code aor_office(lat, lon)}, {@code aor_office_on(lat, lon, date)}: the office code, or
 *       null when no one office answers (see the struct's status);
 *   <li>{@code aor_point(lat, lon)}, {@code aor_point_on(lat, lon, date)}: the struct {@link
 *       AnswerRow#SCHEMA} (status, reason, office_code, office_name, candidates, precision,
 *       county_fips, state, edition, near_boundary, message);
 *   <li>{@code aor_zip(zip)}, {@code aor_zip_on(zip, date)}: the struct for a ZIP code;
 *   <li>{@code aor_county(county, state)}, {@code aor_county_on(county, state, date)}: the struct
 *       for a county by FIPS code, or by name with its state.
 * </ul>
 *
 * Coordinates may be DOUBLE, DECIMAL or text; dates DATE or text ({@code YYYY-MM-DD}).
 */
public final class AorFunctions {
  private AorFunctions() {}

  /** Registers the functions in the session, with the settings of its configuration. */
  public static void register(SparkSession spark) {
    register(spark, Settings.of(spark.conf()));
  }

  /** Registers the functions in the session, with these settings. */
  public static void register(SparkSession spark, Settings settings) {
    UDFRegistration udf = spark.udf();
    PointFunction<String> office = new PointFunction<>(settings, ExecutorAnswers.Shape.OFFICE);
    udf.register("aor_office", (UDF2<Object, Object, String>) office, DataTypes.StringType);
    udf.register(
        "aor_office_on", (UDF3<Object, Object, Object, String>) office, DataTypes.StringType);
    PointFunction<Row> point = new PointFunction<>(settings, ExecutorAnswers.Shape.ROW);
    udf.register("aor_point", (UDF2<Object, Object, Row>) point, AnswerRow.SCHEMA);
    udf.register("aor_point_on", (UDF3<Object, Object, Object, Row>) point, AnswerRow.SCHEMA);
    PlaceFunction<Row> zip = new PlaceFunction<>(settings, Values.ZIP, Values.STATE, true);
    udf.register("aor_zip", (UDF1<Object, Row>) zip, AnswerRow.SCHEMA);
    udf.register("aor_zip_on", (UDF2<Object, Object, Row>) zip, AnswerRow.SCHEMA);
    PlaceFunction<Row> county = new PlaceFunction<>(settings, Values.COUNTY, Values.STATE, false);
    udf.register("aor_county", (UDF2<Object, Object, Row>) county, AnswerRow.SCHEMA);
    udf.register("aor_county_on", (UDF3<Object, Object, Object, Row>) county, AnswerRow.SCHEMA);
  }
}
