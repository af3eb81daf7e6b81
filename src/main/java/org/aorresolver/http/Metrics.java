package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aorresolver.http.batch.BatchStreams;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Prometheus metrics: request latency by route template, method and status as a histogram (so
 * quantiles can be computed from its buckets); batch requests by outcome, cut ones by cause; batch
 * streams running and the heap they hold against their budget; JVM memory, garbage collection,
 * threads, classes; process CPU, uptime and open files. An answer cut after its 200 is counted
 * under the status its cause would have had: 500 (a defect), 503 (cut at shutdown) or 499 (the
 * client went away).
 */
public final class Metrics {
  private static final String CUT = Metrics.class.getName() + ".cut";

  /** The batch route, whose requests are also counted by outcome. */
  static final String BATCH_ROUTE = "/v1/resolve/batch";

  /**
   * The histogram's bucket bounds: from a tile served from the cache to a batch of a million rows.
   */
  private static final Duration[] BUCKETS = {
    Duration.ofNanos(500_000),
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60),
    Duration.ofSeconds(300)
  };

  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final JvmHeapPressureMetrics heapPressure = new JvmHeapPressureMetrics();

  Metrics(BatchStreams streams) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    heapPressure.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    Gauge.builder("batch.streams.active", streams, BatchStreams::active)
        .description("batch streams being answered")
        .register(registry);
    Gauge.builder("batch.memory.reserved", streams, BatchStreams::reserved)
        .description("heap the running batch streams may hold")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("batch.memory.budget", streams, BatchStreams::budget)
        .description("heap batch streams may hold together")
        .baseUnit("bytes")
        .register(registry);
  }

  /** Serves {@code GET /metrics}, and stops listening to the JVM's collectors with the server. */
  void register(JavalinConfig config) {
    config.routes.get("/metrics", this::scrape);
    config.events.serverStopped(
        () -> {
          gc.close();
          heapPressure.close();
        });
  }

  /** Marks the answer of {@code ctx} as cut after it started, counted under {@code status}. */
  public static void cut(Context ctx, int status) {
    ctx.attribute(CUT, status);
  }

  /** Called once per request by Javalin's request logger. */
  void record(Context ctx, float millis) {
    String route = route(ctx.endpoints().list());
    Integer cut = ctx.attribute(CUT);
    int status = cut != null ? cut : ctx.statusCode();
    Timer.builder("http.server.requests")
        .description("requests answered, by route template, method and status")
        .tag("method", method(ctx))
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .tag("status_class", status / 100 + "xx")
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    if (route.equals(BATCH_ROUTE)) {
      Counter.builder("batch.requests")
          .description(
              "batch requests by outcome: answered whole, refused (4xx), failed before answering"
                  + " (5xx), or cut after the 200 by a defect, the shutdown or the client leaving")
          .tag("outcome", outcome(status, cut != null))
          .register(registry)
          .increment();
    }
  }

  /** The path template of the route that answered (not of a before or after handler). */
  private static String route(List<Endpoint> matched) {
    for (int i = matched.size() - 1; i >= 0; i--) {
      if (matched.get(i).method.isHttpMethod()) {
        return matched.get(i).path;
      }
    }
    return "unmatched";
  }

  private static String outcome(int status, boolean cut) {
    if (cut) {
      return switch (status) {
        case 503 -> "cut_shutdown";
        case 499 -> "cut_client_gone";
        default -> "cut_defect";
      };
    }
    return status < 400 ? "answered" : status < 500 ? "refused" : "failed";
  }

  /** The method the client sent: HEAD, which the application sees as GET, too. */
  private static String method(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    return request == null ? ctx.method().name() : HeadAsGet.method(request);
  }

  private void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
