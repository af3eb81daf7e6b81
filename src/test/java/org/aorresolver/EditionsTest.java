package org.aorresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aorresolver.query.When;
import org.junit.jupiter.api.Test;

class EditionsTest {
  @Test
  void theLastDayOf2020IsStill2020() {
    assertThat(Editions.on(Edition.LAST_DAY_2020)).isEqualTo(Editions.E2020);
    assertThat(Editions.on(LocalDate.of(1999, 1, 1))).isEqualTo(Editions.E2020);
  }

  @Test
  void theDaysBetweenTheTwoPublishedDaysAreTheTransitionWindow() {
    assertThat(Editions.on(Edition.LAST_DAY_2020.plusDays(1))).isEqualTo(Editions.BOTH);
    assertThat(Editions.on(Edition.FIRST_DAY_2021.minusDays(1))).isEqualTo(Editions.BOTH);
  }

  @Test
  void theFirstDayOf2021IsOnly2021() {
    assertThat(Editions.on(Edition.FIRST_DAY_2021)).isEqualTo(Editions.E2021);
    assertThat(Editions.on(LocalDate.of(2026, 12, 31))).isEqualTo(Editions.E2021);
  }

  @Test
  void aDateAsANumberFollowsTheSameRule() {
    for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() < 2023; d = d.plusDays(1)) {
      int yyyymmdd = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      assertThat(Editions.onDay(yyyymmdd)).as("%s", d).isEqualTo(Editions.on(d));
    }
  }

  @Test
  void oneEditionIsInForceAlone() {
    assertThat(Editions.of(Edition.E2020).list()).containsExactly(Edition.E2020);
    assertThat(Editions.of(Edition.E2021).list()).containsExactly(Edition.E2021);
  }

  @Test
  void answersNameBothEditionsJoinedByABar() {
    assertThat(Editions.BOTH.id()).isEqualTo("2020|2021");
    assertThat(Editions.BOTH.list()).containsExactly(Edition.E2020, Edition.E2021);
    assertThat(Editions.E2020.id()).isEqualTo("2020");
  }

  @Test
  void theLatestOfBothIs2021() {
    assertThat(Editions.BOTH.latest()).isEqualTo(Edition.E2021);
    assertThat(Editions.E2020.latest()).isEqualTo(Edition.E2020);
  }

  @Test
  void aQueryWithoutEditionOrDateAsksForTheCurrentEdition() {
    assertThat(When.current().inForce()).isEqualTo(Editions.of(Edition.CURRENT));
    assertThat(When.on(LocalDate.of(2021, 3, 1)).inForce()).isEqualTo(Editions.BOTH);
    assertThat(When.of(Edition.E2020).inForce()).isEqualTo(Editions.E2020);
  }
}
