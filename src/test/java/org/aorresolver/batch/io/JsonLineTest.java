package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLineTest {
  private final JsonLine json = new JsonLine();

  private boolean scan(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return json.scan(b, 0, b.length);
  }

  @Test
  void findsMembersOfAFlatObject() {
    String s = "{\"id\": 7, \"lat\":29.42,\"lon\":\"-98.49\",\"ok\":true,\"n\":null}";
    assertThat(scan(s)).isTrue();
    assertThat(json.members()).isEqualTo(5);
    assertThat(s.substring(json.valueStart(1), json.valueEnd(1))).isEqualTo("29.42");
    assertThat(s.substring(json.valueStart(2), json.valueEnd(2))).isEqualTo("-98.49");
    assertThat(json.kind(2)).isEqualTo(JsonLine.Value.STRING);
    assertThat(json.kind(3)).isEqualTo(JsonLine.Value.LITERAL);
    assertThat(s.charAt(json.closing())).isEqualTo('}');
  }

  @Test
  void notesEscapesInStringValues() {
    assertThat(scan("{\"name\":\"a \\\"b\\\" \\u00e9\"}")).isTrue();
    assertThat(json.escaped(0)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":{\"b\":1}}",
        "{\"a\":[1]}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":1} x",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "[1,2]",
        "{\"a\":\"\\x\"}",
        "{\"a\":tru}",
        "{\"a\\n\":1}",
        "{\"a\":1"
      })
  void leavesEverythingElseToAFullParser(String line) {
    assertThat(scan(line)).isFalse();
  }

  @Test
  void acceptsTheEmptyObject() {
    assertThat(scan(" {} ")).isTrue();
    assertThat(json.members()).isZero();
  }
}
