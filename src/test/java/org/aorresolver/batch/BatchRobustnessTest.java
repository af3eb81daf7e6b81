package org.aorresolver.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.batch.answer.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million rows, one in a hundred broken in one of many ways: exactly one output row each, in
 * order, with the right status. Small chunks, so that quoted line breaks cross chunk seams.
 */
@Tag("slow")
class BatchRobustnessTest {
  private static final int ROWS = 1_000_000;
  private static final String[] GOOD = {
    "29.42,-98.49", "29.76,-95.37", "33.75,-84.39", "41.88,-87.63", "47.61,-122.33", "40.71,-74.0"
  };

  /** One broken (or unusual) row of each kind: its text, and the status and reason expected. */
  private record Kind(String name, String status, String reason) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("unparsable number", "Error", "invalid-input"),
          new Kind("missing field", "Error", "invalid-input"),
          new Kind("out of range", "Error", "invalid-input"),
          new Kind("broken quoting", "Error", "broken-quote"),
          new Kind("wrong column count", "Error", "field-count"),
          new Kind("blank line", "Error", "blank-line"),
          new Kind("crlf", "Match", ""),
          new Kind("long line", "Error", "row-too-long"),
          new Kind("invalid utf-8", "Match", ""),
          new Kind("nul byte", "Match", ""),
          new Kind("bom inside", "Match", ""),
          new Kind("quoted line break", "Match", ""),
          new Kind("offshore", "No_Match", "offshore"),
          new Kind("transition window", "Ambiguous", "transition-window"),
          new Kind("bad date", "Error", "invalid-input"));

  private static Kind kindOf(int row) {
    return row % 100 == 50 ? KINDS.get((row / 100) % KINDS.size()) : null;
  }

  private static void write(ByteArrayOutputStream out, int i) {
    Kind k = kindOf(i);
    String good = i + "," + GOOD[i % GOOD.length] + ",,name " + i + "\n";
    String line =
        k == null
            ? good
            : switch (k.name()) {
              case "unparsable number" -> i + ",29.4x,-98.49,,n\n";
              case "missing field" -> i + ",,-98.49,,n\n";
              case "out of range" -> i + ",95,-98.49,,n\n";
              case "broken quoting" -> i + ",\"29.42,-98.49,,n\n";
              case "wrong column count" -> i + ",29.42,-98.49\n";
              case "blank line" -> "\n";
              case "crlf" -> good.replace("\n", "\r\n");
              case "long line" ->
                  i + ",29.42,-98.49,," + "x".repeat(i % 200 == 50 ? 100_000 : 5000) + "\n";
              case "invalid utf-8" -> null;
              case "nul byte" -> i + ",29.42,-98.49,,a\u0000b\n";
              case "bom inside" -> "\uFEFF" + good;
              case "quoted line break" -> i + ",29.42,-98.49,,\"two\nlines, \"\"quoted\"\"\"\n";
              case "offshore" -> i + ",27.0,-93.0,,n\n";
              case "transition window" -> i + ",25.9017,-97.4975,2021-03-01,n\n";
              default -> i + ",29.42,-98.49,2021-02-30,n\n";
            };
    if (line == null) {
      byte[] head = (i + ",29.42,-98.49,,Jos").getBytes(StandardCharsets.UTF_8);
      out.writeBytes(head);
      out.writeBytes(new byte[] {(byte) 0xE9, '\n'});
    } else {
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyRowGivesExactlyOneRowInOrderWithTheRightStatus() {
    ByteArrayOutputStream in = new ByteArrayOutputStream(40 * ROWS);
    in.writeBytes("\uFEFFid,lat,lon,date,name\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < ROWS; i++) {
      write(in, i);
    }
    BatchOptions options = BatchOptions.defaults().withSizes(64 * 1024, 4096);

    byte[] out = BatchFixture.run(in.toByteArray(), options);
    List<List<String>> rows = BatchFixture.csv(out);

    assertThat(new String(out, 0, 6, StandardCharsets.UTF_8)).isEqualTo("\uFEFFid,");
    assertThat(rows).hasSize(ROWS + 1);
    assertThat(rows.get(0)).startsWith("id").contains("status", "near_boundary", "message");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < ROWS && wrong.size() < 10; i++) {
      List<String> row = rows.get(i + 1);
      Kind k = kindOf(i);
      String expected =
          (k == null || k.name().equals("blank line") ? "" : "")
              + expectedId(i, k)
              + " "
              + (k == null ? "Match " : k.status() + " " + k.reason());
      String actual =
          row.get(0).replace("\uFEFF", "") + " " + row.get(5) + " " + row.get(6) + " " + row.size();
      if (!actual.equals(expected + " " + (5 + Outcome.COLUMNS.size()))) {
        wrong.add("row " + i + (k == null ? "" : " (" + k.name() + ")") + ": " + actual);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String expectedId(int i, Kind k) {
    return k != null && k.name().equals("blank line") ? "" : Integer.toString(i);
  }

  @Test
  void notesRepairedBytesAndKeepsTheRestOfTheRow() {
    byte[] in =
        "id,lat,lon,name\n1,29.42,-98.49,Jos\u00e9\n2,29.42,-98.49,a\u0000b\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    List<List<String>> rows = BatchFixture.csv(BatchFixture.run(in, BatchOptions.defaults()));

    assertThat(rows.get(1).subList(0, 6))
        .containsExactly("1", "29.42", "-98.49", "Jos\uFFFD", "Match", "");
    assertThat(rows.get(1).get(14)).contains("U+FFFD");
    assertThat(rows.get(2).get(3)).isEqualTo("a\uFFFDb");
  }
}
