package org.aorresolver.features;

import static org.aorresolver.features.Shapes.box;
import static org.aorresolver.features.Shapes.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.aorresolver.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

class BboxTest {
  private static final String ATTU = "POINT (173.2 52.9)";
  private static final String ADAK = "POINT (-176.6 51.9)";
  private static final String HONOLULU = "POINT (-157.86 21.31)";

  @Test
  void parsesWestSouthEastNorth() {
    assertThat(Bbox.parse("bbox", "-98, 26,-97.5,26.5")).isEqualTo(new Bbox(-98, 26, -97.5, 26.5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1,2,3",
        "1,2,3,4,5",
        "1,2,3,4,5,6",
        "a,2,3,4",
        "NaN,2,3,4",
        "Infinity,2,3,4",
        "0x1p3,2,3,4",
        "-181,0,0,1",
        "0,0,180.5,1",
        "0,-91,1,1",
        "0,0,1,90.1",
        "0,10,1,5",
        "1,,2,3"
      })
  void refusesAnythingButFourNumbersInRangeNamingTheField(String text) {
    assertThatThrownBy(() -> Bbox.parse("bbox", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).field()).isEqualTo("bbox");
              assertThat(e.errors().get(0).value()).isEqualTo(text);
            });
  }

  @Test
  void westGreaterThanEastCrossesTheAntimeridian() {
    Bbox aleutians = Bbox.parse("bbox", "170,50,-170,55");

    assertThat(aleutians.crossesAntimeridian()).isTrue();
    assertThat(aleutians.intersects(wkt(ATTU))).isTrue();
    assertThat(aleutians.intersects(wkt(ADAK))).isTrue();
    assertThat(aleutians.intersects(wkt(HONOLULU))).isFalse();
    assertThat(aleutians.intersects(wkt("POINT (0 52)"))).isFalse();
  }

  @Test
  void aBoxMeetsTheGeometryItselfNotOnlyItsEnvelope() {
    Geometry lShape = wkt("POLYGON ((0 0, 10 0, 10 1, 1 1, 1 10, 0 10, 0 0))");

    assertThat(new Bbox(5, 5, 6, 6).intersects(lShape)).isFalse();
    assertThat(new Bbox(5, 0.5, 6, 6).intersects(lShape)).isTrue();
    assertThat(new Bbox(10, 1, 11, 2).intersects(lShape)).as("a shared corner").isTrue();
  }

  @Test
  void nothingMeetsAMissingOrEmptyGeometry() {
    assertThat(new Bbox(-180, -90, 180, 90).intersects(null)).isFalse();
    assertThat(new Bbox(-180, -90, 180, 90).intersects(wkt("POLYGON EMPTY"))).isFalse();
  }

  @Test
  void aroundPiecesOnBothSidesOfTheAntimeridianIsTheNarrowBoxAcrossIt() {
    Bbox seattle =
        Bbox.around(
            List.of(
                wkt(
                    "MULTIPOLYGON (((-180 51, -130 51, -130 71, -180 71, -180 51)),"
                        + " ((172 52, 180 52, 180 53, 172 53, 172 52)))"),
                box(-124, 42, -117, 49)));

    assertThat(seattle).isEqualTo(new Bbox(172, 42, -117, 71));
  }

  @Test
  void aroundPiecesOnOneSideIsTheirEnvelope() {
    assertThat(Bbox.around(List.of(box(-124, 42, -117, 49), box(-100, 25, -80, 30))))
        .isEqualTo(new Bbox(-124, 25, -80, 49));
    assertThat(Bbox.around(List.of(box(-180, 50, -170, 55), box(-100, 25, -80, 30))))
        .isEqualTo(new Bbox(-180, 25, -80, 55));
  }

  @Test
  void aroundNothingIsNull() {
    List<Geometry> none = new ArrayList<>();
    none.add(null);
    none.add(wkt("POLYGON EMPTY"));
    assertThat(Bbox.around(none)).isNull();
  }

  @Test
  void asTextIsPlainDecimalsThatParseBack() {
    Bbox b = new Bbox(-97.69, 0.00001, 170, 26.5);

    assertThat(b.toText()).isEqualTo("-97.69,0.00001,170,26.5");
    assertThat(Bbox.parse("bbox", b.toText())).isEqualTo(b);
  }
}
