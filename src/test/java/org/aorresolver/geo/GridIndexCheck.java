package org.aorresolver.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.aorresolver.BenchGeodata;
import org.aorresolver.Geodata;
import org.aorresolver.geo.grid.GridIndex;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@code scripts/bench} reports besides JMH: how long {@link GridIndex#of} takes on the
 * shipped counties (the first build in a fresh JVM, then the median of several), and whether the
 * index agrees with {@link JtsAreaIndex} on every point of two large seeded sets, uniform over the
 * regions and at or near boundaries.
 *
 * <p>Usage: {@code GridIndexCheck [uniform points] [near-boundary points] [seed] [geodata]}, by
 * default 10,000,000 each, a seed from the clock and the embedded geodata ({@code precise}: see
 * {@link BenchGeodata}). Exits 1 on any disagreement.
 */
public final class GridIndexCheck {
  private static final int CHUNK = 1_000_000;
  private static final int BUILDS = 11;

  private GridIndexCheck() {}

  public static void main(String[] args) {
    long uniform = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000;
    long near = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 10_000_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
    Geodata data = BenchGeodata.of(args.length > 3 ? args[3] : "embedded");
    List<Geometry> areas = data.countyAreas();
    GridIndex grid = buildTimes(areas);
    System.out.println("index: " + grid);
    JtsAreaIndex jts = JtsAreaIndex.of(areas);
    List<Envelope> regions = new ArrayList<>(CountyPoints.regions(data).values());
    long bad =
        check(
            "uniform over the 7 regions",
            uniform,
            seed,
            grid,
            jts,
            (n, s) -> CountyPoints.uniform(regions, n, s));
    bad +=
        check(
            "near boundaries",
            near,
            seed + 1_000_003,
            grid,
            jts,
            (n, s) -> CountyPoints.nearBoundary(areas, n, s));
    System.exit(bad == 0 ? 0 : 1);
  }

  /**
   * Builds the index BUILDS times, printing the wall time of the first build (in a fresh JVM: code
   * not yet compiled) and the median of the others, with the CPU time of this thread, which other
   * work on the machine inflates less.
   */
  private static GridIndex buildTimes(List<Geometry> areas) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[BUILDS];
    double[] cpu = new double[BUILDS];
    GridIndex grid = null;
    for (int k = 0; k < BUILDS; k++) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      grid = GridIndex.of(areas);
      ms[k] = (System.nanoTime() - start) / 1e6;
      cpu[k] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
    }
    double first = ms[0];
    double firstCpu = cpu[0];
    Arrays.sort(ms, 1, BUILDS);
    Arrays.sort(cpu, 1, BUILDS);
    int median = 1 + (BUILDS - 1) / 2;
    System.out.printf(
        Locale.ROOT,
        "build: first %.0f ms (CPU %.0f ms) in a fresh JVM, then median %.0f ms (CPU %.0f ms) of %d"
            + " (min %.0f, max %.0f)%n",
        first,
        firstCpu,
        ms[median],
        cpu[median],
        BUILDS - 1,
        ms[1],
        ms[BUILDS - 1]);
    return grid;
  }

  interface Pool {
    double[] points(int n, long seed);
  }

  /** Compares the two on {@code total} points, in chunks of a million, on every core. */
  private static long check(
      String name, long total, long seed, GridIndex grid, JtsAreaIndex jts, Pool pool) {
    long started = System.nanoTime();
    int chunks = (int) ((total + CHUNK - 1) / CHUNK);
    AtomicLong bad = new AtomicLong();
    List<String> examples = new ArrayList<>();
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int n = (int) Math.min(CHUNK, total - (long) c * CHUNK);
              bad.addAndGet(compare(grid, jts, pool.points(n, seed + c), examples));
            });
    System.out.printf(
        Locale.ROOT,
        "exactness, %s: %,d points, %d disagreements (seed %d, %.0f s)%n",
        name,
        total,
        bad.get(),
        seed,
        (System.nanoTime() - started) / 1e9);
    examples.stream().limit(10).forEach(e -> System.out.println("  " + e));
    return bad.get();
  }

  /** How many points the two disagree on; the first few go to {@code examples}. */
  private static long compare(
      AreaLocator grid, AreaLocator jts, double[] points, List<String> examples) {
    long bad = 0;
    for (int k = 0; k < points.length; k += 2) {
      int g = grid.locate(points[k], points[k + 1]);
      int j = jts.locate(points[k], points[k + 1]);
      if (g != j && bad++ < 10) {
        synchronized (examples) {
          examples.add(
              String.format(
                  Locale.ROOT, "(%s, %s): grid %d, JTS %d", points[k], points[k + 1], g, j));
        }
      }
    }
    return bad;
  }
}
