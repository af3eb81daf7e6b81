package org.aorresolver.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** From JTS geometries in tile coordinates to commands: rounding, winding, degenerate rings. */
class TileGeometryTest {

  @Test
  void theSpecificationsMultiPolygonExampleEncodesAsPublished() {
    int[] commands =
        TileGeometry.polygons(
            wkt(
                "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)),"
                    + " ((11 11, 20 11, 20 20, 11 20, 11 11), (13 13, 13 17, 17 17, 17 13, 13 13)))"));
    assertThat(commands)
        .containsExactly(
            9, 0, 0, 26, 20, 0, 0, 20, 19, 0, 15, 9, 22, 2, 26, 18, 0, 0, 18, 17, 0, 15, 9, 4, 13,
            26, 0, 8, 8, 0, 0, 7, 15);
  }

  @Test
  void shellsGetAPositiveAndHolesANegativeAreaWhicheverWayTheyCameIn() {
    String shell = "0 0, 100 0, 100 100, 0 100, 0 0";
    String shellReversed = "0 0, 0 100, 100 100, 100 0, 0 0";
    String hole = "20 20, 20 80, 80 80, 80 20, 20 20";
    String holeReversed = "20 20, 80 20, 80 80, 20 80, 20 20";
    for (String s : List.of(shell, shellReversed)) {
      for (String h : List.of(hole, holeReversed)) {
        List<int[]> rings = rings(TileGeometry.polygons(wkt("POLYGON ((" + s + "), (" + h + "))")));
        assertThat(rings).hasSize(2);
        assertThat(area(rings.get(0))).as("shell of %s / %s", s, h).isEqualTo(2 * 100 * 100);
        assertThat(area(rings.get(1))).as("hole of %s / %s", s, h).isEqualTo(-2 * 60 * 60);
      }
    }
  }

  @Test
  void coordinatesAreRoundedAndRepeatedVerticesDropped() {
    List<int[]> rings =
        rings(
            TileGeometry.polygons(
                wkt("POLYGON ((0.2 0.3, 10.4 0, 10.2 0.4, 10 10, 0 10, 0.2 0.3))")));
    assertThat(rings).hasSize(1);
    assertThat(rings.get(0)).containsExactly(0, 0, 10, 0, 10, 10, 0, 10);
  }

  @Test
  void ringsThatCollapseWhenRoundedAreDropped() {
    assertThat(TileGeometry.polygons(wkt("POLYGON ((0 0, 10 0.2, 20 0, 0 0))"))).isEmpty();
    assertThat(TileGeometry.polygons(wkt("POLYGON ((0 0, 0.3 0.1, 0.1 0.4, 0 0))"))).isEmpty();
  }

  @Test
  void aCollapsedHoleIsDroppedAndItsShellKept() {
    List<int[]> rings =
        rings(
            TileGeometry.polygons(
                wkt(
                    "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (50 50, 50.2 50.1, 50.1 50.3, 50 50))")));
    assertThat(rings).hasSize(1);
    assertThat(area(rings.get(0))).isPositive();
  }

  @Test
  void aPolygonThatRoundingWouldMakeInvalidIsSnapRoundedIntoValidRings() {
    Geometry spike = wkt("POLYGON ((0 0, 9 0, 10 0.9, 11 0, 20 0, 20 1, 0 1, 0 0))");
    assertThat(spike.isValid()).isTrue();
    List<int[]> rings = rings(TileGeometry.polygons(spike));
    assertThat(rings).isNotEmpty();
    for (int[] ring : rings) {
      assertThat(area(ring)).isPositive();
      assertThat(ringGeometry(ring).isValid()).as("ring %s", ringGeometry(ring)).isTrue();
    }
  }

  @Test
  void pointsAreRounded() {
    assertThat(TileGeometry.point(25.4, 16.6)).containsExactly(9, 50, 34);
    assertThat(TileGeometry.point(-0.6, 4096.4)).containsExactly(9, 1, 8192);
  }

  @Test
  void nonPolygonalComponentsAreIgnored() {
    assertThat(TileGeometry.polygons(wkt("LINESTRING (0 0, 10 10)"))).isEmpty();
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** Decodes POLYGON commands into rings of absolute coordinates, x0, y0, x1, y1, ... */
  static List<int[]> rings(int[] commands) {
    List<int[]> rings = new ArrayList<>();
    int x = 0;
    int y = 0;
    int i = 0;
    while (i < commands.length) {
      assertThat(commands[i] & 7).isEqualTo(Commands.MOVE_TO);
      x += unzigzag(commands[i + 1]);
      y += unzigzag(commands[i + 2]);
      int lines = commands[i + 3] >>> 3;
      assertThat(commands[i + 3] & 7).isEqualTo(Commands.LINE_TO);
      int[] ring = new int[2 * (lines + 1)];
      ring[0] = x;
      ring[1] = y;
      for (int k = 1; k <= lines; k++) {
        x += unzigzag(commands[i + 2 + 2 * k]);
        y += unzigzag(commands[i + 3 + 2 * k]);
        ring[2 * k] = x;
        ring[2 * k + 1] = y;
      }
      i += 4 + 2 * lines;
      assertThat(commands[i]).isEqualTo(Commands.command(Commands.CLOSE_PATH, 1));
      i++;
      rings.add(ring);
    }
    return rings;
  }

  static long area(int[] ring) {
    return TileGeometry.doubleArea(ring, ring.length / 2);
  }

  private static Geometry ringGeometry(int[] ring) {
    StringBuilder b = new StringBuilder("POLYGON ((");
    for (int k = 0; k <= ring.length / 2; k++) {
      int j = k % (ring.length / 2);
      b.append(k == 0 ? "" : ", ").append(ring[2 * j]).append(' ').append(ring[2 * j + 1]);
    }
    return wkt(b.append("))").toString());
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
