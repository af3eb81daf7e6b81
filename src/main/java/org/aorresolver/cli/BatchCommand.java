package org.aorresolver.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aorresolver.InvalidInputException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.BatchResolver;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.Summary;
import org.aorresolver.batch.io.NoLineEndException;
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
      "Resolve every row of a CSV or NDJSON file and write the same format with the columns "
          + "status, reason, office_code, office_name, candidates, precision, county_fips, state, "
          + "edition, near_boundary and message added.",
      "Columns are found by header name: id, lat/lon (latitude/longitude, y/x), zip, county_fips, "
          + "state, address or street/city/state/zip, date. A file without a header in the Census "
          + "Geocoder batch layout (id,street,city,state,zip) is read as such."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row answered (rows that cannot be read are Error rows)",
      "1:the input cannot be read at all (no usable header, not a file of lines) or the "
          + "output cannot be written; OUT is then left as it was",
      "2:bad options or arguments (IN and OUT the same file, OUT a directory)"
    },
    footer = {
      "",
      "Examples:",
      "  batch arrests.csv arrests-aor.csv",
      "  batch --date-column apprehension_date --edition 2020 in.csv.gz out.csv.gz",
      "  zcat points.ndjson.gz | batch - - > answered.ndjson"
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
      paramLabel = "csv|ndjson",
      description = "input and output format (default: from IN's extension, else from the data)")
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

  @Option(
      names = "--date-column",
      paramLabel = "NAME",
      defaultValue = "date",
      description = "the column with each row's date (default ${DEFAULT-VALUE})")
  String dateColumn;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: one per core)")
  int threads;

  private InputStream stdin = System.in;
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
    try (InputStream in = open()) {
      ProgressBar bar = ProgressBar.forTerminal(err, input.equals("-") ? null : Path.of(input));
      Batch batch = Batch.open(bar.counting(in), options); // OUT is not touched before this
      BatchResolver resolver =
          BatchResolver.of(Resolver.build(GeodataLoader.load(geodata.files())));
      try (BatchOutput out = BatchOutput.create(output, stdout, err)) {
        Summary summary = batch.run(resolver, out.stream(), bar);
        out.commit();
        bar.done();
        err.println("batch: " + summary);
        return 0;
      }
    } catch (BatchInputException | NoLineEndException e) {
      err.println("batch: " + input + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("batch: cannot read or write: " + BatchPaths.describe(e));
      return 1;
    }
  }

  private BatchOptions options() {
    BatchOptions o =
        BatchOptions.defaults()
            .withWhen(BatchOptions.when(edition, date))
            .withCensus(census)
            .withDateColumn(dateColumn);
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
