package org.aorresolver.tiles;

import java.util.ArrayList;
import java.util.List;
import org.aorresolver.tiles.mvt.VectorTileEncoder;
import org.locationtech.jts.geom.Envelope;

/**
 * A part of the world, in world pixels at the tile's zoom ({@link WebMercator} coordinates times
 * {@code 4096 * 2^z}), that a tile shows, and the shift that brings it into tile coordinates. A
 * tile shows its own square plus a buffer; a tile at the left or right edge of the map also shows,
 * in its buffer, the far end of the world across the antimeridian, so that the Aleutians (and any
 * shape cut at ±180°) join up where the map repeats.
 */
record TileWindow(Envelope world, double dx, double dy) {
  static final double SIZE = VectorTileEncoder.EXTENT;

  static List<TileWindow> of(TileCoord tile, double buffer) {
    double worldSize = SIZE * tile.tilesPerSide();
    double x0 = tile.x() * SIZE;
    double y0 = tile.y() * SIZE;
    double top = y0 - buffer;
    double bottom = y0 + SIZE + buffer;
    List<TileWindow> windows = new ArrayList<>(3);
    windows.add(
        new TileWindow(new Envelope(x0 - buffer, x0 + SIZE + buffer, top, bottom), -x0, -y0));
    if (tile.x() == 0) {
      windows.add(
          new TileWindow(
              new Envelope(worldSize - buffer, worldSize, top, bottom), -worldSize, -y0));
    }
    if (tile.x() == tile.tilesPerSide() - 1) {
      windows.add(new TileWindow(new Envelope(0, buffer, top, bottom), worldSize - x0, -y0));
    }
    return windows;
  }

  /** World pixels per unit of {@link WebMercator} world coordinates at a zoom. */
  static double scale(int z) {
    return SIZE * (1 << z);
  }
}
