package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    List<Chunk> chunks = chunks(b, 16, 200);
    List<String> seen = new ArrayList<>();
    for (Chunk c : chunks) {
      seen.add(
          c.longLine() ? "long " + c.longLineBytes() + " " + text(c).substring(0, 4) : text(c));
    }
    assertThat(String.join("", seen))
        .contains("long " + huge.length() + " 7,yy")
        .doesNotContain("yyyy\n")
        .startsWith("a\n")
        .endsWith("b\n");
  }

  @Test
  void cutsAfterCrOnlyLineEndsAndNeverBetweenTheCrAndLfOfCrlf() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      all.append(i).append(",x").append(i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
    }
    StringBuilder joined = new StringBuilder();
    for (int chunk = 3; chunk < 40; chunk++) {
      joined.setLength(0);
      for (Chunk c : chunks(all.toString().getBytes(StandardCharsets.UTF_8), chunk, 16)) {
        String t = text(c);
        assertThat(c.last() || t.endsWith("\n") || t.endsWith("\r")).isTrue();
        assertThat(t).as("chunk size %d", chunk).doesNotStartWith("\n");
        joined.append(t);
      }
      assertThat(joined.toString()).isEqualTo(all.toString());
    }
  }

  @Test
  void aLongLineEndingInCrlfLeavesNoEmptyLineBehind() throws IOException {
    for (int pad = 0; pad < 40; pad++) {
      String huge = "7," + "y".repeat(1000 + pad);
      byte[] b = ("a\r\n" + huge + "\r\nb\r\n").getBytes(StandardCharsets.UTF_8);
      List<String> seen = new ArrayList<>();
      for (Chunk c : chunks(b, 16, 64)) {
        seen.add(c.longLine() ? "<long " + c.longLineBytes() + ">" : text(c));
      }
      assertThat(String.join("", seen)).isEqualTo("a\r\n<long " + huge.length() + ">b\r\n");
    }
  }

  @Test
  void refusesInputWithNoLineEndWithinSixtyFourTimesTheLongestLine() {
    byte[] zeros = new byte[64 * 100 + 1000];

    assertThatThrownBy(() -> chunks(zeros, 16, 100))
        .isInstanceOf(NoLineEndException.class)
        .hasMessageContaining("no line end within 6,400 bytes");
  }
}
