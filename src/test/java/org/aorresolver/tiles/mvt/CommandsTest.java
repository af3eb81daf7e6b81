package org.aorresolver.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Geometry commands against the worked examples of the MVT 2.1 specification, section 4.3. */
class CommandsTest {

  @Test
  void commandIntegersPutTheIdInTheLowThreeBits() {
    assertThat(Commands.command(Commands.MOVE_TO, 1)).isEqualTo(9);
    assertThat(Commands.command(Commands.MOVE_TO, 120)).isEqualTo(961);
    assertThat(Commands.command(Commands.LINE_TO, 1)).isEqualTo(10);
    assertThat(Commands.command(Commands.LINE_TO, 3)).isEqualTo(26);
    assertThat(Commands.command(Commands.CLOSE_PATH, 1)).isEqualTo(15);
  }

  @Test
  void aPointIsOneMoveTo() {
    assertThat(new Commands().point(25, 17).toArray()).containsExactly(9, 50, 34);
  }

  @Test
  void aRingIsMoveToLineToClosePath() {
    assertThat(new Commands().ring(new int[] {3, 6, 8, 12, 20, 34}).toArray())
        .containsExactly(9, 6, 12, 18, 10, 12, 24, 44, 15);
  }

  @Test
  void theCursorCarriesOverFromOneRingToTheNext() {
    int[] commands =
        new Commands()
            .ring(new int[] {0, 0, 10, 0, 10, 10, 0, 10})
            .ring(new int[] {11, 11, 20, 11, 20, 20, 11, 20})
            .ring(new int[] {13, 13, 13, 17, 17, 17, 17, 13})
            .toArray();
    assertThat(commands)
        .containsExactly(
            9, 0, 0, 26, 20, 0, 0, 20, 19, 0, 15, 9, 22, 2, 26, 18, 0, 0, 18, 17, 0, 15, 9, 4, 13,
            26, 0, 8, 8, 0, 0, 7, 15);
  }

  @Test
  void aRingNeedsThreeVertices() {
    assertThatThrownBy(() -> new Commands().ring(new int[] {0, 0, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
