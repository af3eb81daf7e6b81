package org.aorresolver.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aorresolver.batch.columns.ColumnException;
import org.junit.jupiter.api.Test;

/**
 * How a batch cuts its input into rows: the line ends it takes, the row limit, and the headers and
 * objects it refuses, each as a user would meet it.
 */
class BatchFramingTest {
  private static final BatchOptions ONE_CHUNK = BatchOptions.defaults();

  /** Small chunks and a 200-byte row limit: records cross chunk seams and the limit often. */
  private static final BatchOptions SMALL = BatchOptions.defaults().withSizes(64, 200);

  private static String run(String input, BatchOptions options) {
    return new String(BatchFixture.run(input, options), StandardCharsets.UTF_8);
  }

  private static List<List<String>> rows(String input, BatchOptions options) {
    return BatchFixture.csv(BatchFixture.run(input, options));
  }

  @Test
  void readsCrOnlyLineEndsAsOldExcelForMacWritesThemAndAnswersInKind() {
    String out = run("id,lat,lon\r1,29.42,-98.49\r2,29.76,-95.37\r", ONE_CHUNK);

    assertThat(out.split("\r", -1)).hasSize(4).endsWith("");
    assertThat(out).doesNotContain("\n");
    assertThat(BatchFixture.csv(out.getBytes(StandardCharsets.UTF_8)))
        .extracting(r -> r.get(0) + " " + r.get(3) + " " + r.get(5))
        .containsExactly("id status office_code", "1 Match SNA", "2 Match HOU");
  }

  @Test
  void keepsTheLineEndOfTheFirstLineWhetherLfOrCrlf() {
    assertThat(run("id,lat,lon\r\n1,29.42,-98.49\n2,29.76,-95.37\r3,29.42,-98.49", ONE_CHUNK))
        .hasLineCount(4)
        .doesNotContain("\r\r")
        .endsWith("false,\r\n")
        .satisfies(s -> assertThat(s.split("\r\n", -1)).hasSize(5));
    assertThat(run("id,lat,lon\n1,29.42,-98.49\r\n", ONE_CHUNK)).doesNotContain("\r");
  }

