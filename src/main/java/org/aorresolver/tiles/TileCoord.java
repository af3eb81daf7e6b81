package org.aorresolver.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;

/**
 * A tile of the XYZ (Google, OSM) scheme in Web Mercator: zoom {@code z}, column {@code x} from the
 * antimeridian eastwards and row {@code y} from the north, each within 0..2^z-1.
 */
public record TileCoord(int z, int x, int y) {
  public static final int MIN_ZOOM = 0;
  public static final int MAX_ZOOM = 12;

  /** Validates every coordinate and reports all that are out of range at once. */
  public TileCoord {
    List<FieldError> errors = new ArrayList<>();
    if (z < MIN_ZOOM || z > MAX_ZOOM) {
      errors.add(new FieldError("z", Integer.toString(z), zoomRange()));
    } else {
      if (x < 0 || x >= 1 << z) {
        errors.add(new FieldError("x", Integer.toString(x), columnRange(z)));
      }
      if (y < 0 || y >= 1 << z) {
        errors.add(new FieldError("y", Integer.toString(y), rowRange(z)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public static TileCoord of(int z, int x, int y) {
    return new TileCoord(z, x, y);
  }

  /** The tile holding a WGS84 position at zoom {@code z}. */
  public static TileCoord containing(double lat, double lon, int z) {
    int n = 1 << z;
    int x = (int) Math.floor(WebMercator.x(lon) * n);
    int y = (int) Math.floor(WebMercator.y(lat) * n);
    return new TileCoord(z, Math.min(Math.max(x, 0), n - 1), Math.min(Math.max(y, 0), n - 1));
  }

  /** Tiles per side at this zoom: 2^z. */
  public int tilesPerSide() {
    return 1 << z;
  }

  public static String zoomRange() {
    return String.format(Locale.ROOT, "an integer zoom level %d..%d", MIN_ZOOM, MAX_ZOOM);
  }

  public static String columnRange(int z) {
    return String.format(Locale.ROOT, "an integer tile column 0..%d at zoom %d", (1 << z) - 1, z);
  }

  public static String rowRange(int z) {
    return String.format(Locale.ROOT, "an integer tile row 0..%d at zoom %d", (1 << z) - 1, z);
  }

  @Override
  public String toString() {
    return z + "/" + x + "/" + y;
  }
}
