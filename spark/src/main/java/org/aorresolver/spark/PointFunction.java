package org.aorresolver.spark;

import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;

/**
 * {@code (lat, lon)} and {@code (lat, lon, date)}: DOUBLE coordinates of a point inside a county
 * with a DATE, a date string or no date take the batch's fast path and allocate nothing; any other
 * value (text, DECIMAL, a point the fast path leaves) is answered as the batch answers its text.
 */
final class PointFunction<T> extends Answering<T>
    implements UDF2<Object, Object, T>, UDF3<Object, Object, Object, T> {

  PointFunction(Settings settings, ExecutorAnswers.Shape shape) {
    super(settings, shape);
  }

  @Override
  public T call(Object lat, Object lon) {
    return call(lat, lon, null);
  }

  @Override
  public T call(Object lat, Object lon, Object date) {
    T fast = point(lat, lon, date);
    return fast != null
        ? fast
        : answers().answer(Values.row(Values.LAT, lat, Values.LON, lon, date));
  }
}
