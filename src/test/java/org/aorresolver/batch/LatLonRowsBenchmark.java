package org.aorresolver.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aorresolver.BenchGeodata;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.Precision;
import org.aorresolver.Resolution;
import org.aorresolver.Resolver;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.geo.Distances;
import org.aorresolver.place.ZipCode;
import org.aorresolver.query.Detail;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second of lat/lon CSV files, file to file through {@link Batch} as the {@code batch}
 * command runs them (all cores, a fresh batch resolver each time), by where the points lie, in one
 * run so that the pools can be compared:
 *
 * <ul>
 *   <li>{@code inland}: seeded ZIP points with up to 0.02° of jitter (clustered where people live,
 *       as in {@link BatchBenchmark}), those inside a county;
 *   <li>{@code coastal}: points just off the generalized coast, in no county, that the resolver
 *       gives to the nearest county (within the snap distance);
 *   <li>{@code offshore}: points at sea beyond the snap distance but within 200 nautical miles of a
 *       county, which the resolver answers {@code offshore} with their distance;
 *   <li>{@code far-outside}: points uniform over the sphere outside every county and beyond the
 *       snap distance (abroad, at sea, near the poles), and one in ten the {@code 0,0} placeholder.
 * </ul>
 *
 * <p>The score is rows per second. Run with {@code scripts/bench LatLonRows}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class LatLonRowsBenchmark {
  static final int ROWS = 500_000;

  /** Distinct points of a pool; the file repeats them in a seeded order. */
  private static final int DISTINCT = 100_000;

  @Param({"inland", "coastal", "offshore", "far-outside"})
  public String pool;

  /** {@code embedded} or {@code precise} (see {@link BenchGeodata}). */
  @Param({"embedded"})
  public String geodata;

  private Path file;
  private Resolver resolver;
  private BatchResolver batch;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Geodata data = BenchGeodata.of(geodata);
    resolver = Resolver.build(data);
    double[] points = points(data, new SplittableRandom(20261204L));
    file = Files.createTempFile("aor-latlon-" + pool, ".csv");
    SplittableRandom random = new SplittableRandom(42);
    try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      csv.write("id,lat,lon,date\n");
      for (int i = 0; i < ROWS; i++) {
        int p = random.nextInt(DISTINCT);
        String date = "2019-" + (10 + random.nextInt(3)) + "-1" + random.nextInt(10);
        csv.write(
            String.format(
                Locale.ROOT, "%d,%.6f,%.6f,%s%n", i, points[2 * p], points[2 * p + 1], date));
      }
    }
  }

  /** A fresh batch resolver, as each run of the command has: no answers remembered yet. */
  @Setup(Level.Invocation)
  public void prepare() {
    batch = BatchResolver.of(resolver);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.delete(file);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Summary latLonCsv() {
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
      return Batch.open(in, BatchOptions.defaults()).run(batch, out, rows -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BatchInputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** DISTINCT points of the pool as lat, lon pairs (rounded as the file writes them). */
  private double[] points(Geodata data, SplittableRandom random) {
    double[] points = new double[2 * DISTINCT];
    List<ZipCode> zips = data.zips();
    List<Coordinate> coast = coast(data.countyAreas());
    double snap = data.manifest().snapMeters();
    for (int n = 0; n < DISTINCT; ) {
      double[] p =
          switch (pool) {
            case "inland" -> jittered(zips.get(random.nextInt(zips.size())).point(), random);
            case "coastal" -> off(coast.get(random.nextInt(coast.size())), snap, random);
            case "offshore" -> off(coast.get(random.nextInt(coast.size())), 370_000, random);
            case "far-outside" -> n % 10 == 0 ? new double[] {0, 0} : sphere(random);
            default -> throw new IllegalArgumentException("no pool " + pool);
          };
      double lat = Double.parseDouble(String.format(Locale.ROOT, "%.6f", p[0]));
      double lon = Double.parseDouble(String.format(Locale.ROOT, "%.6f", p[1]));
      if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && belongs(lat, lon)) {
        points[2 * n] = lat;
        points[2 * n + 1] = lon;
        n++;
      }
    }
    return points;
  }

  /** Whether the resolver's answer puts the point in this pool. */
  private boolean belongs(double lat, double lon) {
    Resolution r =
        resolver.resolve(
            new Place.Coordinate(LatLon.of(lat, lon)), When.of(Edition.E2021), Detail.BRIEF);
    return switch (pool) {
      case "inland" -> r.precision() == Precision.POINT;
      case "coastal" -> r.precision() == Precision.NEAREST;
      case "offshore" -> "offshore".equals(r.reason());
      default -> r.precision() != Precision.POINT && r.precision() != Precision.NEAREST;
    };
  }

  private static double[] jittered(LatLon p, SplittableRandom random) {
    return new double[] {
      p.lat() + (random.nextDouble() - 0.5) * 0.04, p.lon() + (random.nextDouble() - 0.5) * 0.04
    };
  }

  /** A point up to {@code meters} from c in a random direction. */
  private static double[] off(Coordinate c, double meters, SplittableRandom random) {
    double d = random.nextDouble() * meters / Distances.METERS_PER_DEGREE;
    double angle = random.nextDouble() * 2 * Math.PI;
    double cos = Math.max(0.05, Math.cos(Math.toRadians(c.y)));
    double lon = c.x + d * Math.cos(angle) / cos;
    return new double[] {c.y + d * Math.sin(angle), lon > 180 ? lon - 360 : lon};
  }

  /** Uniform over the sphere. */
  private static double[] sphere(SplittableRandom random) {
    double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
    return new double[] {lat, -180 + 360 * random.nextDouble()};
  }

  /** The vertices of every county, from which points just off the coast are drawn. */
  private static List<Coordinate> coast(List<Geometry> counties) {
    return counties.stream().flatMap(g -> List.of(g.getCoordinates()).stream()).toList();
  }
}
