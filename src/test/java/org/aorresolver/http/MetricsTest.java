package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} scraped over HTTP and read by a strict parser of the Prometheus text format:
 * latency is a histogram by route from which quantiles can be computed, statuses can be grouped by
 * class, batches are counted by outcome, and the JVM's collections and memory are there.
 */
class MetricsTest {
  private static final String LATENCY = "http_server_requests_seconds";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static PrometheusText scrape() {
    HttpResponse<String> r = server.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return PrometheusText.parse(r.body());
  }

  @Test
  void latencyIsAHistogramByRouteWithCumulativeBucketsCountAndSum() {
    for (int i = 0; i < 20; i++) {
      assertThat(server.get("/v1/offices/HOU").statusCode()).isEqualTo(200);
    }
    PrometheusText.Histogram h =
        scrape()
            .histogram(
                LATENCY, Map.of("route", "/v1/offices/{code}", "method", "GET", "status", "200"));
    assertThat(h.count()).isEqualTo(20);
    assertThat(h.sum()).isPositive();
    assertThat(h.buckets()).hasSizeGreaterThan(10);
    double p50 = h.quantile(0.5);
    double p99 = h.quantile(0.99);
    assertThat(p50).isPositive().isLessThanOrEqualTo(p99);
    assertThat(p99).isLessThanOrEqualTo(h.buckets().lowerKey(Double.POSITIVE_INFINITY));
  }

  @Test
  void statusesCanBeGroupedByClass() {
    assertThat(server.get("/v1/offices/XXX").statusCode()).isEqualTo(404);
    assertThat(server.get("/v1/resolve?lat=95&lon=0").statusCode()).isEqualTo(400);
    PrometheusText metrics = scrape();
    assertThat(
            metrics
                .histogram(
                    LATENCY,
                    Map.of("route", "/v1/offices/{code}", "status", "404", "status_class", "4xx"))
                .count())
        .isEqualTo(1);
    assertThat(
            metrics
                .histogram(
                    LATENCY, Map.of("route", "/v1/resolve", "status", "400", "status_class", "4xx"))
                .count())
        .isEqualTo(1);
    assertThat(metrics.samples(LATENCY + "_count", Map.of()))
        .allSatisfy(
            s ->
                assertThat(s.labels().get("status_class"))
                    .isEqualTo(s.labels().get("status").charAt(0) + "xx"));
  }

  @Test
  void batchesAreCountedByOutcome() {
    HttpResponse<String> answered = server.send(batch("text/csv", "lat,lon\n29.42,-98.49\n"));
    assertThat(answered.statusCode()).isEqualTo(200);
    HttpResponse<String> refused = server.send(batch("image/png", "lat,lon\n29.42,-98.49\n"));
    assertThat(refused.statusCode()).isEqualTo(415);
    PrometheusText metrics = scrape();
    assertThat(metrics.types).containsEntry("batch_requests_total", "counter");
    assertThat(metrics.samples("batch_requests_total", Map.of("outcome", "answered")))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isEqualTo(1));
    assertThat(metrics.samples("batch_requests_total", Map.of("outcome", "refused")))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isEqualTo(1));
  }

  @Test
  void garbageCollectionAndMemoryOfTheJvmAreThere() {
    PrometheusText metrics = scrape();
    assertThat(metrics.types)
        .containsEntry("jvm_gc_memory_allocated_bytes_total", "counter")
        .containsEntry("jvm_memory_used_bytes", "gauge")
        .containsEntry("jvm_memory_max_bytes", "gauge")
        .containsKey("jvm_gc_overhead");
    assertThat(metrics.samples("jvm_memory_used_bytes", Map.of("area", "heap"))).isNotEmpty();
  }

  /**
   * A collection is counted, with its pause, once the JVM has told of it: its notice comes on a
   * thread of its own, so the test collects and scrapes until it shows (not for a set time).
   */
  @Test
  void aCollectionIsCountedWithItsPause() throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      System.gc();
      PrometheusText metrics = scrape();
      List<PrometheusText.Sample> pauses = metrics.samples("jvm_gc_pause_seconds_count", Map.of());
      if (!pauses.isEmpty()) {
        assertThat(metrics.types).containsEntry("jvm_gc_pause_seconds", "summary");
        assertThat(pauses).allSatisfy(p -> assertThat(p.labels()).containsKeys("gc", "cause"));
        assertThat(pauses.stream().mapToDouble(PrometheusText.Sample::value).sum()).isPositive();
        assertThat(metrics.samples("jvm_gc_pause_seconds_sum", Map.of())).hasSameSizeAs(pauses);
        return;
      }
      assertThat(System.nanoTime())
          .as("no collection counted within a minute")
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static HttpRequest batch(String type, String body) {
    return HttpRequest.newBuilder(server.uri(Metrics.BATCH_ROUTE))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