  @Test
  void aQuotedFieldLongerThanTheRowLimitIsOneErrorRowAndReadingGoesOnAfterItsClosingQuote() {
    String note = "a line of a long note\n".repeat(60_000);
    String input = "id,lat,lon,note\n1,29.42,-98.49,\"" + note + "\"\n2,29.42,-98.49,ok\n";

    for (BatchOptions options : List.of(ONE_CHUNK, BatchOptions.defaults().withThreads(1))) {
      List<List<String>> rows = rows(input, options);

      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).subList(0, 6))
          .containsExactly("1", "29.42", "-98.49", "", "Error", "row-too-long");
      assertThat(rows.get(1).get(14))
          .isEqualTo("the row has 1,320,017 bytes on 60,001 lines; the limit is 1,048,576");
      assertThat(rows.get(2).subList(0, 6))
          .containsExactly("2", "29.42", "-98.49", "ok", "Match", "");
    }
  }

  @Test
  void aQuoteThatNeverClosesPastTheLimitSaysSoInItsErrorRow() {
    String input = "id,lat,lon,note\n1,29.42,-98.49,\"open\n" + "more of the note\n".repeat(30);

    List<List<String>> rows = rows(input, SMALL);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(5)).isEqualTo("row-too-long");
    assertThat(rows.get(1).get(14))
        .isEqualTo(
            "the row has 531 bytes on 31 lines; the limit is 200;"
                + " a quoted field in it is not closed before the end of the input");
  }

  @Test
  void aStrayQuoteFollowedByRowsPastTheLimitBreaksOnlyItsOwnLine() {
    String input =
        "id,lat,lon,note\n1,29.42,-98.49,\"open\n"
            + "2,29.42,-98.49,x\n".repeat(30)
            + "3,29.42,-98.49,\"a, \"\"quoted\"\" note\"\n";

    List<List<String>> rows = rows(input, SMALL);

    assertThat(rows).hasSize(33);
    assertThat(rows.get(1).subList(4, 6)).containsExactly("Error", "broken-quote");
    assertThat(rows.subList(2, 33)).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("Match"));
    assertThat(rows.get(32).get(3)).isEqualTo("a, \"quoted\" note");
  }

  @Test
  void aQuoteThatTheEndOfTheFileLeavesOpenWithinTheLimitBreaksOnlyItsOwnLine() {
    String input = "id,lat,lon,note\n1,29.42,-98.49,\"open\n2,29.42,-98.49,x\n3,29.42,-98.49,y";

    List<List<String>> rows = rows(input, ONE_CHUNK);

    assertThat(rows)
        .extracting(r -> r.get(0) + " " + r.get(5))
        .containsExactly("id reason", "1 broken-quote", "2 ", "3 ");
  }

  @Test
  void refusesAHeaderThatNamesOneFieldTwice() {
    for (String header : List.of("id,lat,lon,lat", "id,Latitude,lon,lat", " LAT ,lon,y")) {
      assertThatThrownBy(
              () ->
                  Batch.open(
                      new ByteArrayInputStream(
                          (header + "\n1,2,3,4\n").getBytes(StandardCharsets.UTF_8)),
                      ONE_CHUNK))
          .isInstanceOf(ColumnException.class)
          .hasMessageContaining("the header has two lat columns: column ");
    }
  }

  @Test
  void otherRepeatedColumnNamesPassThrough() {
    List<List<String>> rows = rows("id,lat,lon,,,note,note\n1,29.42,-98.49,,,a,b\n", ONE_CHUNK);

    assertThat(rows.get(1).subList(0, 8))
        .containsExactly("1", "29.42", "-98.49", "", "", "a", "b", "Match");
  }

  @Test
  void anNdjsonObjectWithARepeatedNameIsAnErrorRowThatKeepsTheObject() {
    String input =
        "{\"id\":1,\"lat\":29.42,\"lat\":40.7,\"lon\":-98.49}\n"
            + "{\"id\":2,\"lat\":29.42,\"Latitude\":40.7,\"lon\":-98.49}\n"
            + "{\"id\":3,\"lat\":29.42,\"lon\":-98.49,\"n\":1,\"n\":2}\n"
            + "{\"id\":4,\"lat\":29.42,\"lon\":-98.49,\"n\":{\"a\":1},\"lat\":1}\n"
            + "{\"id\":5,\"lat\":29.42,\"lon\":-98.49,\"n\":{\"a\":1,\"a\":2}}\n"
            + "{\"id\":6,\"lat\":29.42,\"lon\":-98.49,\"n\":{\"a\":1},\"y\":1}\n"
            + "{\"id\":7,\"lat\":29.42,\"lon\":-98.49,\"n\":{\"a\":1}}\n";

    List<JsonNode> rows = BatchFixture.ndjson(BatchFixture.run(input, ONE_CHUNK));

    assertThat(rows)
        .extracting(r -> r.path("id").asInt() + " " + r.path("reason").asText())
        .containsExactly(
            "1 duplicate-key",
            "2 duplicate-key",
            "3 duplicate-key",
            "4 duplicate-key",
            "5 duplicate-key",
            "6 duplicate-key",
            "7 ");
    assertThat(rows.get(0).path("message").asText())
        .isEqualTo("the object has \"lat\" twice: keep one");
    assertThat(rows.get(1).path("message").asText())
        .isEqualTo("\"lat\" and \"Latitude\" name the same field: keep one");
    assertThat(rows.get(5).path("message").asText())
        .isEqualTo("\"lat\" and \"y\" name the same field: keep one");
  }

  @Test
  void ndjsonLinesEndAtCrToo() {
    List<JsonNode> rows =
        BatchFixture.ndjson(
            BatchFixture.run(
                "{\"id\":1,\"zip\":\"78550\"}\r{\"id\":2,\"zip\":\"78550\"}\r\n{\"id\":3,\"zip\":\"78550\"}",
                ONE_CHUNK));

    assertThat(rows)
        .extracting(r -> r.path("id").asInt() + " " + r.path("office_code").asText())
        .containsExactly("1 HLG", "2 HLG", "3 HLG");
  }

  @Test
  void refusesInputWithoutLineEndsBeforeAnsweringAnything() {
    byte[] zeros = new byte[64 * 4096 + 10_000];

    assertThatThrownBy(
            () ->
                Batch.open(
                    new ByteArrayInputStream(zeros), BatchOptions.defaults().withSizes(4096, 4096)))
        .isInstanceOf(BatchInputException.class)
        .hasMessage(
            "no line end within 262,144 bytes: this is not a file of lines (CSV or NDJSON)");
  }
}
