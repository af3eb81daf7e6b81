// GeoJSON coordinate arrays for the polygons of a JTS geometry, numbers in plain decimal notation.

import java.math.BigDecimal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

final class PolygonText {
  private PolygonText() {}

  /** MultiPolygon coordinates of the polygons in {@code g} (lines and points ignored), or null. */
  static String coordinates(Geometry g) {
    if (g == null || g.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("[");
    int written = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
        continue;
      }
      sb.append(written++ == 0 ? "[" : ",[");
      ring(sb, p.getExteriorRing());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        sb.append(',');
        ring(sb, p.getInteriorRingN(h));
      }
      sb.append(']');
    }
    return written == 0 ? "null" : sb.append(']').toString();
  }

  private static void ring(StringBuilder sb, LineString ring) {
    sb.append('[');
    Coordinate[] cs = ring.getCoordinates();
    for (int i = 0; i < cs.length; i++) {
      sb.append(i == 0 ? "[" : ",[").append(num(cs[i].x)).append(',').append(num(cs[i].y)).append(']');
    }
    sb.append(']');
  }

  private static String num(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
