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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.aorresolver.BenchGeodata;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.xlsx.XlsxBatch;
import org.aorresolver.batch.xlsx.XlsxInput;
import org.aorresolver.batch.xlsx.XlsxLimits;
import org.aorresolver.place.County;
import org.aorresolver.place.ZipCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * Rows per second of whole batches, file to file, through {@link Batch} as the {@code batch}
 * command runs it (buffered file streams, all cores, a fresh batch resolver each time): lat/lon
 * CSV, lat/lon NDJSON, ZIP CSV, Census-layout address CSV, one-line address CSV, county name +
 * state CSV (as {@code GET /v1/resolve?county=&state=} answers them), lat/lon {@code .xlsx} in (a
 * date cell, numbers) answered as CSV and as {@code .xlsx}, and lat/lon CSV answered as {@code
 * .xlsx}, generated from seeded ZIP points with jitter (so, like real records, mostly inside the US
 * and clustered where people live) and seeded counties. The scores are rows per second.
 *
 * <p>{@code locator=shipped} uses the resolver as the service builds it. {@code locator=fixed} puts
 * every point in one county with a constant-time locator: the ceiling of reading, answering from
 * the prepared columns and writing, i.e. what a grid index would approach.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
public class BatchBenchmark {
  static final int POINT_ROWS = 2_000_000;
  static final int ZIP_ROWS = 500_000;
  static final int ADDRESS_ROWS = 200_000;
  static final int XLSX_ROWS = 200_000;
  static final int COUNTY_ROWS = 500_000;

  @Param({"shipped", "fixed"})
  public String locator;

  /** {@code embedded} or {@code precise} (see {@link BenchGeodata}). */
  @Param({"embedded"})
  public String geodata;

