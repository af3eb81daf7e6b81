package org.aorresolver.features;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aorresolver.Edition;

/**
 * The days each office structure may have been in force, as {@code /v1/resolve} answers dates: the
 * 2020 edition up to the day before {@link Edition#FIRST_DAY_2021}, the 2021 edition from the day
 * after {@link Edition#LAST_DAY_2020}. Between the two lies the transition window, when Harlingen
 * was split off at a day not published: a day in it is valid for both, as {@link Edition#inForce}
 * has it.
 */
final class Validity {
  private Validity() {}

  /** The days the edition may have been in force. */
  static Period of(Edition edition) {
    return switch (edition) {
      case E2020 -> new Period(null, Edition.FIRST_DAY_2021.minusDays(1));
      case E2021 -> new Period(Edition.LAST_DAY_2020.plusDays(1), null);
    };
  }

  /** The days any of the editions may have been in force (they follow each other). */
  static Period of(Collection<Edition> editions) {
    Period span = null;
    for (Edition e : editions) {
      Period p = of(e);
      span =
          span == null
              ? p
              : new Period(
                  span.first() == null || p.first() == null ? null : min(span.first(), p.first()),
                  span.last() == null || p.last() == null ? null : max(span.last(), p.last()));
    }
    return span == null ? Period.ALWAYS : span;
  }

  /** The transition window: the days strictly between the last 2020 and the first 2021 day. */
  static Period transition() {
    return new Period(Edition.LAST_DAY_2020.plusDays(1), Edition.FIRST_DAY_2021.minusDays(1));
  }

  /** {@code validFrom} and {@code validTo}: the first and last day, null where unbounded. */
  static Map<String, Object> properties(Period p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("validFrom", p.first() == null ? null : p.first().toString());
    out.put("validTo", p.last() == null ? null : p.last().toString());
    return out;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
