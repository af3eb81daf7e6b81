package org.aorresolver.batch.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDateTest {
  @ParameterizedTest
  @CsvSource({
    "2020-10-29, 20201029",
    "2021-09-27T08:00:00, 20210927",
    "2021-09-27 08:00:00, 20210927",
    "2024-02-29, 20240229",
    "2023-02-29, -1",
    "1900-02-29, -1",
    "2000-02-29, 20000229",
    "2021-13-01, -1",
    "2021-04-31, -1",
    "2021-4-01, -1",
    "20210401, -1",
    "2021-04-01x, -1",
    "04/01/2021, -1"
  })
  void readsCalendarDatesOnly(String text, int expected) {
    assertThat(IsoDate.parse(text)).isEqualTo(expected);
  }
}
