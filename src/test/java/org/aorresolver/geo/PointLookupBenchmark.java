package org.aorresolver.geo;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aorresolver.BenchGeodata;
import org.aorresolver.Geodata;
import org.aorresolver.geo.grid.GridIndex;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * County lookups by {@link GridIndex} and by {@link JtsAreaIndex} on the shipped counties, in the
 * same run, over pools of 1,000,000 seeded points walked in order: uniform over the bounding box of
 * the conterminous US, at or near county boundaries (exact vertices and midpoints, points on edges
 * and 1e-9 to 1e-3 degrees off them), and on land in the territories (PR, VI, GU, MP, HI, mainland
 * Alaska and the Aleutians, a seventh each).
 *
 * <ul>
 *   <li>{@code lookup}: time of single lookups, sampled (p50, p99, ...). Each sample includes
 *       reading the clock, 15-30 ns on a virtual machine: see the p0 row.
 *   <li>{@code lookup16}: time per lookup of batches of 16 consecutive lookups, sampled: the clock
 *       costs 1-2 ns a lookup, but a batch averages away some of the tail.
 *   <li>{@code throughput}: lookups per second of two threads over the uniform pool.
 * </ul>
 *
 * <p>Run with {@code scripts/bench PointLookup}; the defaults below keep a run to a few minutes,
 * JMH options override them; {@code -p geodata=precise} runs on the precise geodata instead.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class PointLookupBenchmark {
  static final int POOL_SIZE = 1_000_000;
  static final int BATCH = 16;

  /** An index over the shipped counties and a pool of points. */
  @State(Scope.Benchmark)
  public static class Pool {
    @Param({"grid", "jts"})
    public String index;

    @Param({"uniform", "near-boundary", "territories"})
    public String pool;

    @Param({"embedded"})
    public String geodata;

    AreaLocator locator;
    double[] points;

    @Setup
    public void setUp() {
      Geodata data = BenchGeodata.of(geodata);
      locator = locator(index, data.countyAreas());
      points = points(pool, data);
    }
  }

  /** The same, over the uniform pool only. */
  @State(Scope.Benchmark)
  public static class UniformPool {
    @Param({"grid", "jts"})
    public String index;

    @Param({"embedded"})
    public String geodata;

    AreaLocator locator;
    double[] points;

    @Setup
    public void setUp() {
      Geodata data = BenchGeodata.of(geodata);
      locator = locator(index, data.countyAreas());
      points = points("uniform", data);
    }
  }

  /** Where a thread is in the pool; threads start at different places. */
  @State(Scope.Thread)
  public static class Cursor {
    private static final AtomicInteger THREADS = new AtomicInteger();
    int next;

    @Setup
    public void setUp() {
      next = 2 * (int) ((THREADS.getAndIncrement() * 0x9E3779B9L & 0xffff_ffffL) % POOL_SIZE);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int lookup(Pool pool, Cursor cursor) {
    return next(pool.locator, pool.points, cursor);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(BATCH)
  public int lookup16(Pool pool, Cursor cursor) {
    int sum = 0;
    for (int k = 0; k < BATCH; k++) {
      sum += next(pool.locator, pool.points, cursor);
    }
    return sum;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public int throughput(UniformPool pool, Cursor cursor) {
    return next(pool.locator, pool.points, cursor);
  }

  private static int next(AreaLocator locator, double[] points, Cursor cursor) {
    int k = cursor.next;
    cursor.next = k + 2 == points.length ? 0 : k + 2;
    return locator.locate(points[k], points[k + 1]);
  }

  static AreaLocator locator(String index, List<Geometry> areas) {
    return switch (index) {
      case "grid" -> GridIndex.of(areas);
      case "jts" -> JtsAreaIndex.of(areas);
      default -> throw new IllegalArgumentException("no index " + index);
    };
  }

  static double[] points(String pool, Geodata data) {
    return switch (pool) {
      case "uniform" ->
          CountyPoints.uniform(CountyPoints.regions(data).get("conterminous US"), POOL_SIZE, 1);
      case "near-boundary" -> CountyPoints.nearBoundary(data.countyAreas(), POOL_SIZE, 2);
      case "territories" -> CountyPoints.territories(data, POOL_SIZE, 3);
      default -> throw new IllegalArgumentException("no pool " + pool);
    };
  }
}
