package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTest {
  private static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Decimal.parse(b, 0, b.length);
  }

  @Test
  void equalsParseDoubleOnSeededRandomCoordinates() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 200_000; i++) {
      double v = (random.nextDouble() * 2 - 1) * 180;
      String text = String.format(Locale.ROOT, "%." + random.nextInt(13) + "f", v);
      assertThat(parse(text)).as("%s (seed %d)", text, seed).isEqualTo(Double.parseDouble(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"29.42", "-98.4936", "+1.5", ".5", "5.", "0", "-0.0", "180", "90.000000"})
  void readsPlainDecimals(String text) {
    assertThat(parse(text)).isEqualTo(Double.parseDouble(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".",
        "1e5",
        " 1",
        "1 ",
        "1.2.3",
        "0x10",
        "NaN",
        "1,5",
        "12345678901234567890"
      })
  void leavesAnythingElseToTheSlowPath(String text) {
    assertThat(parse(text)).isNaN();
  }
}
