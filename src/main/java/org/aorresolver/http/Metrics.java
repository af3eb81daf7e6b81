package org.aorresolver.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aorresolver.http.batch.BatchStreams;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Prometheus metrics: request timings by route template, method and status; batch streams running
 * and the heap they hold against their budget; JVM memory and threads. An answer cut after its 200
 * is counted under the status its cause would have had: 500 (a defect), 503 (cut at shutdown) or
 * 499 (the client went away).
 */
public final class Metrics {
  private static final String CUT = Metrics.class.getName() + ".cut";

  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Metrics(BatchStreams streams) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
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

  /** Marks the answer of {@code ctx} as cut after it started, counted under {@code status}. */
  public static void cut(Context ctx, int status) {
    ctx.attribute(CUT, status);
  }

  /** Called once per request by Javalin's request logger. */
  void record(Context ctx, float millis) {
    List<Endpoint> matched = ctx.endpoints().list();
    String route = matched.isEmpty() ? "unmatched" : matched.get(matched.size() - 1).path;
    Integer cut = ctx.attribute(CUT);
    Timer.builder("http.server.requests")
        .tag("method", method(ctx))
        .tag("route", route)
        .tag("status", Integer.toString(cut != null ? cut : ctx.statusCode()))
        .register(registry)
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  /** The method the client sent: HEAD, which the application sees as GET, too. */
  private static String method(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    return request == null ? ctx.method().name() : HeadAsGet.method(request);
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
