package org.aorresolver.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.tiles.Gdal;
import org.aorresolver.tiles.TileCoord;
import org.aorresolver.tiles.mvt.VectorTileEncoder.GeomType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Whole tiles: bytes worked out by hand, and what GDAL's decoder reads back. */
class VectorTileEncoderTest {
  @TempDir Path dir;

  @Test
  void aTileWithoutFeaturesIsZeroBytes() {
    VectorTileEncoder tile = new VectorTileEncoder();
    tile.add("aor", GeomType.POLYGON, new int[0], Map.of("office", "HLG"));
    assertThat(tile.isEmpty()).isTrue();
    assertThat(tile.encode()).isEmpty();
  }

  @Test
  void aPointFeatureEncodesToTheBytesWorkedOutByHand() {
    byte[] tile =
        new VectorTileEncoder()
            .add("points", GeomType.POINT, new int[] {9, 50, 34}, Map.of("hello", "world"))
            .encode();
    assertThat(tile)
        .containsExactly(
            bytes(
                0x1A, 42, // Tile.layers (3, length-delimited), 42 bytes
                0x78, 2, // Layer.version (15) = 2
                0x0A, 6, 'p', 'o', 'i', 'n', 't', 's', // Layer.name (1)
                0x12, 11, // Layer.features (2), 11 bytes
                0x12, 2, 0, 0, // Feature.tags (2, packed): key 0, value 0
                0x18, 1, // Feature.type (3) = POINT
                0x22, 3, 9, 50, 34, // Feature.geometry (4, packed): MoveTo(25, 17)
                0x1A, 5, 'h', 'e', 'l', 'l', 'o', // Layer.keys (3)
                0x22, 7, 0x0A, 5, 'w', 'o', 'r', 'l', 'd', // Layer.values (4): string_value (1)
                0x28, 0x80, 0x20)); // Layer.extent (5) = 4096
  }

  @Test
  void keysAndValuesAreSharedByTheFeaturesOfALayerAndNullsLeftOut() {
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("kind", "field-office");
    withNull.put("id", null);
    byte[] tile =
        new VectorTileEncoder()
            .add("offices", GeomType.POINT, new int[] {9, 2, 2}, withNull)
            .add("offices", GeomType.POINT, new int[] {9, 4, 4}, Map.of("kind", "field-office"))
            .encode();
    String text = new String(tile, StandardCharsets.ISO_8859_1);
    assertThat(occurrences(text, "kind")).isEqualTo(1);
    assertThat(occurrences(text, "field-office")).isEqualTo(1);
    assertThat(text).doesNotContain("id");
  }

  @Test
  @Tag("slow")
  void gdalReadsPolygonsHolesPointsAndPropertiesBack() throws Exception {
    int[] polygons =
        TileGeometry.polygons(
            TileGeometryTest.wkt(
                "MULTIPOLYGON (((100 100, 1000 100, 1000 1000, 100 1000, 100 100),"
                    + " (300 300, 600 300, 600 600, 300 600, 300 300)),"
                    + " ((2000 2000, 3000 2000, 3000 3000, 2000 2000)))"));
    byte[] tile =
        new VectorTileEncoder()
            .add("areas", GeomType.POLYGON, polygons, Map.of("name", "Zoë's area", "code", "A1"))
            .add("sites", GeomType.POINT, TileGeometry.point(25, 17), Map.of("kind", "site"))
            .add("sites", GeomType.POINT, TileGeometry.point(-10, 4100), Map.of("kind", "buffer"))
            .encode();
    TileCoord world = TileCoord.of(0, 0, 0);
    Path file = Gdal.write(dir, world, tile);

    List<Gdal.Feature> areas = Gdal.mercator(file, "areas", world, false);
    assertThat(areas).hasSize(1);
    assertThat(areas.get(0).text("name")).isEqualTo("Zoë's area");
    assertThat(areas.get(0).text("code")).isEqualTo("A1");
    Geometry g = areas.get(0).geometry();
    assertThat((Object) g).isInstanceOf(MultiPolygon.class);
    assertThat(g.getNumGeometries()).isEqualTo(2);
    Polygon withHole = (Polygon) g.getGeometryN(0);
    assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
    assertThat(tileArea(withHole, world)).isCloseTo(900 * 900 - 300 * 300, within());
    assertThat(tileArea(g.getGeometryN(1), world)).isCloseTo(1000 * 1000 / 2.0, within());

    List<Gdal.Feature> sites = Gdal.mercator(file, "sites", world, false);
    assertThat(sites).extracting(f -> f.text("kind")).containsExactly("site", "buffer");
    double[] site =
        Gdal.toTileUnits(
            sites.get(0).geometry().getCoordinate().x,
            sites.get(0).geometry().getCoordinate().y,
            world);
    assertThat(site[0]).isCloseTo(25, within());
    assertThat(site[1]).isCloseTo(17, within());
  }

  private static double tileArea(Geometry mercator, TileCoord coord) {
    double unit = 2 * Gdal.R / (4096.0 * coord.tilesPerSide());
    return mercator.getArea() / (unit * unit);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }

  private static int occurrences(String text, String word) {
    return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
