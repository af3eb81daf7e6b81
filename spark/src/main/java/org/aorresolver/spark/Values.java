package org.aorresolver.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.aorresolver.batch.answer.RowAnswers;
import org.aorresolver.batch.dates.IsoDate;

/**
 * Spark's values as the batch reads a row: text, as a CSV file would hold it (a DOUBLE {@code
 * 29.42} as {@code 29.42}, a DATE as {@code 2021-03-01}), and a day as {@code yyyymmdd} for the
 * fast path.
 */
final class Values {
  static final int LAT = RowAnswers.FIELDS.indexOf("lat");
  static final int LON = RowAnswers.FIELDS.indexOf("lon");
  static final int ZIP = RowAnswers.FIELDS.indexOf("zip");
  static final int COUNTY = RowAnswers.FIELDS.indexOf("county");
  static final int STATE = RowAnswers.FIELDS.indexOf("state");
  static final int DATE = RowAnswers.FIELDS.indexOf("date");

  /** The day of a value that is no date the fast path can read. */
  static final int UNREADABLE = -2;

  private Values() {}

  /** A row with values at two fields and a date. */
  static String[] row(int a, Object va, int b, Object vb, Object date) {
    String[] v = new String[RowAnswers.FIELDS.size()];
    v[a] = text(va);
    v[b] = text(vb);
    v[DATE] = text(date);
    return v;
  }

  /** The value as the text a CSV file of it would hold; null for null. */
  static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof Float f) {
      return f.isNaN() || f.isInfinite()
          ? f.toString()
          : new BigDecimal(f.toString()).toPlainString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    return value.toString();
  }

  /** The day {@code yyyymmdd} of a date value; -1 for none; {@link #UNREADABLE} otherwise. */
  static int day(Object date) {
    if (date == null) {
      return -1;
    }
    if (date instanceof String s) {
      int day = s.isEmpty() ? -1 : IsoDate.parse(s);
      return s.isEmpty() || day >= 0 ? day : UNREADABLE;
    }
    if (date instanceof java.sql.Date d) {
      return day(d.toLocalDate());
    }
    if (date instanceof LocalDate d) {
      return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
    return UNREADABLE;
  }
}
