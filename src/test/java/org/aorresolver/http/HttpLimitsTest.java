package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aorresolver.http.batch.BatchRoutes;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every limit is configurable and answered with the right 4xx problem; bad bodies never hurt the
 * server.
 */
class HttpLimitsTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            ServiceConfig.defaults()
                .withPort(0)
                .withLimits(
                    new ServiceConfig.Limits(2048, 10_000, Duration.ofSeconds(1), 1000, 4, 0)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawHttp.Response raw(String request) {
    return RawHttp.send(server.app.port(), request.getBytes(StandardCharsets.UTF_8), 10_000);
  }

  @Test
  void aUrlLongerThanTheLimitIs414() {
    RawHttp.Response r =
        raw(
            "GET /v1/resolve?address="
                + "a".repeat(3000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(r.status()).isEqualTo(414);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
    assertThat(r.body()).contains("\"status\":414");
  }

  @Test
  void headersLargerThanTheLimitAre431() {
    RawHttp.Response r =
        raw(
            "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "b".repeat(3000)
                + "\r\nConnection: close\r\n\r\n");

    assertThat(r.status()).isEqualTo(431);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
  }

  @Test
  void aBodyLargerThanTheLimitIs413() {
    RawHttp.Response r =
        raw(
            "POST /admin/reload HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 20000\r\nConnection: close\r\n\r\n"
                + "x".repeat(20000));

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
  }

  @Test
  void aBodyThatStopsArrivingIs408NamingTheBodyAndTheServerCarriesOn() throws IOException {
    long started = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                  + "Content-Length: 5000\r\n\r\nid,lat,lon\n1,29.4,-98.5\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawHttp.Response r = RawHttp.read(socket.getInputStream()); // then nothing more is sent

      assertThat(r.status()).isEqualTo(408);
      assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
      assertThat(r.body()).contains("\"parameter\":\"body\"", "pause of 1 s");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aTruncatedBodyLeavesTheServerHealthy() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      socket
          .getOutputStream()
          .write(
              "POST /admin/reload HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\nabc"
                  .getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(server.get("/v1/resolve?zip=78550").statusCode()).isEqualTo(200);
  }

  /** Headers of a CSV batch of {@code length} bytes that waits for 100 Continue to send it. */
  private static byte[] expecting(int length) {
    return ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
            + "Expect: 100-continue\r\nContent-Length: "
            + length
            + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] csv(int rows) {
    StringBuilder csv = new StringBuilder("id,lat,lon\n");
    for (int i = 0; i < rows; i++) {
      csv.append(i).append(",29.4,-98.5\n");
    }
    return csv.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static RawHttp.Response smallBatch(int port) {
    return RawHttp.send(
        port,
        "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 23\r\nConnection: close\r\n\r\nid,lat,lon\n1,29.4,-98.5\n"
            .getBytes(StandardCharsets.US_ASCII),
        10_000);
  }

  /**
   * Holds a batch stream admitted: the server asks for its body (100 Continue) only once admitted,
   * and the body is sent only when the test says.
   */
  private static Socket admitted(int port, byte[] body) throws IOException {
    Socket s = new Socket("127.0.0.1", port);
    s.setSoTimeout(30_000);
    s.getOutputStream().write(expecting(body.length));
    s.getOutputStream().flush();
    RawHttp.awaitContinue(s.getInputStream());
    return s;
  }

  private static RawHttp.Streamed finish(Socket s, byte[] body) throws IOException {
    s.getOutputStream().write(body);
    s.getOutputStream().flush();
    return RawHttp.readStreamed(new BufferedInputStream(s.getInputStream()));
  }

  @Test
  void batchesBeyondTheConcurrentStreamLimitAre429WithRetryAfter() throws Exception {
    ServiceConfig.Limits oneStream =
        new ServiceConfig.Limits(8192, 64 << 20, Duration.ofSeconds(30), 1_000_000, 1, 0);
    byte[] body = csv(1000);
    try (TestServer one =
            TestServer.start(ServiceConfig.defaults().withPort(0).withLimits(oneStream));
        Socket first = admitted(one.app.port(), body)) {

      RawHttp.Response second = smallBatch(one.app.port());

      assertThat(second.status()).isEqualTo(429);
      assertThat(second.headers().get("retry-after")).isEqualTo("5");
      assertThat(second.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
      RawHttp.Streamed answer = finish(first, body);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.complete()).isTrue();
      assertThat(answer.trailers()).containsEntry("aor-batch-rows", "1000");
      assertThat(smallBatch(one.app.port()).status())
          .as("the stream was given back")
          .isEqualTo(200);
    }
  }

  @Test
  void batchesAreAdmittedByTheHeapTheyMayHoldNotOnlyByTheirCount() throws Exception {
    long big = BatchRoutes.heapBound(-1);
    ServiceConfig.Limits oneBigStream =
        new ServiceConfig.Limits(
            8192, 64 << 20, Duration.ofSeconds(30), 1_000_000, 4, big + big / 2);
    byte[] body = csv(20_000); // over the size answered on one thread: a stream of full size
    try (TestServer one =
            TestServer.start(ServiceConfig.defaults().withPort(0).withLimits(oneBigStream));
        Socket first = admitted(one.app.port(), body)) {

      RawHttp.Response large =
          RawHttp.send(one.app.port(), concat(expecting(body.length), body), 30_000);
      RawHttp.Response small = smallBatch(one.app.port());

      assertThat(large.status()).as("a second large batch does not fit").isEqualTo(429);
      assertThat(large.headers().get("retry-after")).isEqualTo("5");
      assertThat(small.status()).as("a small one does").isEqualTo(200);
      RawHttp.Streamed answer = finish(first, body);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.trailers()).containsEntry("aor-batch-rows", "20000");
    }
  }

  @Test
  void aBatchLargerThanTheHeapGivenToBatchesIs413WhileSmallOnesAreAnswered() {
    ServiceConfig.Limits tiny =
        new ServiceConfig.Limits(8192, 64 << 20, Duration.ofSeconds(30), 1_000_000, 4, 2 << 20);
    byte[] body = csv(20_000);
    try (TestServer one = TestServer.start(ServiceConfig.defaults().withPort(0).withLimits(tiny))) {
      RawHttp.Response large =
          RawHttp.send(
              one.app.port(),
              concat(
                  ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                          + "Content-Length: "
                          + body.length
                          + "\r\nConnection: close\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII),
                  body),
              30_000);

      assertThat(large.status()).as("not worth retrying: no 429").isEqualTo(413);
      assertThat(large.body()).contains("heapBytes", "--batch-memory");
      assertThat(smallBatch(one.app.port()).status()).isEqualTo(200);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk =
          ("400\r\n" + "1,29.4,-98.5\n".repeat(78) + "1,29.4,-9\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      try {
        for (int sent = 0; sent < 20_000; sent += 1024) {
          out.write(chunk);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } catch (java.net.SocketException refused) {
        // the server may answer and close before the body is all sent
      }
      RawHttp.Response r = RawHttp.read(socket.getInputStream());

      assertThat(r.status()).isEqualTo(413);
      assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
      assertThat(r.body()).contains("\"parameter\":\"body\"");
    }
  }

  @Test
  void aMultipartBodyWithoutABoundaryIs400NamingTheBody() {
    RawHttp.Response r =
        raw(
            "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data\r\n"
                + "Content-Length: 3\r\nConnection: close\r\n\r\nabc");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
    assertThat(r.body()).contains("boundary", "\"parameter\":\"body\"");
  }

  @Test
  void aBadChunkSizeIs400() {
    RawHttp.Response r =
        raw(
            "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nlat,lon\n\r\n0\r\n\r\n");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
  }

  @Test
  void aBodyThatEndsBeforeItsLengthIs400() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                      + "Content-Length: 500\r\n\r\nlat,lon\n29.4,-98.5\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.shutdownOutput(); // the client stops sending: the body ends early
      RawHttp.Response r = RawHttp.read(socket.getInputStream());

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).contains("ended before it was complete");
    }
  }

  @Test
  void nulBytesAndTraversalInPathsAreClientErrors() {
    for (String target :
        new String[] {
          "/v1/offices/%00",
          "/webjars/../../etc/passwd",
          "/webjars/%2e%2e/%2e%2e/etc/passwd",
          "/docs/..%2f..%2fpom.xml"
        }) {
      RawHttp.Response r =
          raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(r.status()).as(target).isBetween(400, 404);
      assertThat(r.body()).as(target).doesNotContain("root:").doesNotContain("<project");
    }
  }
}