  private Path dir;
  private Resolver resolver;
  private BatchResolver batch;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Geodata data = BenchGeodata.of(geodata);
    int bexar =
        data.counties().stream()
            .filter(c -> c.fips().equals("48029"))
            .findFirst()
            .orElseThrow()
            .index();
    resolver =
        locator.equals("fixed") ? Resolver.build(data, (lon, lat) -> bexar) : Resolver.build(data);
    dir = Files.createTempDirectory("aor-batch-bench");
    write(data.zips(), new Random(42));
    writeCounties(data.counties(), new Random(43));
  }

  /** A fresh batch resolver, as each run of the command has: no answers remembered yet. */
  @Setup(Level.Invocation)
  public void prepare() {
    batch = BatchResolver.of(resolver);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        if (p.getFileName().toString().startsWith("out-")) {
          System.out.printf(Locale.ROOT, "%s: %,d bytes%n", p.getFileName(), Files.size(p));
        }
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  @OperationsPerInvocation(POINT_ROWS)
  public Summary latLonCsv() {
    return run("points.csv");
  }

  @Benchmark
  @OperationsPerInvocation(POINT_ROWS)
  public Summary latLonNdjson() {
    return run("points.ndjson");
  }

  @Benchmark
  @OperationsPerInvocation(ZIP_ROWS)
  public Summary zipCsv() {
    return run("zips.csv");
  }

  @Benchmark
  @OperationsPerInvocation(ADDRESS_ROWS)
  public Summary addressCsv() {
    return run("addresses.csv");
  }

  @Benchmark
  @OperationsPerInvocation(ADDRESS_ROWS)
  public Summary addressLineCsv() {
    return run("address-lines.csv");
  }

  @Benchmark
  @OperationsPerInvocation(COUNTY_ROWS)
  public Summary countyStateCsv() {
    return run("counties.csv");
  }

  @Benchmark
  @OperationsPerInvocation(XLSX_ROWS)
  public Summary latLonXlsxToCsv() {
    return runWorkbook("points.xlsx", "out-points-from-xlsx.csv", Format.CSV);
  }

  @Benchmark
  @OperationsPerInvocation(XLSX_ROWS)
  public Summary latLonXlsxToXlsx() {
    return runWorkbook("points.xlsx", "out-points.xlsx", Format.XLSX);
  }

  @Benchmark
  @OperationsPerInvocation(XLSX_ROWS)
  public Summary latLonCsvToXlsx() {
    return runWorkbook("points-200k.csv", "out-points-from-csv.xlsx", Format.XLSX);
  }

  /** As the command runs a workbook in or out: checked, read as CSV, answered in {@code format}. */
  private Summary runWorkbook(String name, String outName, Format format) {
    Path in = dir.resolve(name);
    BatchOptions options = BatchOptions.defaults();
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(dir.resolve(outName)));
        InputStream csv = name.endsWith(".csv") ? Files.newInputStream(in) : null;
        XlsxBatch b =
            csv != null
                ? XlsxBatch.open(csv, options)
                : XlsxBatch.open(
                    XlsxInput.check(
                        in, null, XlsxLimits.forCommand(options.maxRowBytes()), Long.MAX_VALUE),
                    options)) {
      return b.run(batch, o, format, rows -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BatchInputException e) {
      throw new IllegalStateException(e);
    }
  }

  private Summary run(String name) {
    Path in = dir.resolve(name);
    Path out = dir.resolve("out-" + name);
    try (InputStream i = Files.newInputStream(in);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      return Batch.open(i, BatchOptions.defaults()).run(batch, o, rows -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BatchInputException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(List<ZipCode> zips, Random random) throws IOException {
    try (Writer csv = writer("points.csv");
        Writer json = writer("points.ndjson");
        Writer csvSmall = writer("points-200k.csv");
        OutputStream xlsx = Files.newOutputStream(dir.resolve("points.xlsx"))) {
      Workbook book = new Workbook(xlsx, "bench", "1.0");
      Worksheet sheet = book.newWorksheet("points");
      csv.write("id,lat,lon,date\n");
      csvSmall.write("id,lat,lon,date\n");
      List<String> header = List.of("id", "lat", "lon", "date");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      for (int i = 0; i < POINT_ROWS; i++) {
        ZipCode z = zips.get(random.nextInt(zips.size()));
        String lat =
            String.format(
                Locale.ROOT, "%.6f", z.point().lat() + (random.nextDouble() - 0.5) * 0.04);
        String lon =
            String.format(
                Locale.ROOT, "%.6f", z.point().lon() + (random.nextDouble() - 0.5) * 0.04);
        String date = "2019-" + (10 + random.nextInt(3)) + "-1" + random.nextInt(10);
        csv.write(i + "," + lat + "," + lon + "," + date + "\n");
        if (i < XLSX_ROWS) {
          csvSmall.write(i + "," + lat + "," + lon + "," + date + "\n");
          sheet.value(i + 1, 0, i);
          sheet.value(i + 1, 1, Double.parseDouble(lat));
          sheet.value(i + 1, 2, Double.parseDouble(lon));
          sheet.value(i + 1, 3, LocalDate.parse(date));
          sheet.style(i + 1, 3).format("yyyy-mm-dd").set();
          if (i % 1000 == 0) {
            sheet.flush();
          }
        }
        json.write(
            "{\"id\":"
                + i
                + ",\"lat\":"
                + lat
                + ",\"lon\":"
                + lon
                + ",\"date\":\""
                + date
                + "\"}\n");
      }
      book.finish();
    }
    try (Writer csv = writer("zips.csv")) {
      csv.write("id,zip\n");
      for (int i = 0; i < ZIP_ROWS; i++) {
        csv.write(i + "," + zips.get(random.nextInt(zips.size())).zip() + "\n");
      }
    }
    try (Writer csv = writer("addresses.csv");
        Writer lines = writer("address-lines.csv")) {
      lines.write("id,address\n");
      for (int i = 0; i < ADDRESS_ROWS; i++) {
        ZipCode z = zips.get(random.nextInt(zips.size()));
        String street = (1 + random.nextInt(9999)) + " Main St";
        csv.write(i + "," + street + "," + z.city() + "," + z.state() + "," + z.zip() + "\n");
        lines.write(
            i + ",\"" + street + ", " + z.city() + ", " + z.state() + " " + z.zip() + "\"\n");
      }
    }
    for (String name :
        new String[] {
          "points.csv",
          "points.ndjson",
          "zips.csv",
          "addresses.csv",
          "address-lines.csv",
          "points.xlsx"
        }) {
      System.out.printf(Locale.ROOT, "%s: %,d bytes%n", name, Files.size(dir.resolve(name)));
    }
  }

  private void writeCounties(List<County> counties, Random random) throws IOException {
    try (Writer csv = writer("counties.csv")) {
      csv.write("id,county_name,state_code\n");
      for (int i = 0; i < COUNTY_ROWS; i++) {
        County c = counties.get(random.nextInt(counties.size()));
        csv.write(i + ",\"" + c.name() + "\"," + c.state().usps() + "\n");
      }
    }
    System.out.printf(
        Locale.ROOT, "counties.csv: %,d bytes%n", Files.size(dir.resolve("counties.csv")));
  }

  private Writer writer(String name) throws IOException {
    return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
