package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline keeps what a chunk holds as output bounded, however much longer the answers are than
 * the rows, and still writes every row once, in order.
 */
class OrderedPipelineTest {
  private static final int CHUNK = 4096;
  private static final int ANSWER = 1000;

  /** Answers each line with its number, padded to {@link #ANSWER} bytes; stops when full. */
  private static final class Padding implements OrderedPipeline.Worker {
    @Override
    public OrderedPipeline.Piece process(Chunk chunk, ByteSink out) {
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
