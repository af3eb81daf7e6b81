package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static String sanitized(byte[] b) {
    ByteSink out = new ByteSink(16);
    Utf8.sanitize(b, 0, b.length, out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void acceptsWellFormedText() {
    byte[] b = "José, Nuñez – 東京 🙂".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.clean(b, 0, b.length)).isTrue();
    assertThat(sanitized(b)).isEqualTo("José, Nuñez – 東京 🙂");
  }

  @Test
  void replacesLatin1BytesNulAndTruncatedSequences() {
    byte[] latin1 = "Jos\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Utf8.clean(latin1, 0, latin1.length)).isFalse();
    assertThat(sanitized(latin1)).isEqualTo("Jos\uFFFD");
    assertThat(sanitized(new byte[] {'a', 0, 'b'})).isEqualTo("a\uFFFDb");
    assertThat(sanitized(new byte[] {'a', (byte) 0xE6, (byte) 0x9D})).isEqualTo("a\uFFFD");
  }

  @Test
  void rejectsOverlongFormsAndSurrogates() {
    assertThat(Utf8.clean(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2)).isFalse();
    assertThat(Utf8.clean(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isFalse();
    assertThat(Utf8.clean(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4))
        .isFalse();
  }
}
