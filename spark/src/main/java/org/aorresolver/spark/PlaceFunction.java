package org.aorresolver.spark;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;

/**
 * A place named by one or two columns other than a point, with or without a date: {@code (zip)},
 * {@code (zip, date)}, {@code (county, state)}, {@code (county, state, date)}; answered as the
 * batch answers a row with those columns (a ZIP, a ZIP and a state, a county FIPS code or name).
 */
final class PlaceFunction<T> extends Answering<T>
    implements UDF1<Object, T>, UDF2<Object, Object, T>, UDF3<Object, Object, Object, T> {
  private final int first;
  private final int second;
  private final boolean dated;

  /**
   * The fields of the first and second argument ({@link Values}); when {@code dated}, a
   * two-argument call is a place and a date.
   */
  PlaceFunction(Settings settings, int first, int second, boolean dated) {
    super(settings, ExecutorAnswers.Shape.ROW);
    this.first = first;
    this.second = second;
    this.dated = dated;
  }

  @Override
  public T call(Object place) {
    return call(place, null, null);
  }

  @Override
  public T call(Object place, Object other) {
    return dated ? call(place, null, other) : call(place, other, null);
  }

  @Override
  public T call(Object place, Object other, Object date) {
    return answers().answer(Values.row(first, place, second, other, date));
  }
}
