package org.aorresolver.tiles;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.aorresolver.Edition;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.data.GeodataLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding a tile without the cache, at a low, a middle and the highest zoom, over a pool of tiles
 * at seeded random places in the conterminous US. Run with:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main AorTilesBenchmark"
 * </pre>
 *
 * or, where Maven is older than the exec plugin needs (3.9):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *   -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   org.openjdk.jmh.Main AorTilesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AorTilesBenchmark {
  @Param({"4", "8", "12"})
  int zoom;

  private AorTiles tiles;
  private TileCoord[] pool;
  private int next;

  @Setup
  public void setUp() throws GeodataException {
    tiles = AorTiles.build(GeodataLoader.load(GeodataFiles.directory(Path.of("geodata"))));
    Random random = new Random(20261129L);
    pool = new TileCoord[256];
    for (int i = 0; i < pool.length; i++) {
      double lat = 25 + random.nextDouble() * 24;
      double lon = -124 + random.nextDouble() * 57;
      pool[i] = TileCoord.containing(lat, lon, zoom);
    }
  }

  @Benchmark
  public Tile encode() {
    next = (next + 1) % pool.length;
    return tiles.encode(Edition.E2021, pool[next]);
  }
}
