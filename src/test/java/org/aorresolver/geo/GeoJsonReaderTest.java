package org.aorresolver.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {
  private static List<GeoJsonFeature> read(String json) throws Exception {
    return GeoJsonReader.readFeatures(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsIdsPropertiesAndGeometriesInLonLatOrder() throws Exception {
    List<GeoJsonFeature> features =
        read(
            """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"48061","properties":{"name":"Cameron","n":3},
           "geometry":{"type":"Polygon","coordinates":[[[-97.5,25.9],[-97.1,25.9],[-97.1,26.3],[-97.5,25.9]]]}},
          {"geometry":{"coordinates":[-97.69,26.19],"type":"Point"},"type":"Feature","properties":{}},
          {"type":"Feature","id":7,"properties":null,"geometry":{"type":"MultiPolygon","coordinates":[
            [[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]],[[2.1,2.1],[2.2,2.1],[2.2,2.2],[2.1,2.1]]]]}},
          {"type":"Feature","properties":{"name":"gone"},"geometry":null}
        ]}""");

    assertThat(features).hasSize(4);
    assertThat(features.get(0).id()).isEqualTo("48061");
    assertThat(features.get(0).text("name")).isEqualTo("Cameron");
    assertThat(features.get(0).geometry()).isInstanceOf(Polygon.class);
    assertThat(features.get(0).geometry().getCoordinates()[0].x).isEqualTo(-97.5);
    Point p = (Point) features.get(1).geometry();
    assertThat(p.getX()).as("x is longitude").isEqualTo(-97.69);
    assertThat(p.getY()).as("y is latitude").isEqualTo(26.19);
    assertThat(features.get(2).id()).isEqualTo("7");
    assertThat(((MultiPolygon) features.get(2).geometry()).getNumGeometries()).isEqualTo(2);
    assertThat(features.get(3).geometry()).isNull();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}}|feature 0 (id a)|a linear ring needs at least 4 positions, found 3",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}}|feature 0|must end where it starts",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[200,10]}}|feature 0|outside [-180, 180] x [-90, 90]",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}|feature 0|unsupported geometry type 'LineString'",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"a\",1]}}|feature 0|coordinates must be numbers",
        "{\"type\":\"Thing\",\"geometry\":null}|feature 0|type is not Feature",
        "{\"type\":\"Feature\"}|feature 0|has no geometry member",
      })
  void namesTheFeatureAndTheProblem(String feature, String name, String message) {
    assertThatThrownBy(
            () -> read("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}"))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((GeoJsonException) e).feature()).isEqualTo(name));
  }

  @Test
  void aDocumentThatIsNotAFeatureCollectionIsRefused() {
    assertThatThrownBy(() -> read("{\"type\":\"Feature\"}"))
        .hasMessageContaining("not a GeoJSON FeatureCollection");
    assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("not a GeoJSON FeatureCollection");
  }
}
