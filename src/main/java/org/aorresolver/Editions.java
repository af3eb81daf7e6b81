package org.aorresolver;

import java.time.LocalDate;
import java.util.List;

/**
 * The office structures that may be in force: one edition, or {@link #BOTH} for a date in the
 * transition window (strictly after {@link Edition#LAST_DAY_2020} and before {@link
 * Edition#FIRST_DAY_2021}), when Harlingen was split off at a day that was not published. Made from
 * an edition, a date, or a date as the number {@code yyyymmdd} (how batches read dates).
 */
public enum Editions {
  E2020(List.of(Edition.E2020)),
  E2021(List.of(Edition.E2021)),
  BOTH(List.of(Edition.E2020, Edition.E2021));

  private static final int LAST_DAY_2020 = day(Edition.LAST_DAY_2020);
  private static final int FIRST_DAY_2021 = day(Edition.FIRST_DAY_2021);

  private final List<Edition> editions;
  private final String id;

  Editions(List<Edition> editions) {
    this.editions = editions;
    this.id = String.join("|", editions.stream().map(Edition::id).toList());
  }

  public static Editions of(Edition edition) {
    return edition == Edition.E2020 ? E2020 : E2021;
  }

  /** The editions that may have been in force on a date. */
  public static Editions on(LocalDate date) {
    return onDay(day(date));
  }

  /** The same for a date written as the number {@code yyyymmdd}: 20210301 for 2021-03-01. */
  public static Editions onDay(int yyyymmdd) {
    if (yyyymmdd <= LAST_DAY_2020) {
      return E2020;
    }
    return yyyymmdd >= FIRST_DAY_2021 ? E2021 : BOTH;
  }

  /** The editions, oldest first. */
  public List<Edition> list() {
    return editions;
  }

  /** As answers name them: {@code 2020}, {@code 2021}, or {@code 2020|2021} for both. */
  public String id() {
    return id;
  }

  /** The newest of the editions. */
  public Edition latest() {
    return editions.get(editions.size() - 1);
  }

  private static int day(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }
}
