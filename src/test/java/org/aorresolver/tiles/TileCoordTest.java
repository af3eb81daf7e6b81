package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class TileCoordTest {

  @Test
  void acceptsEveryTileOfTheSupportedZooms() {
    assertThat(TileCoord.of(0, 0, 0).tilesPerSide()).isEqualTo(1);
    assertThat(TileCoord.of(12, 4095, 4095)).hasToString("12/4095/4095");
  }

  @Test
  void aZoomOutsideTheRangeIsReportedAlone() {
    assertThatThrownBy(() -> TileCoord.of(13, -5, 99999))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("z", "13", "an integer zoom level 0..12")));
    assertThatThrownBy(() -> TileCoord.of(-1, 0, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void columnAndRowOutOfRangeAreReportedTogetherWithTheRange() {
    assertThatThrownBy(() -> TileCoord.of(3, 8, -1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("x", "8", "an integer tile column 0..7 at zoom 3"),
                        new FieldError("y", "-1", "an integer tile row 0..7 at zoom 3")));
  }

  @Test
  void containingFindsTheTileOfAPosition() {
    assertThat(TileCoord.containing(26.19, -97.70, 8)).isEqualTo(TileCoord.of(8, 58, 108));
    assertThat(TileCoord.containing(0.01, 0.01, 1)).isEqualTo(TileCoord.of(1, 1, 0));
    assertThat(TileCoord.containing(-0.01, -0.01, 1)).isEqualTo(TileCoord.of(1, 0, 1));
    assertThat(TileCoord.containing(89, 180, 2)).isEqualTo(TileCoord.of(2, 3, 0));
  }
}
