package org.aorresolver.tiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded cache of encoded tiles, least recently used first out, holding at most {@code maxBytes}
 * of tiles. Thread-safe: the map is touched under a lock only to look up and to insert; tiles are
 * made outside it (two threads may both make a missing tile; the tiles are equal).
 */
final class TileCache<K> {
  private final long maxBytes;
  private final LinkedHashMap<K, Tile> tiles = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  TileCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Tile get(K key, Supplier<Tile> make) {
    synchronized (this) {
      Tile cached = tiles.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Tile made = make.get();
    put(key, made);
    return made;
  }

  synchronized int size() {
    return tiles.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  private synchronized void put(K key, Tile tile) {
    if (tile.retainedBytes() > maxBytes) {
      return;
    }
    Tile previous = tiles.put(key, tile);
    bytes += tile.retainedBytes() - (previous == null ? 0 : previous.retainedBytes());
    Iterator<Map.Entry<K, Tile>> eldest = tiles.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().retainedBytes();
      eldest.remove();
    }
  }
}
