package org.aorresolver.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.aorresolver.InvalidInputException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.Summary;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.io.NoLineEndException;
import org.aorresolver.batch.xlsx.XlsxBatch;
import org.aorresolver.batch.xlsx.XlsxInput;
import org.aorresolver.batch.xlsx.XlsxLimits;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch IN OUT}: every row of a CSV or NDJSON file answered, in the same format. The summary
 * goes to standard error. OUT is written through {@link BatchOutput}: it is never left cut or
 * wrong. Exit codes: 0 done (rows that cannot be read are {@code Error} rows), 1 the input cannot
 * be read at all or the output cannot be written, 2 bad options or arguments (IN and OUT the same
 * file, say), checked before anything is opened.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve every row of a CSV, NDJSON or .xlsx file and write the same format (or CSV and "
          + ".xlsx either way round, by OUT's extension) with the columns "
          + "status, reason, office_code, office_name, candidates, precision, county_fips, state, "
          + "edition, near_boundary and message added.",
      "Columns are found by header name, case, spaces and underscores ignored: lat (latitude, y, "
          + "lat_dd, ...), lon (lng, long, longitude, x, ...), zip (zipcode, zip_code, postal_code, "
          + "zip5), county (county_name, county_fips, fips), state (st, state_code), address, or "
          + "street/city/state/zip, and the date: a column named date, or else the one date-like "
          + "column (*_date, *_dt, *date*). The --*-column options choose them by name. The "
          + "mapping used is printed on standard error before the first row; a header that would "
          + "need a guess (two latitude columns, several date-like columns) is refused.",
      "Dates may be ISO dates or date-times, M/D/YYYY, M/D/YY, D.M.YYYY, YYYYMMDD, with month "
          + "names, or Excel serial numbers; the order of day and month is taken from the values "
          + "in the first rows (a file where it cannot be told needs --date-format).",
      "CSV fields may be apart by commas, semicolons, tabs or pipes (told from the header line); "
          + "the output has the input's. A file without a header in the Census Geocoder batch "
          + "layout (id,street,city,state,zip) is read as such. A workbook's first sheet is read (or "
          + "--sheet), its first row with a value as the header."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row answered (rows that cannot be read are Error rows)",
      "1:the input cannot be read at all (no usable header, not a file of lines) or the "
          + "output cannot be written; OUT is then left as it was",
      "2:bad options or arguments (IN and OUT the same file, OUT a directory, a --*-column not "
          + "in the header), or a header or dates that would need a guess"
    },
    footer = {
      "",
      "Examples:",
      "  batch arrests.csv arrests-aor.csv",
      "  batch --date-column apprehension_date --edition 2020 in.csv.gz out.csv.gz",
      "  batch --lat-column GPS_N --lon-column GPS_E --date-format dd.MM.yyyy in.csv out.csv",
      "  zcat points.ndjson.gz | batch - - > answered.ndjson",
      "  batch --sheet Arrests --date-column apprehension_date release.xlsx release-aor.xlsx"
    })
