package org.aorresolver.batch.columns;

import org.aorresolver.batch.dates.DateOrder;
import org.aorresolver.batch.dates.DateReader;

/**
 * How a file's date column is read: the user's {@code java.time} pattern, or every shape {@link
 * DateReader} knows with the order of day and month settled by {@link DateOrder#detect} from a
 * sample of the column's values (the caller's read-ahead: the first rows of the file).
 */
public final class Dates {
  private Dates() {}

  /**
   * The reader for a column whose first values are {@code sample}.
   *
   * @throws ColumnException when the pattern is not a date pattern, or when the sample reads both
   *     ways (03/04/2021 and no value over 12) or shows both orders: the message says which values
   */
  public static DateReader reader(ColumnOptions options, Iterable<String> sample) {
    String pattern = options.dateFormat();
    if (pattern != null) {
      try {
        return DateReader.ofPattern(pattern);
      } catch (IllegalArgumentException e) {
        throw new ColumnException(
            "date-format: " + e.getMessage(),
            "date-format",
            pattern,
            "a java.time pattern of a whole date, such as M/d/yyyy or dd.MM.yyyy HH:mm");
      }
    }
    try {
      return DateReader.of(DateOrder.detect(sample));
    } catch (IllegalArgumentException e) {
      throw new ColumnException(
          "the dates cannot be read without a guess: " + e.getMessage(),
          "date-format",
          null,
          "a java.time pattern such as M/d/yyyy (month first) or d/M/yyyy (day first)");
    }
  }
}
