package org.aorresolver.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.aorresolver.batch.io.Delimiters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seeded random CSV files (quotes, quoted line ends, LF, CRLF and CR mixed, a byte order mark,
 * blank lines, broken and stray quotes, rows over the limit, lines longer than the read buffer),
 * apart by commas, semicolons, tabs or pipes in turn, through the streaming batch, in small chunks
 * on one to three threads, against {@link ReferenceFraming}, which reads the whole file one byte at
 * a time: the same rows, field by field, with the same reasons, and never more rows than lines. The
 * seed is printed on failure; {@code -Dframing.seed=N -Dframing.files=1} runs one file again.
 */
@Tag("slow")
class FramingDifferentialTest {
  private static final long SEED = Long.getLong("framing.seed", 20261204L);
  private static final int FILES = Integer.getInteger("framing.files", 300);
  private static final String[] POINTS = {
    "29.42,-98.49", "29.76,-95.37", "33.75,-84.39", "41.88,-87.63", "\"47.61\",-122.33"
  };
  private static final String[] WORDS = {
    "note", "Jos\u00e9", "\u4e2d\u6587", "a b", "x", "", "12\" pipe", "O'Brien"
  };

  @Test
  void theStreamingReaderGivesTheRowsOfTheReference() {
    for (int k = 0; k < FILES; k++) {
      long seed = SEED + k;
      Case c = Case.of(new Random(seed), Delimiters.ALL[(int) (seed % 4)]);
      String repeat =
          String.format(
              Locale.ROOT, "seed %d (rerun: -Dframing.seed=%d -Dframing.files=1)", seed, seed);

      List<List<String>> out = output(c);
      List<ReferenceFraming.Row> expected =
          ReferenceFraming.rows(c.input, c.maxRow, c.capacity(), c.delimiter);

      assertThat(out.size() - 1).as("rows, " + repeat).isEqualTo(expected.size());
      assertThat((long) expected.size())
          .as("rows against lines, " + repeat)
          .isLessThanOrEqualTo(ReferenceFraming.lines(c.input));
      for (int i = 0; i < expected.size(); i++) {
        List<String> row = out.get(i + 1);
        ReferenceFraming.Row want = expected.get(i);
        String where = "row " + (i + 1) + ", " + repeat;
        assertThat(row.subList(0, 4)).as(where).isEqualTo(want.fields());
        assertThat(row.get(5)).as(where).isEqualTo(want.reason());
        if (want.message() != null) {
          assertThat(row.get(14)).as(where).isEqualTo(want.message());
        }
        if (want.reason().isEmpty()) {
          assertThat(row.get(4)).as(where).isEqualTo("Match");
        }
      }
    }
  }

  private static List<List<String>> output(Case c) {
    BatchOptions options =
        BatchOptions.defaults().withThreads(c.threads).withSizes(c.chunk, c.maxRow);
    byte[] out = BatchFixture.run(c.input, options);
    String text = new String(out, StandardCharsets.UTF_8);
    byte[] rows = text.replaceFirst("^\uFEFF", "").getBytes(StandardCharsets.UTF_8);
    return BatchFixture.csv(rows, (char) c.delimiter);
  }

  /** One generated file and the sizes it is read with. */
  private record Case(byte[] input, int maxRow, int chunk, int threads, byte delimiter) {
    /** The read buffer: lines at least this long are cut by it (none come near it otherwise). */
    int capacity() {
      return chunk + maxRow + 2;
    }

    /** A file written with commas, which then become {@code delimiter}, in data too. */
    static Case of(Random r, byte delimiter) {
      int maxRow = 120 + r.nextInt(280);
      int chunk = maxRow + r.nextInt(2 * maxRow);
      Gen g = new Gen(r, maxRow, chunk + maxRow + 2);
      String file = new String(g.file(), StandardCharsets.UTF_8).replace(',', (char) delimiter);
      return new Case(
          file.getBytes(StandardCharsets.UTF_8), maxRow, chunk, 1 + r.nextInt(3), delimiter);
    }
  }

