package org.aorresolver.batch.answer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.Columns;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.batch.columns.ColumnMap;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.columns.Dates;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.batch.dates.IsoDate;
import org.aorresolver.batch.io.Decimal;
import org.aorresolver.query.When;

/**
 * A batch's answers one row at a time, for engines that hold the rows themselves (the Spark
 * functions and job): a point inside a county takes the fast path of {@link BatchResolver}, any
 * other row {@link RowResolver}, just as {@link CsvRows} and {@link NdjsonRows} answer them, so a
 * row gets the batch's answer. The answer comes in the caller's shape ({@code T}: an office code, a
 * table row), made by {@code shape} from the {@link Outcome}; the shapes of the answers for points
 * inside counties away from office boundaries are made once, so that such a point costs no
 * allocation. Built once; thread-safe.
 */
public final class RowAnswers<T> {
  /** The fields a row may have, in the order of {@link #answer}'s values. */
  public static final List<String> FIELDS =
      Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();

  private static final int LAT = Role.LAT.ordinal();
  private static final int LON = Role.LON.ordinal();
  private static final int DATE = Role.DATE.ordinal();

  private final BatchResolver answers;
  private final RowResolver slow;
  private final int defaultKey;
  private final Function<Outcome, T> shape;
  private final Object[] plain;

  private RowAnswers(
      BatchResolver answers, When defaults, DateReader dates, Function<Outcome, T> shape) {
    this.answers = answers;
    this.slow = new RowResolver(answers, defaults, dates, false);
    this.defaultKey = BatchResolver.key(defaults);
    this.shape = shape;
    int keys = answers.answers(); // each county's per editions, then the shared outside ones
    this.plain = new Object[keys];
    for (int i = 0; i < keys; i++) {
      Outcome o = answers.plain(i);
      plain[i] = o == null ? null : shape.apply(o);
    }
  }

  /** Rows without a date of their own are answered for {@code defaults}. */
  public static <T> RowAnswers<T> of(
      BatchResolver answers, When defaults, Function<Outcome, T> shape) {
    return of(answers, defaults, Dates.reader(ColumnOptions.none(), List.of()), shape);
  }

  /** The same, with dates read by {@code dates} (e.g. a {@code --date-format} pattern). */
  public static <T> RowAnswers<T> of(
      BatchResolver answers, When defaults, DateReader dates, Function<Outcome, T> shape) {
    return new RowAnswers<>(answers, defaults, dates, shape);
  }

  /**
   * Which column holds each of the {@link #FIELDS} (-1 for none), read from a table's column names
   * as the batch reads a CSV header ({@link ColumnMap}): the date from {@code dateColumn}, else the
   * one date-like column.
   *
   * @throws BatchInputException when the names hold no place column
   * @throws ColumnException when they leave a role to a guess, or an option names no column
   */
  public static int[] columns(List<String> names, String dateColumn) throws BatchInputException {
    return columns(
        names,
        dateColumn == null
            ? ColumnOptions.none()
            : ColumnOptions.none().withColumn(Role.DATE, dateColumn));
  }

  /** The same with the columns {@code options} choose by name. */
  public static int[] columns(List<String> names, ColumnOptions options)
      throws BatchInputException {
    ColumnMap map = ColumnMap.of(names, options);
    if (!map.namesPlace()) {
      throw new BatchInputException(
          "no column names a place: found "
              + String.join(",", names)
              + "; expected lat and lon (or latitude/longitude, y/x), zip, county, state,"
              + " address, or street/city/state/zip");
    }
    int[] index = new int[FIELDS.size()];
    for (Role r : Role.values()) {
      index[r.ordinal()] = map.column(r);
    }
    return index;
  }

  /** The names of the added columns for a table with these columns ({@code aor_} on a clash). */
  public static List<String> addedNames(List<String> names) {
    return Columns.addedNames(names);
  }

  /**
   * The answer for a point given as numbers, on a day {@code yyyymmdd} (-1 for a row without a
   * date), when the fast path can give it; null when it cannot, and the row as text must be
   * answered by {@link #answer}.
   */
  @SuppressWarnings("unchecked")
  public T point(double lat, double lon, int day) {
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      return null;
    }
    int key = day < 0 ? defaultKey : BatchResolver.keyOfDay(day);
    int i = answers.pointIndex(lat, lon, key);
    if (i < 0) {
      return null;
    }
    Outcome near = answers.mayBeNear(lat, lon, key) ? answers.near(i, lat, lon) : null;
    return near == null ? (T) plain[i] : shape.apply(near);
  }

  /** The answer for a row whose values are {@code v}, by {@link #FIELDS} (null where absent). */
  public T answer(String[] v) {
    T fast = v[LAT] == null || v[LON] == null ? null : fast(v[LAT], v[LON], v[DATE]);
    return fast != null ? fast : shape.apply(slow.resolve(v).outcome());
  }

  /** The error answer for a row that cannot be read, e.g. {@code field-count}. */
  public T error(String reason, String message) {
    return shape.apply(Outcome.error(reason, message));
  }

  private T fast(String lat, String lon, String date) {
    int day = -1;
    if (date != null && !date.isEmpty()) {
      day = IsoDate.parse(date);
      if (day < 0) {
        return null;
      }
    }
    return point(number(lat), number(lon), day);
  }

  private static double number(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return Decimal.parse(b, 0, b.length);
  }
}
