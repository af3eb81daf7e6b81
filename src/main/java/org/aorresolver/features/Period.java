package org.aorresolver.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.aorresolver.InvalidInputException;

/**
 * The days from {@code first} to {@code last}, both included; a null end is unbounded. The editions
 * change by the day, so a feature's validity and an OGC API {@code datetime} are compared as
 * periods of days. Immutable.
 */
public record Period(LocalDate first, LocalDate last) {
  /** Every day: what a feature without a time of its own is valid for. */
  public static final Period ALWAYS = new Period(null, null);

  static final String FORM =
      "a date or date-time (RFC 3339), e.g. 2021-03-01 or 2021-03-01T12:00:00Z, or an interval of"
          + " two joined by '/', '..' for an unbounded end, e.g. 2020-10-30/..";

  /** A calendar date, then optionally a time of day with an optional offset. */
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T(?:\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?.*)?)?");

  public Period {
    if (first != null && last != null && first.isAfter(last)) {
      throw new IllegalArgumentException("period from " + first + " to " + last);
    }
  }

  /** The one day. */
  public static Period day(LocalDate day) {
    return new Period(day, day);
  }

  /**
   * Reads an OGC API {@code datetime}: an instant, or {@code start/end} where either end may be
   * {@code ..} (or empty) for unbounded. An instant counts as the calendar day written in it, its
   * time and offset aside. A date followed by a bare {@code T}, as GDAL sends dates, is that date.
   *
   * @throws InvalidInputException naming {@code field} when the text is none of these
   */
  public static Period parse(String field, String text) {
    String[] ends = text.strip().split("/", -1);
    if (ends.length == 1 && !unbounded(ends[0])) {
      return day(instant(field, text, ends[0]));
    }
    if (ends.length != 2) {
      throw new InvalidInputException(field, text, FORM);
    }
    LocalDate first = unbounded(ends[0]) ? null : instant(field, text, ends[0]);
    LocalDate last = unbounded(ends[1]) ? null : instant(field, text, ends[1]);
    if (first != null && last != null && first.isAfter(last)) {
      throw new InvalidInputException(field, text, "an interval whose start is not after its end");
    }
    return new Period(first, last);
  }

  /** Whether the two periods have a day in common. */
  public boolean overlaps(Period other) {
    return (first == null || other.last == null || !first.isAfter(other.last))
        && (last == null || other.first == null || !other.first.isAfter(last));
  }

  /** As a {@code datetime} value: {@code 2021-03-01}, {@code 2020-10-30/..}, {@code ../..}. */
  public String toText() {
    if (first != null && first.equals(last)) {
      return first.toString();
    }
    return (first == null ? ".." : first.toString()) + "/" + (last == null ? ".." : last);
  }

  private static boolean unbounded(String end) {
    return end.isEmpty() || end.equals("..");
  }

  private static LocalDate instant(String field, String text, String end) {
    String s = end.toUpperCase(Locale.ROOT);
    if (!INSTANT.matcher(s).matches()) {
      throw new InvalidInputException(field, text, FORM);
    }
    try {
      if (s.length() <= 11) {
        return LocalDate.parse(s.substring(0, 10));
      }
      boolean zoned = s.endsWith("Z") || s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10;
      return zoned ? OffsetDateTime.parse(s).toLocalDate() : LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, text, FORM);
    }
  }
}
