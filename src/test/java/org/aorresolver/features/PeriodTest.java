package org.aorresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aorresolver.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  private static LocalDate day(String text) {
    return text == null || text.isEmpty() ? null : LocalDate.parse(text);
  }

  @ParameterizedTest
  @CsvSource({
    "2021-03-01, 2021-03-01, 2021-03-01",
    "2021-03-01T, 2021-03-01, 2021-03-01", // as GDAL sends a date
    "2021-03-01T12:00:00Z, 2021-03-01, 2021-03-01",
    "2021-03-01t23:30:00.123z, 2021-03-01, 2021-03-01",
    "2021-03-01T23:30:00-05:00, 2021-03-01, 2021-03-01", // the day written, not the UTC day
    "2021-03-01T08:00, 2021-03-01, 2021-03-01",
    "2020-10-30/2021-09-26, 2020-10-30, 2021-09-26",
    "2020-10-30T00:00:00Z/.., 2020-10-30, ",
    "../2021-09-26, , 2021-09-26",
    "/2021-09-26, , 2021-09-26",
    "2021-09-26/, 2021-09-26, ",
    "../.., , "
  })
  void readsInstantsAndIntervalsAsDays(String text, String first, String last) {
    assertThat(Period.parse("datetime", text)).isEqualTo(new Period(day(first), day(last)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "..",
        "2021-02-30",
        "2021-3-1",
        "20210301",
        "2021-03-01T25:00:00Z",
        "2021-03-01T12:00:00+25:00",
        "2021-03-01 12:00:00",
        "2021-09-27/2021-09-26",
        "2021-01-01/2021-02-01/2021-03-01",
        "P1M",
        "+2021-03-01",
        "２０２１-03-01"
      })
  void refusesWhatIsNotADateTimeOrInterval(String text) {
    assertThatThrownBy(() -> Period.parse("datetime", text))
        .as(text)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("datetime"));
  }

  @ParameterizedTest
  @CsvSource({
    "2021-01-01, 2021-01-31, 2021-01-31, 2021-02-28, true", // one day in common
    "2021-01-01, 2021-01-31, 2021-02-01, 2021-02-28, false",
    ", 2021-09-26, 2021-09-27, , false",
    ", 2021-09-26, 2021-09-26, , true",
    ", , 1900-01-01, 1900-01-01, true",
    "2020-10-30, , , 2020-10-29, false"
  })
  void overlapsWhenADayIsInBoth(String a1, String a2, String b1, String b2, boolean overlap) {
    Period a = new Period(day(a1), day(a2));
    Period b = new Period(day(b1), day(b2));

    assertThat(a.overlaps(b)).isEqualTo(overlap);
    assertThat(b.overlaps(a)).isEqualTo(overlap);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2021-03-01", "2020-10-30/..", "../2021-09-26", "../..", "2020-10-30/2021-09-26"})
  void writesWhatItReads(String text) {
    assertThat(Period.parse("datetime", text).toText()).isEqualTo(text);
  }
}
