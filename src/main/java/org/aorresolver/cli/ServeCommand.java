package org.aorresolver.cli;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataLoader;
import org.aorresolver.data.GeodataValidator;
import org.aorresolver.data.ValidationReport;
import org.aorresolver.geocode.CensusGeocoder;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.ServiceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: loads and checks the geodata, then serves the HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP service.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      description = "interface to bind (default ${DEFAULT-VALUE}: loopback only; env AOR_HOST)",
      defaultValue = "${env:AOR_HOST:-" + ServiceConfig.DEFAULT_HOST + "}")
  String host;

  @Option(
      names = "--port",
      description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE}; env AOR_PORT)",
      defaultValue = "${env:AOR_PORT:-" + ServiceConfig.DEFAULT_PORT + "}")
  int port;

  @Option(
      names = "--cors-origin",
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
      defaultValue = "${env:AOR_BATCH_MAX_ROWS:-" + ServiceConfig.DEFAULT_BATCH_MAX_ROWS + "}")
  long batchMaxRows;

  @Option(
      names = "--geocoder-url",
      description =
          "online geocoder in the Census Geocoder API format, for street-level addresses, e.g. "
              + CensusGeocoder.CENSUS_URL
              + " (default none: offline; env AOR_GEOCODER_URL)",
      defaultValue = "${env:AOR_GEOCODER_URL}")
  URI geocoderUrl;

  @Override
  public Integer call() throws GeodataException, InterruptedException {
    long started = System.nanoTime();
    Geodata data = GeodataLoader.load(geodata.files());
    ValidationReport report = GeodataValidator.validate(geodata.files(), data, false);
    if (!report.ok()) {
      report.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
      spec.commandLine()
          .getErr()
          .println(geodata.files().describe() + ": refusing to start on invalid geodata");
      return 1;
    }
    Resolver built = Resolver.build(data);
    Resolver resolver =
        geocoderUrl == null
            ? built
            : built.withGeocoder(new CensusGeocoder(geocoderUrl, Duration.ofSeconds(5)));
    Javalin app = HttpApp.create(() -> resolver, config()).start();
    LOG.info(
        "aor-resolver on http://{}:{} with geodata {} ({}): {} counties, {} offices in {}, {} check-in offices, ready in {} ms",
        host,
        app.port(),
        data.manifest().dataVersion(),
        geodata.files().describe(),
        data.counties().size(),
        data.aors().get(Edition.CURRENT).size(),
        Edition.CURRENT.id(),
        data.checkinOffices().size(),
        (System.nanoTime() - started) / 1_000_000);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
    Thread.currentThread().join();
    return 0;
  }

  private ServiceConfig config() {
    List<String> origins =
        corsOrigins == null
            ? List.of()
            : corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    return new ServiceConfig(host, port, origins, !noGzip, batchMaxRows);
  }
}
