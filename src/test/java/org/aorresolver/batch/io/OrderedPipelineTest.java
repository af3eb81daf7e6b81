package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline against a plain sequential run: seeded random inputs, cut into chunks of random
 * sizes and answered on one to four threads, give the same output, byte for byte, as one worker
 * reading the whole input at once. The worker is a small one whose records continue onto the next
 * line after a trailing backslash, so that records cross chunk seams and travel as carries, and
 * whose answers are nine times as long as the records, so that sinks fill and the writer answers
 * the rest. The seed is printed on failure; {@code -Dpipeline.seed=N} runs another. And what a
 * piece holds stays bounded however much longer the answers are than the rows.
 */
class OrderedPipelineTest {
  private static final long SEED = Long.getLong("pipeline.seed", 20261204L);

  /** Records are lines; one ending in a backslash goes on with the next line. */
  private static final class Lines implements OrderedPipeline.Worker {
    private record Open(String text) implements OrderedPipeline.Carry {}

    @Override
    public OrderedPipeline.Piece process(Chunk chunk, OrderedPipeline.Carry carry, ByteSink out) {
      String text =
          new String(
              chunk.bytes(), chunk.from(), chunk.to() - chunk.from(), StandardCharsets.ISO_8859_1);
      String record = carry == null ? null : ((Open) carry).text();
      long[] counts = new long[1];
      int pos = 0;
      while (pos < text.length()) {
        if (out.full()) {
          return new OrderedPipeline.Piece(
              chunk,
              out,
              counts,
              record == null ? null : new Open(record),
              new Chunk(chunk.bytes(), chunk.from() + pos, chunk.to(), chunk.last(), 0));
        }
        int nl = text.indexOf('\n', pos);
        String line = text.substring(pos, nl < 0 ? text.length() : nl);
        pos = nl < 0 ? text.length() : nl + 1;
        record = record == null ? line : record + "|" + line;
        if (!line.endsWith("\\") || (chunk.last() && pos == text.length())) {
          if (line.contains("BOOM")) {
            throw new IllegalStateException("a worker failed on " + line);
          }
          out.write("[" + record + "]" + "+".repeat(8 * record.length()) + "\n");
          counts[0]++;
          record = null;
        }
      }
      if (record != null && chunk.last()) {
        out.write("[" + record + "]" + "+".repeat(8 * record.length()) + "\n");
        counts[0]++;
        record = null;
      }
      return new OrderedPipeline.Piece(
          chunk, out, counts, record == null ? null : new Open(record));
    }
  }

