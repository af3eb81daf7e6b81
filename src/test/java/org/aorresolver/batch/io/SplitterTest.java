package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {
  private static List<Chunk> chunks(byte[] input, int chunk, int maxLine) throws IOException {
    Splitter s = new Splitter(new ByteArrayInputStream(input), chunk, maxLine);
    List<Chunk> out = new ArrayList<>();
    for (Chunk c = s.next(); c != null; c = s.next()) {
      out.add(
          new Chunk(
              java.util.Arrays.copyOf(c.bytes(), c.bytes().length),
              c.from(),
              c.to(),
              c.last(),
              c.longLineBytes()));
    }
    return out;
  }

  private static String text(Chunk c) {
    return new String(c.bytes(), c.from(), c.to() - c.from(), StandardCharsets.UTF_8);
  }

  @Test
  void cutsOnlyAfterLineBreaksAndLosesNothing() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      all.append(i).append(",").append("x".repeat(i % 17)).append('\n');
    }
    all.append("tail without break");
    StringBuilder joined = new StringBuilder();
    List<Chunk> chunks = chunks(all.toString().getBytes(StandardCharsets.UTF_8), 100, 50);
    for (Chunk c : chunks) {
      String t = text(c);
      assertThat(c.last() || t.endsWith("\n")).isTrue();
      joined.append(t);
    }
    assertThat(joined.toString()).isEqualTo(all.toString());
    assertThat(chunks.get(chunks.size() - 1).last()).isTrue();
  }

  @Test
  void skipsAByteOrderMark() throws IOException {
    byte[] b = "\uFEFFid,lat\n1,2\n".getBytes(StandardCharsets.UTF_8);
    Splitter s = new Splitter(new ByteArrayInputStream(b), 1024, 1024);
    assertThat(text(s.next())).isEqualTo("id,lat\n1,2\n");
    assertThat(s.bom()).isTrue();
  }

  @Test
  void keepsTheStartOfALineLongerThanTheBufferAndSkipsTheRest() throws IOException {
    String huge = "7," + "y".repeat(10_000);
    byte[] b = ("a\n" + huge + "\nb\n").getBytes(StandardCharsets.UTF_8);
    List<Chunk> chunks = chunks(b, 16, 16);
    List<String> seen = new ArrayList<>();
    for (Chunk c : chunks) {
      seen.add(
          c.longLine() ? "long " + c.longLineBytes() + " " + text(c).substring(0, 4) : text(c));
    }
    assertThat(String.join("", seen))
        .contains("long " + huge.length() + " 7,yy")
        .startsWith("a\n")
        .endsWith("b\n");
  }
}
