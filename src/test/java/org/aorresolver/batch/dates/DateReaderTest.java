package org.aorresolver.batch.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {
  private static final DateReader MONTH_FIRST = DateReader.of(DateOrder.MONTH_FIRST);
  private static final DateReader DAY_FIRST = DateReader.of(DateOrder.DAY_FIRST);
  private static final DateReader UNKNOWN = DateReader.of(DateOrder.UNKNOWN);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-03-01                 | 20210301",
        "2021-03-01T14:22:00Z       | 20210301",
        "2021-03-01T23:30:00-05:00  | 20210301",
        "2021-03-01 14:22:00        | 20210301",
        "20210301                   | 20210301",
        "2021/03/01                 | 20210301",
        "2021.3.1                   | 20210301",
        "Mar 1 2021                 | 20210301",
        "March 1, 2021              | 20210301",
        "1 March 2021               | 20210301",
        "01-MAR-21                  | 20210301",
        "Mon, 1 Mar 2021            | 20210301",
        "Monday, March 1, 2021 2:22 PM | 20210301",
        "sept 30 2021               | 20210930",
        "2021 Mar 1                 | 20210301",
        "44256                      | 20210301",
        "44256.60972                | 20210301",
        "  2021-03-01               | 20210301",
        "1/15/22                    | 20220115",
        "3/3/2021                   | 20210303",
        "15.01.2022                 | 20220115",
        "1.3.2021                   | 20210301"
      })
  void readsEveryShapeThatReadsOneWay(String text, int expected) {
    assertThat(UNKNOWN.read(text)).as(text).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "03/01/2021           | 20210301 | 20210103",
        "03/01/21             | 20210301 | 20210103",
        "3-1-2021             | 20210301 | 20210103",
        "03/01/2021 14:22     | 20210301 | 20210103",
        "03/01/2021 2:22:00 PM| 20210301 | 20210103",
        "12/31/1999           | 19991231 | -1",
        "31/12/99             | -1       | 19991231"
      })
  void numericDatesFollowTheColumnsOrder(String text, int monthFirst, int dayFirst) {
    assertThat(MONTH_FIRST.read(text)).as(text).isEqualTo(monthFirst);
    assertThat(DAY_FIRST.read(text)).as(text).isEqualTo(dayFirst);
  }

  @Test
  void readsBytesAsItReadsText() {
    byte[] row =
        "x,2021-03-01,3/1/2021,01.03.2021,y".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(MONTH_FIRST.read(row, 2, 12)).isEqualTo(20210301);
    assertThat(MONTH_FIRST.read(row, 13, 21)).isEqualTo(20210301);
    assertThat(DateReader.ofPattern("dd.MM.yyyy").read(row, 22, 32)).isEqualTo(20210301);
    assertThat(DateReader.ofPattern("dd.MM.yyyy").read(row, 2, 12))
        .as("a pattern reads every date, ISO too")
        .isEqualTo(-1);
  }

  @Test
  void aDateThatReadsTwoWaysIsNoDateWithoutAnOrder() {
    assertThat(UNKNOWN.read("03/04/2021")).isEqualTo(-1);
  }

  @Test
  void twoDigitYearsAreReadAsExcelReadsThem() {
    assertThat(MONTH_FIRST.read("1/1/29")).isEqualTo(20290101);
    assertThat(MONTH_FIRST.read("1/1/30")).isEqualTo(19300101);
    assertThat(UNKNOWN.read("15-JAN-99")).isEqualTo(19990115);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-02-29",
        "2/29/2021",
        "20210229",
        "20211301",
        "Feb 30 2021",
        "60",
        "0",
        "2958466",
        "Jan 2021",
        "15 Foo 2021",
        "2021",
        "1/15",
        "1/15/123",
        "1/15/2021x",
        "abc",
        "+44256",
        "-",
        "１/１５/２０２２"
      })
  void textThatIsNoDateIsMinusOne(String text) {
    assertThat(MONTH_FIRST.read(text)).as(text).isEqualTo(-1);
    assertThat(UNKNOWN.read(text)).as(text).isEqualTo(-1);
  }

  @Test
  void excelSerialsAreFiveDigitsCountedAsExcelCountsThem() {
    assertThat(UNKNOWN.read("10000")).isEqualTo(19270518);
    assertThat(UNKNOWN.read("99999")).isEqualTo(21731013);
    assertThat(UNKNOWN.read("9999")).isEqualTo(-1);
    assertThat(UNKNOWN.read("100000")).isEqualTo(-1);
  }

  @Test
  void aPatternIsReadStrictlyCaseInsensitiveInEnglish() {
    DateReader r = DateReader.ofPattern("dd/MM/yyyy HH:mm");
    assertThat(r.read("15/01/2022 09:30")).isEqualTo(20220115);
    assertThat(r.read("31/02/2022 09:30")).isEqualTo(-1);
    assertThat(r.read("2022-01-15")).isEqualTo(-1);
    assertThat(DateReader.ofPattern("d-MMM-yy").read("5-jan-22")).isEqualTo(20220105);
  }

  @Test
  void aPatternWithoutAWholeDateIsRefused() {
    assertThatThrownBy(() -> DateReader.ofPattern("MM/yyyy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MM/yyyy");
    assertThatThrownBy(() -> DateReader.ofPattern("dd/MM/yyyy{"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOrderOfAColumnComesFromADateThatReadsOneWayOnly() {
    assertThat(DateOrder.detect(List.of("03/01/2021", "1/15/2021")))
        .isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(DateOrder.detect(List.of("03/01/2021", "15/01/2021")))
        .isEqualTo(DateOrder.DAY_FIRST);
    assertThat(DateOrder.detect(List.of("2021-03-01", "", "Jan 5 2022", "44256")))
        .isEqualTo(DateOrder.UNKNOWN);
    assertThat(DateOrder.detect(List.of("01.03.2021"))).isEqualTo(DateOrder.UNKNOWN);
    assertThat(DateReader.of(DateOrder.UNKNOWN).read("01.03.2021")).isEqualTo(20210301);
  }

  @Test
  void aColumnWhoseDatesReadTwoWaysIsRefusedWithTheReason() {
    assertThatThrownBy(() -> DateOrder.detect(List.of("03/01/2021", "04/02/2021")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'03/01/2021' can be read day first or month first");
  }

  @Test
  void aColumnWithBothOrdersIsRefused() {
    assertThatThrownBy(() -> DateOrder.detect(List.of("15/01/2021", "1/15/2021")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'15/01/2021'")
        .hasMessageContaining("'1/15/2021'");
  }
}
