package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class WebMercatorTest {

  @Test
  void theWorldIsTheUnitSquareWithYDown() {
    assertThat(WebMercator.x(-180)).isEqualTo(0);
    assertThat(WebMercator.x(0)).isEqualTo(0.5);
    assertThat(WebMercator.x(180)).isEqualTo(1);
    assertThat(WebMercator.y(0)).isCloseTo(0.5, within(1e-15));
    assertThat(WebMercator.y(WebMercator.MAX_LATITUDE)).isCloseTo(0, within(1e-12));
    assertThat(WebMercator.y(-WebMercator.MAX_LATITUDE)).isCloseTo(1, within(1e-12));
    assertThat(WebMercator.y(45)).isLessThan(0.5);
  }

  @Test
  void latitudesBeyondTheSquareAreClamped() {
    assertThat(WebMercator.y(90)).isEqualTo(WebMercator.y(WebMercator.MAX_LATITUDE));
    assertThat(WebMercator.y(-90)).isEqualTo(WebMercator.y(-WebMercator.MAX_LATITUDE));
  }

  @Test
  void theInverseReturnsThePosition() {
    assertThat(WebMercator.lat(WebMercator.y(26.19))).isCloseTo(26.19, within(1e-12));
    assertThat(WebMercator.lon(WebMercator.x(-97.7))).isCloseTo(-97.7, within(1e-12));
  }

  @Test
  void projectingMapsEqualCoordinatesToEqualCoordinates() {
    GeometryFactory f = new GeometryFactory();
    Geometry line =
        f.createLineString(
            new Coordinate[] {new Coordinate(-97.7, 26.19), new Coordinate(-97.7, 26.19)});
    Geometry projected = WebMercator.project(line, 4096);
    assertThat(projected.getCoordinates()[0]).isEqualTo(projected.getCoordinates()[1]);
    assertThat(projected.getCoordinates()[0].x)
        .isCloseTo(4096 * WebMercator.x(-97.7), within(1e-9));
    assertThat(line.getCoordinates()[0].x).isEqualTo(-97.7);
  }
}
