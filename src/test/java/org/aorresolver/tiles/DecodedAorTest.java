package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** The {@code aor} layer as GDAL decodes it: neighbours fit together, points stay in their AOR. */
@Tag("slow")
class DecodedAorTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static AorTiles tiles;

  @TempDir static Path dir;

  @BeforeAll
  static void build() {
    tiles = AorTiles.build(TestData.shipped());
  }

  /** Around the Colorado-Utah line (DEN, SLC) every tile is land of some AOR. */
  @ParameterizedTest
  @ValueSource(ints = {5, 7, 9, 11, 12})
  void neighboursNeitherOverlapNorLeaveAGap(int z) throws Exception {
    TileCoord tile = TileCoord.containing(39.0, -109.05, z);
    Path file = Gdal.write(dir, tile, tiles.tile(Edition.E2021, tile).bytes());
    List<Geometry> areas =
        Gdal.mercator(file, AorLayer.NAME, tile, true).stream()
            .map(f -> toTileUnits(f.geometry(), tile))
            .toList();
    assertThat(areas).hasSizeGreaterThanOrEqualTo(2);
    double sum = areas.stream().mapToDouble(Geometry::getArea).sum();
    double union = FACTORY.buildGeometry(areas).union().getArea();
    assertThat(sum - union).as("overlap in square tile units").isLessThan(0.01);
    assertThat(4096.0 * 4096.0 - union).as("gap in square tile units").isLessThan(0.01);
  }

  /**
   * Seeded random points in tiles across the borders of HLG, SNA and HOU (and the Gulf coast), and
   * of DEN and SLC: each decodes in the office whose AOR holds it, or in none where none does,
   * unless it lies within a 256-pixel tile's pixel (16 units) of an AOR outline.
   */
  @ParameterizedTest
  @CsvSource({"27.5, -98.0, 7", "26.6, -98.3, 9", "39.0, -109.05, 10", "29.3, -94.8, 8"})
  void randomPointsDecodeInTheOfficeWhoseAorHoldsThem(double lat, double lon, int z)
      throws Exception {
    long seed = 20261129L + z;
    Random random = new Random(seed);
    TileCoord tile = TileCoord.containing(lat, lon, z);
    Path file = Gdal.write(dir, tile, tiles.tile(Edition.E2021, tile).bytes());
    List<Gdal.Feature> decoded = Gdal.lonLat(file, AorLayer.NAME, tile);
    List<Aor> aors = TestData.shipped().aors().get(Edition.E2021);
    int nearOutline = 0;
    for (int i = 0; i < 400; i++) {
      double px = (tile.x() + random.nextDouble()) / tile.tilesPerSide();
      double py = (tile.y() + random.nextDouble()) / tile.tilesPerSide();
      Point p = FACTORY.createPoint(new Coordinate(WebMercator.lon(px), WebMercator.lat(py)));
      String expected =
          aors.stream().filter(a -> a.area().covers(p)).map(Aor::office).findFirst().orElse(null);
      String actual =
          decoded.stream()
              .filter(f -> f.geometry().covers(p))
              .map(f -> f.text("office"))
              .findFirst()
              .orElse(null);
      if (!Objects.equals(expected, actual)) {
        assertThat(unitsToOutline(aors, p, px, py, z))
            .as("seed %d: %s is %s in the data, %s in tile %s", seed, p, expected, actual, tile)
            .isLessThan(16);
        nearOutline++;
      }
    }
    System.out.printf(
        Locale.ROOT, "%s: %d of 400 points moved across a simplified line%n", tile, nearOutline);
  }

  /** Tile units from a point (world coordinates px, py) to the nearest AOR outline. */
  private static double unitsToOutline(List<Aor> aors, Point p, double px, double py, int z) {
    double scale = TileWindow.scale(z);
    Point projected = FACTORY.createPoint(new Coordinate(px * scale, py * scale));
    double best = Double.MAX_VALUE;
    for (Aor a : aors) {
      if (a.area().getEnvelopeInternal().distance(p.getEnvelopeInternal()) < 1) {
        Geometry outline = WebMercator.project(a.area().getBoundary(), scale);
        best = Math.min(best, outline.distance(projected));
      }
    }
    return best;
  }

  private static Geometry toTileUnits(Geometry mercator, TileCoord tile) {
    Geometry g = mercator.copy();
    g.apply(
        (CoordinateFilter)
            c -> {
              double[] u = Gdal.toTileUnits(c.x, c.y, tile);
              c.x = u[0];
              c.y = u[1];
            });
    g.geometryChanged();
    return g;
  }
}