  private static String pipeline(byte[] input, int chunk, int threads) throws IOException {
    Splitter splitter = new Splitter(new ByteArrayInputStream(input), chunk, 10 * chunk);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] rows = new long[1];
    OrderedPipeline.run(
        splitter,
        threads,
        Lines::new,
        piece -> {
          piece.out().writeTo(out);
          rows[0] += piece.counts()[0];
        });
    String text = out.toString(StandardCharsets.ISO_8859_1);
    assertThat(rows[0]).isEqualTo(text.chars().filter(c -> c == '\n').count());
    return text;
  }

  private static String sequential(byte[] input) {
    ByteSink out = new ByteSink(16);
    OrderedPipeline.Piece p = new Lines().process(Chunk.of(input, true), null, out);
    assertThat(p.carry()).isNull();
    return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
  }

  /** Lines of random length, some continued, some empty; maybe no line end at the very end. */
  private static byte[] input(Random r, int maxLine) {
    StringBuilder s = new StringBuilder();
    int lines = r.nextInt(400);
    for (int i = 0; i < lines; i++) {
      s.append(i).append(':').append("x".repeat(r.nextInt(maxLine)));
      s.append(r.nextInt(4) == 0 ? "\\" : "").append('\n');
    }
    if (r.nextBoolean()) {
      s.append("tail");
    }
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void givesTheOutputOfOneSequentialPassOnAnyChunkSizeAndThreadCount() throws IOException {
    for (int k = 0; k < 500; k++) {
      long seed = SEED + k;
      Random r = new Random(seed);
      int chunk = 8 + r.nextInt(200);
      int threads = 1 + r.nextInt(4);
      byte[] input = input(r, chunk);

      assertThat(pipeline(input, chunk, threads))
          .as(
              String.format(
                  Locale.ROOT,
                  "seed %d (-Dpipeline.seed=%d), chunk %d, %d threads",
                  seed,
                  seed,
                  chunk,
                  threads))
          .isEqualTo(sequential(input));
    }
  }

  @Test
  void aRecordLeftOpenWhenTheInputEndsAtAChunkSeamIsFinishedOnce() throws IOException {
    byte[] input = "a\\\nb\\\n".getBytes(StandardCharsets.ISO_8859_1);

    for (int threads = 1; threads <= 3; threads++) {
      assertThat(pipeline(input, 3, threads)).isEqualTo("[a\\|b\\]" + "+".repeat(40) + "\n");
    }
  }

  @Test
  void aWorkersFailureStopsTheRunWithItsException() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      s.append(i == 7_000 ? "BOOM" : "row " + i).append('\n');
    }
    byte[] input = s.toString().getBytes(StandardCharsets.ISO_8859_1);

    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      assertThatThrownBy(() -> pipeline(input, 64, t))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a worker failed on BOOM");
    }
  }

  @Test
  void aReadFailureStopsTheRunWithItsIoException() {
    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      assertThatThrownBy(
              () -> OrderedPipeline.run(new Splitter(failing(), 64, 640), t, Lines::new, p -> {}))
          .isInstanceOf(IOException.class)
          .hasMessage("disk gone");
    }
  }

  /** Lines of x, then a read error. */
  private static InputStream failing() {
    return new InputStream() {
      private int n;

      @Override
      public int read() throws IOException {
        if (++n > 5_000) {
          throw new IOException("disk gone");
        }
        return n % 10 == 0 ? '\n' : 'x';
      }
    };
  }

  private static final int CHUNK = 4096;
  private static final int ANSWER = 1000;

  /** Answers each line with its number, padded to {@link #ANSWER} bytes; stops when full. */
  private static final class Padding implements OrderedPipeline.Worker {
    @Override
    public OrderedPipeline.Piece process(Chunk chunk, OrderedPipeline.Carry carry, ByteSink out) {
      byte[] b = chunk.bytes();
      long[] counts = new long[1];
      int s = chunk.from();
      while (s < chunk.to()) {
        if (out.full()) {
          return OrderedPipeline.Piece.stopped(chunk, out, counts, s);
        }
        int nl = s;
        while (nl < chunk.to() && b[nl] != '\n') {
          nl++;
        }
        byte[] line = new byte[ANSWER];
        java.util.Arrays.fill(line, (byte) '.');
        line[ANSWER - 1] = '\n';
        System.arraycopy(b, s, line, 0, nl - s);
        out.write(line);
        counts[0]++;
        s = nl + 1;
      }
      return new OrderedPipeline.Piece(chunk, out, counts, null);
    }
  }

  private static byte[] lines(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void answersFarLongerThanTheRowsAreWrittenInOrderFromBoundedPieces(int threads)
      throws IOException {
    int rows = 50_000; // about 300 KB in, 50 MB out: without a bound, a piece would hold 700 KB
    List<Integer> pieceSizes = new ArrayList<>();
    StringBuilder written = new StringBuilder();
    Splitter in = new Splitter(new ByteArrayInputStream(lines(rows)), CHUNK, CHUNK);

    OrderedPipeline.run(
        in,
        threads,
        Padding::new,
        piece -> {
          pieceSizes.add(piece.out().size());
          written.append(
              new String(piece.out().array(), 0, piece.out().size(), StandardCharsets.US_ASCII));
        });

    String[] out = written.toString().split("\n");
    assertThat(out).hasSize(rows);
    for (int i = 0; i < rows; i++) {
      assertThat(out[i]).as("row %d", i).startsWith(i + ".");
    }
    assertThat(pieceSizes.stream().mapToInt(Integer::intValue).max().orElseThrow())
        .as("a piece holds at most its limit and one answer")
        .isLessThanOrEqualTo(6 * CHUNK + ANSWER);
  }
}
