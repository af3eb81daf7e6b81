package org.aorresolver.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataLoader;
import org.aorresolver.data.GeodataValidator;
import org.aorresolver.data.LiveResolver;
import org.aorresolver.data.ValidationReport;
import org.aorresolver.geocode.CensusGeocoder;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.ServiceConfig;
import org.aorresolver.http.ServiceConfig.Limits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: loads and checks the geodata, then serves the HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP service.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "interface to bind (default ${DEFAULT-VALUE}: loopback only; env AOR_HOST)",
      defaultValue = "${env:AOR_HOST:-" + ServiceConfig.DEFAULT_HOST + "}")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE}; env AOR_PORT)",
      defaultValue = "${env:AOR_PORT:-" + ServiceConfig.DEFAULT_PORT + "}")
  int port;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      split = ",",
      description =
          "allow these origins by CORS (comma-separated or repeated), * for any (default none; env AOR_CORS_ORIGINS)",
      defaultValue = "${env:AOR_CORS_ORIGINS}")
  List<String> corsOrigins;

  @Option(names = "--no-gzip", description = "do not compress responses", negatable = false)
  boolean noGzip;

  @Option(
      names = "--batch-max-rows",
      paramLabel = "N",
      description =
          "most rows POST /v1/resolve/batch takes in one request (default ${DEFAULT-VALUE}; env AOR_BATCH_MAX_ROWS)",
      defaultValue = "${env:AOR_BATCH_MAX_ROWS:-" + Limits.DEFAULT_BATCH_MAX_ROWS + "}")
  long batchMaxRows;

  @Option(
      names = "--max-batch-streams",
      paramLabel = "N",
      description =
          "batch requests answered at once; more get 429 (default ${DEFAULT-VALUE}; env AOR_MAX_BATCH_STREAMS)",
      defaultValue = "${env:AOR_MAX_BATCH_STREAMS:-" + Limits.DEFAULT_MAX_BATCH_STREAMS + "}")
  int maxBatchStreams;

  @Option(
      names = "--batch-memory",
      paramLabel = "BYTES",
      description =
          "heap the batch streams answered at once may hold together; more get 429 (default 0: a quarter of the heap; env AOR_BATCH_MEMORY)",
      defaultValue = "${env:AOR_BATCH_MEMORY:-0}")
  long batchMemoryBytes;

  @Option(
      names = "--geocoder-url",
      paramLabel = "URL",
      description =
          "online geocoder in the Census Geocoder API format, for street-level addresses, e.g. "
              + CensusGeocoder.CENSUS_URL
              + " (default none: offline; env AOR_GEOCODER_URL)",
      defaultValue = "${env:AOR_GEOCODER_URL}")
  URI geocoderUrl;

  @Option(
      names = "--max-header-bytes",
      paramLabel = "BYTES",
      description =
          "largest request line plus headers, so the longest URL (default ${DEFAULT-VALUE}; env AOR_MAX_HEADER_BYTES)",
      defaultValue = "${env:AOR_MAX_HEADER_BYTES:-" + Limits.DEFAULT_MAX_HEADER_BYTES + "}")
  int maxHeaderBytes;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "BYTES",
      description = "largest request body (default ${DEFAULT-VALUE}; env AOR_MAX_BODY_BYTES)",
      defaultValue = "${env:AOR_MAX_BODY_BYTES:-" + Limits.DEFAULT_MAX_BODY_BYTES + "}")
  long maxBodyBytes;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      description =
          "close connections silent this long, also mid-request (default ${DEFAULT-VALUE}; env AOR_IDLE_TIMEOUT)",
      defaultValue = "${env:AOR_IDLE_TIMEOUT:-30}")
  long idleTimeoutSeconds;

  @Option(
      names = "--shutdown-grace",
      paramLabel = "SECONDS",
      description =
          "on shutdown, let in-flight requests run this long; new ones get 503 (default ${DEFAULT-VALUE}; env AOR_SHUTDOWN_GRACE)",
      defaultValue = "${env:AOR_SHUTDOWN_GRACE:-10}")
  long shutdownGraceSeconds;

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      description =
          "file holding the token POST /admin/reload requires (default none: admin routes disabled; env AOR_ADMIN_TOKEN_FILE)",
      defaultValue = "${env:AOR_ADMIN_TOKEN_FILE}")
  Path adminTokenFile;

  @Option(
      names = "--access-log",
      paramLabel = "FILE",
      arity = "0..1",
      fallbackValue = ServiceConfig.STDERR,
      description =
          "write one line a request (client, time, request line as sent, status, bytes, milliseconds,"
              + " user agent) to FILE, appended to, or to standard error when FILE is - or left out"
              + " (default none; env AOR_ACCESS_LOG)",
      defaultValue = "${env:AOR_ACCESS_LOG}")
  String accessLog;

  /** The geodata loaded, checked and (when valid) indexed, with the milliseconds each step took. */
  private record Loaded(
      Geodata data,
      ValidationReport report,
      Resolver resolver,
      long load,
      long check,
      long index) {}

  @Override
  public Integer call() throws GeodataException {
    long started = System.nanoTime();
    ServiceConfig config = config(); // options wrong are said before anything is loaded
    String busy = Listening.problem(host, port);
    if (busy != null) {
      return Listening.refuse(spec.commandLine().getErr(), host, port, busy);
    }
    // the data is loaded, checked and indexed on another thread while this one makes the HTTP
    // app; the app starts listening only once the data has proven valid
    CompletableFuture<Loaded> loading = CompletableFuture.supplyAsync(this::load);
    LiveResolver live =
        new LiveResolver(geodata.files(), loading.thenApply(Loaded::resolver), this::resolver);
    Javalin app = HttpApp.create(live, config);
    Loaded loaded = loaded(loading);
    if (!loaded.report().ok()) {
      loaded.report().problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
      spec.commandLine()
          .getErr()
          .println(geodata.files().describe() + ": refusing to start on invalid geodata");
      return 1;
    }
    if (!Listening.start(app, spec.commandLine().getErr(), host, port)) {
      return 1;
    }
    Signals.onHangup(live::reload);
    Geodata data = loaded.data();
    LOG.info(
        "aor-resolver on http://{}:{} with geodata {} ({}): {} counties, {} offices in {}, {} check-in offices; "
            + "loaded in {} ms, checked in {} ms, indexed in {} ms, listening after {} ms",
        host,
        app.port(),
        data.manifest().dataVersion(),
        geodata.files().describe(),
        data.counties().size(),
        data.aors().get(Edition.CURRENT).size(),
        Edition.CURRENT.id(),
        data.checkinOffices().size(),
        loaded.load(),
        loaded.check(),
        loaded.index(),
        (System.nanoTime() - started) / 1_000_000);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private Loaded load() {
    long started = System.nanoTime();
    Geodata data;
    try {
      data = GeodataLoader.load(geodata.files());
    } catch (GeodataException e) {
      throw new CompletionException(e);
    }
    long loaded = System.nanoTime();
    ValidationReport report = GeodataValidator.validate(geodata.files(), data, false);
    long checked = System.nanoTime();
    Resolver resolver = report.ok() ? resolver(data) : null;
    return new Loaded(
        data,
        report,
        resolver,
        millis(started, loaded),
        millis(loaded, checked),
        millis(checked, System.nanoTime()));
  }

  /** What loading gave, or its {@link GeodataException}. */
  private static Loaded loaded(CompletableFuture<Loaded> loading) throws GeodataException {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof GeodataException g) {
        throw g;
      }
      throw e;
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private Resolver resolver(Geodata data) {
    Resolver built = Resolver.build(data);
    return geocoderUrl == null
        ? built
        : built.withGeocoder(new CensusGeocoder(geocoderUrl, Duration.ofSeconds(5)));
  }

  private ServiceConfig config() {
    List<String> origins =
        corsOrigins == null
            ? List.of()
            : corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    Limits limits =
        new Limits(
            maxHeaderBytes,
            maxBodyBytes,
            Duration.ofSeconds(idleTimeoutSeconds),
            batchMaxRows,
            maxBatchStreams,
            batchMemoryBytes);
    return new ServiceConfig(
        host,
        port,
        origins,
        !noGzip,
        limits,
        Duration.ofSeconds(shutdownGraceSeconds),
        adminToken(),
        accessLog());
  }

  /** The access log's target, checked: a file that can be written to, or standard error. */
  private String accessLog() {
    if (accessLog == null || accessLog.equals(ServiceConfig.STDERR)) {
      return accessLog;
    }
    Path file = Path.of(accessLog).toAbsolutePath();
    boolean writable =
        Files.exists(file)
            ? Files.isRegularFile(file) && Files.isWritable(file)
            : Files.isDirectory(file.getParent()) && Files.isWritable(file.getParent());
    if (!writable) {
      throw new ParameterException(
          spec.commandLine(),
          "--access-log: cannot write "
              + accessLog
              + " (not a file that can be written, or in no folder that can be)");
    }
    return accessLog;
  }

  /** The admin token from the file named by --admin-token-file, or null: admin routes disabled. */
  private String adminToken() {
    if (adminTokenFile == null) {
      return null;
    }
    try {
      String token = Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip();
      if (token.length() < 16) {
        throw new ParameterException(
            spec.commandLine(), "--admin-token-file: the token must be at least 16 characters");
      }
      return token;
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--admin-token-file: cannot read " + adminTokenFile + ": " + e.getMessage());
    }
  }
}
