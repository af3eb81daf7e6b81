package org.aorresolver.http.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.tiles.AorTiles;
import org.aorresolver.tiles.LayerInfo;
import org.aorresolver.tiles.TileCoord;
import org.locationtech.jts.geom.Envelope;

/**
 * The TileJSON 3.0.0 document of the AOR tiles of one edition. Tile URLs are absolute, built from
 * the request by {@link BaseUrl}.
 */
final class TileJson {
  static final String ATTRIBUTION =
      "AORs: ICE ERO field-office and check-in listings; boundaries: US Census Bureau";

  private TileJson() {}

  static Map<String, Object> of(AorTiles tiles, Edition edition, String tileUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tilejson", "3.0.0");
    body.put("name", "ICE ERO areas of responsibility (" + edition.id() + ")");
    body.put(
        "description",
        String.format(
            Locale.ROOT,
            "Areas of responsibility of the %d ICE ERO field offices of the %s structure, with"
                + " the field and check-in offices; geodata version %s",
            edition.officeCount(),
            edition.id(),
            tiles.dataVersion()));
    body.put("attribution", ATTRIBUTION);
    body.put("scheme", "xyz");
    body.put("tiles", List.of(tileUrl));
    body.put("minzoom", TileCoord.MIN_ZOOM);
    body.put("maxzoom", TileCoord.MAX_ZOOM);
    Envelope b = tiles.bounds(edition);
    body.put(
        "bounds",
        List.of(
            outward(b.getMinX(), -1),
            outward(b.getMinY(), -1),
            outward(b.getMaxX(), 1),
            outward(b.getMaxY(), 1)));
    body.put("center", List.of(AorTiles.CENTER.x(), AorTiles.CENTER.y(), AorTiles.CENTER_ZOOM));
    List<Map<String, Object>> layers = new ArrayList<>();
    for (LayerInfo l : tiles.layers()) {
      Map<String, Object> layer = new LinkedHashMap<>();
      layer.put("id", l.id());
      layer.put("description", l.description());
      layer.put("minzoom", l.minZoom());
      layer.put("maxzoom", l.maxZoom());
      layer.put("fields", l.fields());
      layers.add(layer);
    }
    body.put("vector_layers", layers);
    return body;
  }

  /** Rounds a bound to 4 decimals away from the data (direction -1 down, 1 up). */
  private static double outward(double value, int direction) {
    double scaled = value * 1e4;
    return (direction < 0 ? Math.floor(scaled) : Math.ceil(scaled)) / 1e4;
  }
}
