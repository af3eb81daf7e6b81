package org.aorresolver.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.place.Aor;
import org.aorresolver.tiles.mvt.TileGeometry;
import org.aorresolver.tiles.mvt.VectorTileEncoder;
import org.aorresolver.tiles.mvt.VectorTileEncoder.GeomType;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The {@code labels} layer of one edition: where to write each office's code. A part of an AOR gets
 * a point at the centre of the largest circle inside it (JTS {@link MaximumInscribedCircle}, worked
 * out in Web Mercator, so the label sits where the part looks widest on the map), from the zoom at
 * which that circle's radius is at least {@value #MIN_RADIUS} pixels of a 256-pixel tile: a label
 * is shown where it fits inside its area, and a small part (an island, New York City at the scale
 * of the country) has none until the map is zoomed in far enough. A point is put in every tile
 * whose buffer of {@value #BUFFER} tile units reaches it, so a label written across a tile edge is
 * drawn whole. Built once; immutable.
 */
final class LabelLayer {
  static final String NAME = "labels";

  /** Radius in pixels of a 256-pixel tile a part's inscribed circle needs for a label. */
  static final double MIN_RADIUS = 12;

  /** Tile units (1/4096 of a tile) around a tile whose labels it keeps: 40 pixels of 256. */
  static final int BUFFER = 640;

  static final LayerInfo INFO =
      new LayerInfo(
          NAME,
          "Where to write each office's code: a point inside each part of an AOR, at the centre of"
              + " its largest inscribed circle, in the tiles of the zooms at which that circle's"
              + " radius is at least 12 pixels of a 256-pixel tile",
          TileCoord.MIN_ZOOM,
          TileCoord.MAX_ZOOM,
          fields());

  /** Pixels of a 256-pixel tile per unit of {@link WebMercator} world coordinates at zoom 0. */
  private static final double PIXELS = 256;

  private final List<Label> labels;

  private LabelLayer(List<Label> labels) {
    this.labels = List.copyOf(labels);
  }

  static LabelLayer build(List<Aor> aors) {
    List<Label> labels = new ArrayList<>();
    // fine enough that the circle's radius is right to within a pixel at the highest zoom
    double tolerance = 0.5 / (PIXELS * (1 << TileCoord.MAX_ZOOM));
    for (Aor aor : aors) {
      for (Object o : PolygonExtracter.getPolygons(WebMercator.project(aor.area(), 1))) {
        Polygon part = (Polygon) o;
        // the circle is never wider than a disc of the part's area
        double largest = Math.sqrt(part.getArea() / Math.PI);
        if (minZoom(largest) > TileCoord.MAX_ZOOM) {
          continue;
        }
        MaximumInscribedCircle circle =
            new MaximumInscribedCircle(part, Math.max(tolerance, largest / 100));
        Point centre = circle.getCenter();
        double radius = circle.getRadiusLine().getLength();
        int minZoom = minZoom(radius);
        if (minZoom <= TileCoord.MAX_ZOOM) {
          labels.add(
              new Label(aor.office(), aor.name(), centre.getX(), centre.getY(), radius, minZoom));
        }
      }
    }
    return new LabelLayer(labels);
  }

  /** Every label, at every zoom. */
  List<Label> labels() {
    return labels;
  }

  /** Adds every label shown at the tile's zoom whose point is in the tile or its buffer. */
  void addTo(VectorTileEncoder tile, TileCoord coord) {
    double scale = TileWindow.scale(coord.z());
    List<TileWindow> windows = TileWindow.of(coord, BUFFER);
    for (Label l : labels) {
      if (l.minZoom() > coord.z()) {
        continue;
      }
      for (TileWindow w : windows) {
        double x = l.x() * scale;
        double y = l.y() * scale;
        if (w.world().contains(x, y)) {
          tile.add(NAME, GeomType.POINT, TileGeometry.point(x + w.dx(), y + w.dy()), properties(l));
          break;
        }
      }
    }
  }

  /** The first zoom at which a circle of this radius (in world coordinates) is wide enough. */
  static int minZoom(double radius) {
    int z = 0;
    while (z <= TileCoord.MAX_ZOOM && radius * PIXELS * (1 << z) < MIN_RADIUS) {
      z++;
    }
    return z;
  }

  /** The properties of a label's feature, in the order of {@link #fields()}. */
  private static Map<String, String> properties(Label l) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("office", l.office());
    p.put("name", l.name());
    return p;
  }

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("office", "office code, e.g. HLG: the text of the label");
    f.put("name", "field office name, e.g. Harlingen Field Office");
    return f;
  }
}
