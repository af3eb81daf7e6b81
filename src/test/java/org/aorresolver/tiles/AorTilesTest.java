package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.TestData;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Tiles of the shipped geodata as GDAL's MVT driver decodes them, against what the service holds.
 */
class AorTilesTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static AorTiles tiles;

  @TempDir static Path dir;

  @BeforeAll
  static void build() {
    tiles = AorTiles.build(TestData.shipped());
  }

  @Test
  @Tag("slow")
  void theTileOfHarlingenShowsHarlingenIn2021AndSanAntonioIn2020() throws Exception {
    TileCoord tile = TileCoord.containing(26.19, -97.70, 8);
    assertThat(officeAt(Edition.E2021, tile, 26.19, -97.70)).contains("HLG");
    assertThat(officeAt(Edition.E2020, tile, 26.19, -97.70)).contains("SNA");
    List<Gdal.Feature> aor = decode(Edition.E2021, tile, AorLayer.NAME);
    assertThat(aor)
        .filteredOn(f -> f.text("office").equals("HLG"))
        .extracting(f -> f.text("name"))
        .containsExactly("Harlingen Field Office");
  }

  @ParameterizedTest(name = "{0}: {1} and {2} at zoom {3}")
  @CsvSource({
    "2021, HLG, SNA, 8",
    "2021, HLG, SNA, 10",
    "2021, HLG, SNA, 12",
    "2020, SNA, HOU, 9",
    "2021, DEN, SLC, 8",
    "2021, CHI, DET, 11",
    "2021, SEA, SFR, 10"
  })
  void pointsTwoKilometresEitherSideOfABorderDecodeInsideTheirOwnOffice(
      String edition, String a, String b, int z) throws Exception {
    Edition e = Edition.parse("edition", edition);
    Geometry border = aor(e, a).area().intersection(aor(e, b).area());
    Coordinate[] longest = longestSegment(border);
    double dx = longest[1].x - longest[0].x;
    double dy = longest[1].y - longest[0].y;
    double length = Math.hypot(dx, dy);
    double midX = (longest[0].x + longest[1].x) / 2;
    double midY = (longest[0].y + longest[1].y) / 2;
    for (int side : new int[] {-1, 1}) {
      double lon = midX - side * dy / length * 0.02;
      double lat = midY + side * dx / length * 0.02;
      String expected = officeHolding(e, lat, lon).orElseThrow();
      assertThat(expected).isIn(a, b);
      assertThat(officeAt(e, TileCoord.containing(lat, lon, z), lat, lon))
          .as("%s at %.5f, %.5f", e, lat, lon)
          .contains(expected);
    }
  }

  @ParameterizedTest(name = "{0} at {1}, {2}")
  @CsvSource({
    "Guam, 13.47, 144.78", "Saipan, 15.18, 145.75", "San Juan, 18.45, -66.07",
    "St Croix, 17.73, -64.75", "Honolulu, 21.31, -157.86", "Nome, 64.50, -165.41",
    "Unalaska, 53.87, -166.54", "Attu, 52.85, 173.18", "Key West, 24.56, -81.78"
  })
  void territoriesAndIslandsFarFromTheMainlandHaveTheirOffice(String place, double lat, double lon)
      throws Exception {
    String expected = officeHolding(Edition.E2021, lat, lon).orElseThrow();
    assertThat(officeAt(Edition.E2021, TileCoord.containing(lat, lon, 9), lat, lon))
        .as(place)
        .contains(expected);
  }

  @Test
  @Tag("slow")
  void theOfficesLayerHoldsEachOfficeAtItsLocationWithItsDirectoryEntry() throws Exception {
    Office harlingen =
        TestData.shipped().offices().stream()
            .filter(o -> o.code().equals("HLG"))
            .findFirst()
            .orElseThrow();
    TileCoord tile =
        TileCoord.containing(harlingen.location().lat(), harlingen.location().lon(), 10);
    List<Gdal.Feature> offices = decode(Edition.E2021, tile, OfficeLayer.NAME);
    Gdal.Feature field =
        offices.stream()
            .filter(f -> f.text("kind").equals("field-office") && f.text("office").equals("HLG"))
            .findFirst()
            .orElseThrow();
    assertThat(field.text("name")).isEqualTo(harlingen.name());
    assertThat(field.text("phone")).isEqualTo(harlingen.contact().phone());
    assertThat(field.text("address")).isEqualTo("1717 Zoy Street, Harlingen, TX 78552");
    assertThat(field.text("id")).isNull();
    Coordinate at = field.geometry().getCoordinate();
    assertThat(at.x)
        .isCloseTo(harlingen.location().lon(), org.assertj.core.data.Offset.offset(2e-4));
    assertThat(at.y)
        .isCloseTo(harlingen.location().lat(), org.assertj.core.data.Offset.offset(2e-4));
    assertThat(offices)
        .filteredOn(f -> f.text("kind").equals("checkin-office"))
        .extracting(f -> f.text("id"))
        .contains("harlingen-tx");
  }

  @Test
  void anOfficeWithoutAnAorInAnEditionIsNotInThatEditionsOfficesLayer() throws Exception {
    TileCoord tile = TileCoord.containing(26.19, -97.70, 4);
    assertThat(decode(Edition.E2021, tile, OfficeLayer.NAME))
        .extracting(f -> f.text("office"))
        .contains("HLG", "SNA", "HOU");
    assertThat(decode(Edition.E2020, tile, OfficeLayer.NAME))
        .extracting(f -> f.text("office"))
        .contains("SNA", "HOU")
        .doesNotContain("HLG");
  }

  @Test
  @Tag("slow")
  void gdalSeesBothLayersWithTheirFields() throws Exception {
    TileCoord tile = TileCoord.containing(26.19, -97.70, 6);
    String summary =
        Gdal.summary(Gdal.write(dir, tile, tiles.tile(Edition.E2021, tile).bytes()), tile);
    assertThat(summary)
        .contains("Layer name: aor", "Geometry: Multi Polygon", "Layer name: offices")
        .contains("office: String", "name: String", "kind: String", "id: String")
        .contains("address: String", "phone: String");
  }

  @Test
  void theOpenOceanIsAnEmptyTile() {
    assertThat(tiles.tile(Edition.E2021, TileCoord.containing(-30, -30, 5)).isEmpty()).isTrue();
    assertThat(tiles.tile(Edition.E2021, TileCoord.containing(-30, -30, 5)).size()).isZero();
    assertThat(tiles.tile(Edition.E2021, TileCoord.of(0, 0, 0)).isEmpty()).isFalse();
  }

  @Test
  void aCachedTileIsTheTileEncodedAfresh() {
    TileCoord tile = TileCoord.of(5, 7, 13);
    assertThat(tiles.tile(Edition.E2020, tile)).isSameAs(tiles.tile(Edition.E2020, tile));
    assertThat(tiles.tile(Edition.E2020, tile).bytes())
        .isEqualTo(tiles.encode(Edition.E2020, tile).bytes());
  }

  private static Optional<String> officeAt(Edition e, TileCoord tile, double lat, double lon)
      throws Exception {
    Point p = FACTORY.createPoint(new Coordinate(lon, lat));
    List<String> offices =
        decode(e, tile, AorLayer.NAME).stream()
            .filter(f -> f.geometry().covers(p))
            .map(f -> f.text("office"))
            .toList();
    assertThat(offices).as("decoded AORs at %s, %s in %s", lat, lon, tile).hasSizeLessThan(2);
    return offices.stream().findFirst();
  }

  static List<Gdal.Feature> decode(Edition e, TileCoord tile, String layer) throws Exception {
    Path file = Gdal.write(dir, tile, tiles.tile(e, tile).bytes());
    return Gdal.lonLat(file, layer, tile);
  }

  private static Optional<String> officeHolding(Edition e, double lat, double lon) {
    Point p = FACTORY.createPoint(new Coordinate(lon, lat));
    return TestData.shipped().aors().get(e).stream()
        .filter(a -> a.area().covers(p))
        .map(Aor::office)
        .findFirst();
  }

  static Aor aor(Edition e, String office) {
    Geodata data = TestData.shipped();
    return data.aors().get(e).stream()
        .filter(a -> a.office().equals(office))
        .findFirst()
        .orElseThrow();
  }

  private static Coordinate[] longestSegment(Geometry lines) {
    Coordinate[] best = null;
    for (int i = 0; i < lines.getNumGeometries(); i++) {
      Coordinate[] c = lines.getGeometryN(i).getCoordinates();
      for (int k = 0; k + 1 < c.length; k++) {
        if (best == null || c[k].distance(c[k + 1]) > best[0].distance(best[1])) {
          best = new Coordinate[] {c[k], c[k + 1]};
        }
      }
    }
    return best;
  }
}
