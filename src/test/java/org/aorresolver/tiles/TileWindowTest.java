package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** What a tile shows: its square, its buffer, and across the antimeridian the far end. */
class TileWindowTest {
  @TempDir Path dir;

  @Test
  void aTileInsideTheMapShowsItsSquareAndBuffer() {
    List<TileWindow> windows = TileWindow.of(TileCoord.of(2, 1, 1), 64);
    assertThat(windows).hasSize(1);
    assertThat((Object) windows.get(0).world()).isEqualTo(new Envelope(4032, 8256, 4032, 8256));
    assertThat(windows.get(0).dx()).isEqualTo(-4096);
    assertThat(windows.get(0).dy()).isEqualTo(-4096);
  }

  @Test
  void edgeTilesAlsoShowTheFarEndOfTheWorldInTheirBuffer() {
    List<TileWindow> west = TileWindow.of(TileCoord.of(2, 0, 1), 64);
    assertThat(west).hasSize(2);
    assertThat((Object) west.get(1).world()).isEqualTo(new Envelope(16320, 16384, 4032, 8256));
    assertThat(16320 + west.get(1).dx()).as("appears left of the tile").isEqualTo(-64);
    List<TileWindow> east = TileWindow.of(TileCoord.of(2, 3, 1), 64);
    assertThat(east).hasSize(2);
    assertThat((Object) east.get(1).world()).isEqualTo(new Envelope(0, 64, 4032, 8256));
    assertThat(64 + east.get(1).dx()).as("appears right of the tile").isEqualTo(4160);
    assertThat(TileWindow.of(TileCoord.of(0, 0, 0), 64)).hasSize(3);
  }

  @Test
  @Tag("slow")
  void theAleutiansLieOnBothSidesOfTheAntimeridianAndReachAcrossInTheBuffer() throws Exception {
    AorTiles tiles = AorTiles.build(TestData.shipped());
    TileCoord west = TileCoord.of(2, 0, 1);
    TileCoord east = TileCoord.of(2, 3, 1);
    List<Coordinate> westSide = seattle(tiles, west);
    List<Coordinate> eastSide = seattle(tiles, east);
    assertThat(westSide).anyMatch(c -> c.x > -180 && c.x < -170);
    assertThat(westSide)
        .as("islands east of 178.6°E, drawn west of -180° in the buffer")
        .anyMatch(c -> c.x < -180);
    assertThat(westSide).allMatch(c -> c.x > -180 - 90.0 / 64 && c.x < -90 + 90.0 / 64);
    assertThat(eastSide).anyMatch(c -> c.x > 172 && c.x < 180);
    assertThat(eastSide).allMatch(c -> c.x > 90 - 90.0 / 64 && c.x < 180 + 90.0 / 64);
  }

  /** Coordinates of SEA's feature in a tile, buffer included, as longitude and latitude. */
  private List<Coordinate> seattle(AorTiles tiles, TileCoord tile) throws Exception {
    Path file = Gdal.write(dir, tile, tiles.tile(Edition.E2021, tile).bytes());
    return Gdal.mercator(file, AorLayer.NAME, tile, false).stream()
        .filter(f -> f.text("office").equals("SEA"))
        .flatMap(f -> List.of(f.geometry().getCoordinates()).stream())
        .map(c -> new Coordinate(c.x / Gdal.R * 180, c.y))
        .toList();
  }
}