  /**
   * Writes a file. Every physical line is shorter than half the read buffer, or longer than twice
   * it, so that which lines the buffer cuts does not hang on a byte or two.
   */
  private static final class Gen {
    private final Random r;
    private final int maxRow;
    private final int capacity;
    private final StringBuilder s = new StringBuilder();
    private final int lineEnds;

    Gen(Random r, int maxRow, int capacity) {
      this.r = r;
      this.maxRow = maxRow;
      this.capacity = capacity;
      this.lineEnds = r.nextInt(4); // LF, CRLF, CR, or any of them line by line
    }

    byte[] file() {
      if (r.nextInt(3) == 0) {
        s.append('\uFEFF');
      }
      s.append("id,lat,lon,note").append(eol());
      int rows = 20 + r.nextInt(100);
      for (int id = 1; id <= rows; id++) {
        row(id);
      }
      if (r.nextInt(8) == 0) {
        s.append(id(0)).append(",\"never closed").append(eol()).append(prose(3 * maxRow));
      } else if (r.nextBoolean()) {
        s.append(id(rows + 1)).append(',').append(point()).append(",last");
      }
      return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(int id) {
      String head = id(id) + "," + point() + ",";
      int kind = r.nextInt(40);
      switch (kind) {
        case 0 -> s.append(head, 0, head.length() - 1); // a field short
        case 1 -> s.append(head).append("a,b"); // a field too many
        case 2 -> {} // a blank line
        case 3 -> s.append(head).append("\"closed\"junk");
        case 4 -> s.append(head).append("\"opened and never closed");
        case 5 -> s.append(head).append("x".repeat(longLength()));
        case 6 ->
            s.append(head).append('"').append(prose(maxRow + r.nextInt(2 * maxRow))).append('"');
        case 7 -> s.append(head).append('"').append(huge());
        case 8 -> s.append(head).append(huge());
        case 9 ->
            s.append(head).append("\"q").append(eol()).append("h".repeat(3 * capacity)).append('"');
        case 10 ->
            s.append(head)
                .append('"')
                .append(prose(maxRow + r.nextInt(maxRow)))
                .append(huge())
                .append(r.nextBoolean() ? "\"" : eol() + "more\"");
        case 11 -> s.append(head).append("\"q").append(eol().repeat(maxRow / 3)).append(huge());
        case 12 -> s.append(eol().repeat(r.nextInt(80))); // answers far longer than the lines
        default -> s.append(head).append(note());
      }
      s.append(eol());
    }

    /** A line more than twice as long as the read buffer. */
    private String huge() {
      return "h".repeat(2 * capacity + r.nextInt(capacity));
    }

    /** A line over the limit that the buffer still holds whole. */
    private int longLength() {
      int room = capacity / 2 - 40 - maxRow;
      return room > 0 ? maxRow + r.nextInt(room) : 5;
    }

    private String note() {
      StringBuilder n = new StringBuilder();
      int words = r.nextInt(4);
      for (int i = 0; i < words; i++) {
        n.append(WORDS[r.nextInt(WORDS.length)]);
      }
      if (r.nextInt(3) > 0) {
        return n.toString().replace("\"", "");
      }
      String quoted =
          n.append(r.nextBoolean() ? ", with a comma" : "")
              .append(r.nextBoolean() ? " and \"\"quotes\"\"" : "")
              .append(r.nextBoolean() ? eol() + "on two lines" + eol() : "")
              .toString();
      return "\"" + quoted.replace("12\" pipe", "12\"\" pipe") + "\"";
    }

    /** Lines of words without commas or quotes: a long quoted field, not rows in disguise. */
    private String prose(int length) {
      StringBuilder p = new StringBuilder();
      while (p.length() < length) {
        p.append("some words of a long note ").append(r.nextInt(1000)).append(eol());
      }
      return p.toString();
    }

    private String point() {
      return POINTS[r.nextInt(POINTS.length)];
    }

    private String id(int id) {
      return Integer.toString(id);
    }

    private String eol() {
      int m = lineEnds == 3 ? r.nextInt(3) : lineEnds;
      return m == 0 ? "\n" : m == 1 ? "\r\n" : "\r";
    }
  }
}
