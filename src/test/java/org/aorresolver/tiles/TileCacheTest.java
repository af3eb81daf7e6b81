package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TileCacheTest {

  @Test
  void aCachedTileIsMadeOnce() {
    TileCache<String> cache = new TileCache<>(1 << 20);
    AtomicInteger made = new AtomicInteger();
    Tile first = cache.get("a", () -> tile(made, 10));
    Tile second = cache.get("a", () -> tile(made, 10));
    assertThat(second).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void theLeastRecentlyUsedTilesGoFirstWhenTheBoundIsReached() {
    int each = Tile.of(new byte[1000]).retainedBytes();
    TileCache<String> cache = new TileCache<>(3L * each);
    AtomicInteger made = new AtomicInteger();
    cache.get("a", () -> tile(made, 1000));
    cache.get("b", () -> tile(made, 1000));
    cache.get("c", () -> tile(made, 1000));
    cache.get("a", () -> tile(made, 1000));
    cache.get("d", () -> tile(made, 1000));
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.bytes()).isEqualTo(3L * each);
    made.set(0);
    cache.get("a", () -> tile(made, 1000));
    assertThat(made).as("a was used recently and stays").hasValue(0);
    cache.get("b", () -> tile(made, 1000));
    assertThat(made).as("b was the eldest and went").hasValue(1);
  }

  @Test
  void aTileLargerThanTheBoundIsServedButNotKept() {
    TileCache<String> cache = new TileCache<>(100);
    AtomicInteger made = new AtomicInteger();
    assertThat(cache.get("big", () -> tile(made, 1000)).size()).isEqualTo(1000);
    assertThat(cache.size()).isZero();
  }

  private static Tile tile(AtomicInteger made, int size) {
    made.incrementAndGet();
    return Tile.of(new byte[size]);
  }
}
