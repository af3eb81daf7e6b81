package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.grid.GridIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch answer that fails once its 200 has gone out is cut: every client sees a broken transfer,
 * never an error appended to the rows nor a clean end, and the metrics count it as failed. The
 * failure is a county lookup that runs out of memory on one row far into the file.
 */
class BatchAnswerCutTest {
  /** The row whose lookup fails: a point no other row has. */
  private static final double TRAP_LAT = 31.111111;

  private static final int ROWS_BEFORE = 50_000;
  private static TestServer server;

  @BeforeAll
  static void start() {
    Geodata data = TestData.shipped();
    AreaLocator counties = GridIndex.of(data.countyAreas());
    AreaLocator failing =
        (lon, lat) -> {
          if (lat == TRAP_LAT) {
            throw new OutOfMemoryError("simulated: Java heap space");
          }
          return counties.locate(lon, lat);
        };
    server = TestServer.start(ServiceConfig.defaults().withPort(0), Resolver.build(data, failing));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] file() {
    StringBuilder csv = new StringBuilder("id,lat,lon\n");
    for (int i = 0; i < ROWS_BEFORE; i++) {
      csv.append(i).append(",29.4,-98.5\n");
    }
    csv.append("trap,").append(TRAP_LAT).append(",-98.5\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("after").append(i).append(",29.4,-98.5\n");
    }
    return csv.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aFailureAfterThe200BreaksTheTransferForAnHttpClient() throws Exception {
    HttpResponse<InputStream> r =
        server.client.send(
            HttpRequest.newBuilder(server.uri("/v1/resolve/batch"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file()))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());

    assertThat(r.statusCode()).isEqualTo(200);
    try (InputStream body = r.body()) {
      assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aFailureAfterThe200EndsTheStreamWithoutItsLastChunkOrAnyProblem() throws Exception {
    byte[] body = file();
    RawHttp.Streamed answer =
        RawHttp.exchange(
            server.app.port(),
            "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                + "Accept-Encoding: gzip\r\nContent-Length: "
                + body.length
                + "\r\n\r\n",
            body,
            60_000);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers()).containsEntry("transfer-encoding", "chunked");
    assertThat(answer.complete()).as("the last chunk never comes").isFalse();
    assertThat(answer.trailers()).isEmpty();
    assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1))
        .doesNotContain("problem")
        .doesNotContain("\"status\"");
    String metrics = server.get("/metrics").body();
    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_count{method=\"POST\",route=\"/v1/resolve/batch\",status=\"500\",status_class=\"5xx\"}")
        .contains("batch_requests_total{outcome=\"cut_defect\"}");
    assertThat(server.get("/v1/resolve?lat=29.4&lon=-98.5").statusCode()).isEqualTo(200);
  }
}