final class BatchCommand implements Callable<Integer> {
  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "input file; - for standard input")
  String input;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description =
          "output file (gzip-compressed when it ends in .gz), written under a temporary name "
              + "beside it and renamed when complete; - for standard output")
  String output;

  @Option(
      names = "--format",
      paramLabel = "csv|ndjson|xlsx",
      description =
          "input format (default: from IN's extension, else from the data); the output has the"
              + " input's format, or OUT's extension: CSV and .xlsx either way round")
  Format format;

  @Option(
      names = "--census",
      description =
          "read CSV as the Census Geocoder batch layout even if it seems to have a header")
  boolean census;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      description = "2020 or 2021 for rows without a date")
  String edition;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "YYYY-MM-DD for rows without a date: the edition then")
  String date;

  @Mixin ColumnChoice columns;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "the CSV delimiter: , ; | or tab (default: told from the header line)")
  String delimiter;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: one per core)")
  int threads;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|N",
      description =
          "the sheet of an .xlsx workbook to read, by name or number from 1 (default: the first)")
  String sheet;

  private InputStream stdin = System.in;
  private Path spool;
  private PrintStream stdout = System.out;

  /** The streams {@code -} stands for. */
  void use(InputStream in, PrintStream out) {
    this.stdin = in;
    this.stdout = out;
  }

  @Override
  public Integer call() throws GeodataException {
    PrintWriter err = spec.commandLine().getErr();
    BatchOptions options;
    try {
      options = options();
    } catch (InvalidInputException e) {
      e.errors().forEach(x -> err.println("invalid --" + x));
      return 2;
    }
    String refused = BatchPaths.refusal(input, output, stdin == System.in, stdout == System.out);
    if (refused != null) {
      err.println("batch: " + refused);
      return 2;
    }
    boolean workbook;
    try {
      workbook = options.format() == Format.XLSX || options.format() == null && zip();
    } catch (IOException e) {
      workbook = false; // IN cannot be read: said below, when it is opened
    }
    ProgressBar bar =
        ProgressBar.forTerminal(err, input.equals("-") || workbook ? null : Path.of(input));
    try (InputStream in = workbook ? InputStream.nullInputStream() : open();
        XlsxBatch batch =
            workbook ? workbook(options) : XlsxBatch.open(bar.counting(in), options)) {
      Format read = workbook ? Format.XLSX : batch.batch().format();
      Format answer = output.equals("-") ? read : Format.ofFileName(output).orElse(read);
      if (!XlsxBatch.answers(read, answer)) { // OUT is not touched before this
        err.println("batch: " + read + " input cannot be answered as " + answer);
        return 2;
      }
      err.println("batch: columns " + batch.batch().mapping());
      BatchResolver resolver =
          BatchResolver.of(Resolver.build(GeodataLoader.load(geodata.files())));
      try (BatchOutput out = BatchOutput.create(output, stdout, err)) {
        Summary summary = batch.run(resolver, out.stream(), answer, bar);
        out.commit();
        bar.done();
        err.println("batch: " + summary);
        return 0;
      }
    } catch (ColumnException e) {
      err.println("batch: " + input + ": " + e.getMessage());
      return 2;
    } catch (BatchInputException | NoLineEndException e) {
      err.println("batch: " + input + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("batch: cannot read or write: " + BatchPaths.describe(e));
      return 1;
    } finally {
      deleteSpool();
    }
  }

  /**
   * The workbook IN, checked and opened at its sheet; read in place when it is a file, else
   * (standard input, a pipe) first copied to a temporary file, which the reader needs.
   */
  private XlsxBatch workbook(BatchOptions options) throws IOException, BatchInputException {
    Path file = input.equals("-") ? null : Path.of(input);
    if (file == null || !Files.isRegularFile(file)) {
      try (InputStream in = open()) {
        spool = Files.createTempFile("aor-batch-", ".xlsx");
        Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      }
      file = spool;
    }
    XlsxLimits limits = XlsxLimits.forCommand(options.maxRowBytes());
    return XlsxBatch.open(XlsxInput.check(file, sheet, limits, Long.MAX_VALUE), options);
  }

  /** Whether IN, of no known format, starts as a zip file (a workbook) does; IN is left unread. */
  private boolean zip() throws IOException {
    byte[] b;
    if (input.equals("-")) {
      stdin = stdin.markSupported() ? stdin : new BufferedInputStream(stdin);
      stdin.mark(4);
      b = stdin.readNBytes(4);
      stdin.reset();
    } else if (Files.isRegularFile(Path.of(input))) {
      try (InputStream in = Files.newInputStream(Path.of(input))) {
        b = in.readNBytes(4);
      }
    } else {
      return false;
    }
    return Batch.isZip(b, 0, b.length);
  }

  private void deleteSpool() {
    try {
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    } catch (IOException e) {
      // a temporary file the system cleans up in time
    }
  }

  private BatchOptions options() {
    ColumnOptions columns = this.columns.options();
    BatchOptions o =
        BatchOptions.defaults()
            .withColumns(columns)
            .withDefaults(edition, date)
            .withCensus(census)
            .withDelimiter(BatchOptions.delimiter(delimiter));
    if (threads > 0) {
      o = o.withThreads(threads);
    }
    Format f = format != null ? format : Format.ofFileName(input).orElse(null);
    return o.withFormat(f);
  }

  private InputStream open() throws IOException, BatchInputException {
    if (input.equals("-")) {
      return stdin;
    }
    Path in = Path.of(input);
    if (Files.isDirectory(in)) {
      throw new BatchInputException("is a directory; name a CSV or NDJSON file");
    }
    if (!Files.exists(in)) {
      throw new BatchInputException("no such file");
    }
    if (!Files.isReadable(in)) {
      throw new BatchInputException("permission denied");
    }
    // a pipe (batch <(zcat in.csv.gz) out.csv) through FileInputStream: the stream of
    // Files.newInputStream fails on pipes ("Illegal seek" from available())
    return Files.isRegularFile(in) ? Files.newInputStream(in) : new FileInputStream(in.toFile());
  }
}
