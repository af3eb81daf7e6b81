package org.aorresolver.batch.dates;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads the dates of a column as people and spreadsheets write them, as {@code yyyymmdd} ({@code
 * -1} for text that is no date). One reader serves one column: either a {@code java.time} pattern
 * given by the user, or every shape below, each unambiguous but for the order of day and month in
 * numeric dates, which {@link DateOrder#detect} settles once for the column.
 *
 * <ul>
 *   <li>ISO {@code 2021-03-01}, and ISO date-times with or without a zone ({@code
 *       2021-03-01T14:22:00Z}, {@code 2021-03-01 14:22:00}): the calendar date as written, whatever
 *       the zone, since a record's date is the day it was recorded where it was recorded;
 *   <li>{@code 20210301}, and the year first with slashes or dots: {@code 2021/03/01};
 *   <li>numeric dates with slashes, dots or dashes, the year last, in the column's {@link
 *       DateOrder}: {@code 3/1/2021}, {@code 03/01/21}, {@code 1.3.2021}, {@code 01-03-2021};
 *   <li>English month names or their abbreviations, in either order, with or without a weekday and
 *       commas: {@code Jan 15 2022}, {@code January 15, 2022}, {@code 15 Jan 2022}, {@code
 *       15-JAN-22}, {@code Sat, 15 Jan 2022};
 *   <li>Excel serial day numbers (the 1900 date system) of five digits, 1927-05-18 to 2173-10-13,
 *       with or without a fraction for the time of day: {@code 44256} and {@code 44256.6} are
 *       2021-03-01.
 * </ul>
 *
 * A time after a date ({@code 3/1/2021 2:22 PM}) is ignored. Two-digit years are read as Excel
 * reads them: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999. Immutable and thread-safe.
 */
public final class DateReader {
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final DateOrder order;
  private final DateTimeFormatter pattern;

  private DateReader(DateOrder order, DateTimeFormatter pattern) {
    this.order = order;
    this.pattern = pattern;
  }

  /** A reader of every shape above, numeric dates read in {@code order}. */
  public static DateReader of(DateOrder order) {
    return new DateReader(order, null);
  }

  /**
   * A reader of one {@link DateTimeFormatter} pattern ({@code dd/MM/yyyy}, {@code d MMM yyyy
   * HH:mm}): case-insensitive, English month names, strict ({@code 31/02/2021} is no date).
   *
   * @throws IllegalArgumentException when the pattern is not valid or names no whole date
   */
  public static DateReader ofPattern(String pattern) {
    DateTimeFormatter f =
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern(pattern)
            .parseDefaulting(ChronoField.ERA, 1)
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    DateReader reader = new DateReader(DateOrder.UNKNOWN, f);
    String example;
    try {
      example = f.format(LocalDate.of(2021, 3, 1).atTime(14, 22).atOffset(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      example = null;
    }
    if (example == null || reader.read(example) != 20210301) {
      throw new IllegalArgumentException(
          "the pattern '" + pattern + "' does not name a whole date");
    }
    return reader;
  }

  /** The date in {@code text} as {@code yyyymmdd}, or -1. */
  public int read(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return -1;
    }
    if (pattern != null) {
      try {
        LocalDate d = LocalDate.from(pattern.parse(s));
        return yyyymmdd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      } catch (DateTimeException e) {
        return -1;
      }
    }
    int iso = IsoDate.parse(s);
    if (iso >= 0) {
      return iso;
    }
    char first = s.charAt(0);
    NumericDate n = first >= '0' && first <= '9' ? NumericDate.of(s) : null;
    return n != null ? numeric(n) : named(s); // 1 March 2021 starts with a digit too
  }

  /**
   * The date in {@code b[from, to)} as {@code yyyymmdd}, or -1: an ISO date straight from the bytes
   * (unless a pattern was given), any other as {@link #read(String)} reads it.
   */
  public int read(byte[] b, int from, int to) {
    int iso = pattern == null ? IsoDate.parse(b, from, to) : -1;
    return iso >= 0 ? iso : read(new String(b, from, to - from, StandardCharsets.UTF_8));
  }

  /** How numeric dates are read, for the line that tells users how their dates were understood. */
  public String describe() {
    return pattern != null ? "the pattern given" : order.describe();
  }

  private int numeric(NumericDate n) {
    return switch (n.kind()) {
      case EXCEL -> excel(n.a());
      case COMPACT -> date(n.a() / 10_000, n.a() / 100 % 100, n.a() % 100);
      case YEAR_FIRST -> date(n.a(), n.b(), n.c());
      case DAY_MONTH -> dayMonth(n);
    };
  }

  private int dayMonth(NumericDate n) {
    int year = year(n.c(), n.yearDigits());
    int monthFirst = date(year, n.a(), n.b());
    int dayFirst = date(year, n.b(), n.a());
    // without a known order, only a date that reads one way is read (1/15/2022, 03/03/2021)
    return switch (order.orFor(n)) {
      case MONTH_FIRST -> monthFirst;
      case DAY_FIRST -> dayFirst;
      case UNKNOWN ->
          monthFirst < 0 || monthFirst == dayFirst ? dayFirst : dayFirst < 0 ? monthFirst : -1;
    };
  }

  private static int excel(int serial) {
    LocalDate d = EXCEL_EPOCH.plusDays(serial);
    return yyyymmdd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** A date with an English month name: the name, a day of one or two digits, a year. */
  private static int named(String s) {
    int month = -1;
    int day = -1;
    int year = -1;
    for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,./-]+")) {
      if (w.isEmpty() || w.indexOf(':') >= 0 || w.equals("am") || w.equals("pm")) {
        continue; // a time of day
      }
      int m = month(w);
      if (m > 0 && month < 0) {
        month = m;
      } else if (w.length() <= 4 && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
        if (day < 0 && w.length() <= 2) {
          day = Integer.parseInt(w);
        } else if (year < 0) {
          year = year(Integer.parseInt(w), w.length());
        } else {
          return -1;
        }
      } else if (!weekday(w)) {
        return -1;
      }
    }
    return month < 0 || day < 0 || year < 0 ? -1 : date(year, month, day);
  }

  private static int month(String word) {
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (word.equals(full)
          || word.equals(full.substring(0, 3))
          || word.equals("sept") && m == Month.SEPTEMBER) {
        return m.getValue();
      }
    }
    return -1;
  }

  private static boolean weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (word.equals(full) || word.equals(full.substring(0, 3))) {
        return true;
      }
    }
    return false;
  }

  /** A year of two digits as Excel reads it (00-29: 2000s, 30-99: 1900s); others as written. */
  static int year(int value, int digits) {
    return digits > 2 ? value : value < 30 ? 2000 + value : 1900 + value;
  }

  /** {@code yyyymmdd} when year, month and day make a calendar date; else -1. */
  static int date(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
      return -1;
    }
    return day > YearMonth.of(year, month).lengthOfMonth() ? -1 : yyyymmdd(year, month, day);
  }

  private static int yyyymmdd(int year, int month, int day) {
    return year * 10_000 + month * 100 + day;
  }
}
