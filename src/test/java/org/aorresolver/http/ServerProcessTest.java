package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as its own process, on a small heap and a temporary folder of its own: concurrent
 * batches and a reload at once, a gzip bomb, malformed bodies, and last SIGTERM with batches in
 * flight, one of whose clients reads nothing.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProcessTest {
  private static final Duration GRACE = Duration.ofSeconds(4);
  private static final String TOKEN = "a-test-token-of-some-length";

  @TempDir static Path dir;
  private static Path tmp;
  private static ServerProcess server;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    tmp = Files.createDirectory(dir.resolve("tmp"));
    Path token = Files.writeString(dir.resolve("token"), TOKEN);
    server =
        ServerProcess.start(
            "192m",
            tmp,
            "--shutdown-grace",
            Long.toString(GRACE.toSeconds()),
            "--admin-token-file",
            token.toString(),
            "--max-body-bytes",
            Long.toString(32 << 20));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpRequest batch(byte[] body) {
    // as curl sends large bodies: the body only after the server has admitted it (100 Continue),
    // so that a batch turned away before its body is read gets its 429, not a broken pipe
    return HttpRequest.newBuilder(uri("/v1/resolve/batch"))
        .header("Content-Type", "text/csv")
        .header("Accept-Encoding", "gzip")
        .expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static byte[] points(int rows) {
    StringBuilder csv = new StringBuilder("id,lat,lon,date\n");
    for (int i = 0; i < rows; i++) {
      csv.append(i)
          .append(',')
          .append(25 + (i % 2400) / 100.0)
          .append(',')
          .append(-124 + (i % 5700) / 100.0)
          .append(",2021-0")
          .append(1 + i % 9)
          .append("-15\n");
    }
    return csv.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Blank lines under a header of 2,000 columns: each answered by 2,000 commas and an error. */
  private static byte[] wide(int rows) {
    StringBuilder csv = new StringBuilder("lat,lon");
    for (int i = 0; i < 2000; i++) {
      csv.append(",c").append(i);
    }
    csv.append('\n').append("\n".repeat(rows));
    return csv.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The lines of a gzip-coded answer, or the IOException of a broken transfer. */
  private static long lines(HttpResponse<InputStream> r) throws IOException {
    try (InputStream raw = r.body();
        InputStream in =
            "gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))
                ? new java.util.zip.GZIPInputStream(raw)
                : raw) {
      long n = 0;
      byte[] buf = new byte[1 << 16];
      for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
        for (int i = 0; i < k; i++) {
          n += buf[i] == '\n' ? 1 : 0;
        }
      }
      return n;
    }
  }

  @Test
  @Order(1)
  void concurrentBatchesAndAReloadAtASmallHeapAreAnsweredWholeOrTurnedAwayFirst() throws Exception {
    List<byte[]> bodies =
        List.of(
            points(150_000),
            points(150_000),
            points(150_000),
            wide(20_000),
            wide(20_000),
            points(150_000));
    List<CompletableFuture<HttpResponse<InputStream>>> sent = new ArrayList<>();
    for (byte[] body : bodies) {
      sent.add(client.sendAsync(batch(body), HttpResponse.BodyHandlers.ofInputStream()));
    }
    HttpResponse<String> reload =
        client.send(
            HttpRequest.newBuilder(uri("/admin/reload"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    int whole = 0;
    for (int i = 0; i < bodies.size(); i++) {
      HttpResponse<InputStream> r = sent.get(i).join();
      if (r.statusCode() == 429) {
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
        r.body().close();
        continue;
      }
      assertThat(r.statusCode()).as("batch %d", i).isEqualTo(200);
      long rowsIn = new String(bodies.get(i), StandardCharsets.US_ASCII).lines().count();
      assertThat(lines(r)).as("lines of batch %d", i).isEqualTo(rowsIn);
      whole++;
    }
    assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
    assertThat(whole).as("batches answered whole").isGreaterThanOrEqualTo(2);
    assertThat(server.log()).doesNotContain("OutOfMemoryError");
    String metrics =
        client
            .send(
                HttpRequest.newBuilder(uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(metrics).doesNotContain("status=\"500\"");
  }

  @Test
  @Order(2)
  void aGzipBombIs413AndLeavesTheTemporaryFolderAsItWas() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("zip\n".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) { // 1 GiB of one line, in 1 MB
        out.write(zeros);
      }
    }
    List<String> before = listing(tmp);

    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri("/v1/resolve/batch"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String boundary = "----bomb";
    byte[] form = multipart(boundary, gz.toByteArray());
    HttpResponse<String> upload =
        client.send(
            HttpRequest.newBuilder(uri("/v1/resolve/batch"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.body()).contains("once gzip is undone");
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
    assertThat(listing(tmp)).isEqualTo(before);
  }

  private static byte[] multipart(String boundary, byte[] file) throws IOException {
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"addressFile\"; filename=\"a.csv.gz\"\r\n"
                + "Content-Type: application/gzip\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    form.write(file);
    form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return form.toByteArray();
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @Order(3)
  void malformedBodiesAre4xxEachLoggedInOneLine() throws Exception {
    String[] requests = {
      "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
      "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nlat,lon\n\r\n0\r\n\r\n",
      "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789",
    };
    for (String request : requests) {
      RawHttp.Response r =
          RawHttp.send(server.port(), request.getBytes(StandardCharsets.US_ASCII), 10_000);
      assertThat(r.status()).as(request).isEqualTo(400);
      assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
    }
    server.awaitLog(
        "POST /v1/resolve/batch from 127.0.0.1: 400", requests.length, Duration.ofSeconds(10));
    assertThat(
            server
                .log()
                .lines()
                .filter(l -> l.contains("/v1/resolve/batch from 127.0.0.1: 400"))
                .allMatch(l -> l.contains(" WARN ")))
        .isTrue();
    assertThat(server.log()).doesNotContain("\tat ").doesNotContain("Caused by");
  }

  /** The status a new connection's request gets; 0 when the connection is refused. */
  private static int newConnection() {
    try {
      return RawHttp.send(
              server.port(),
              "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII),
              10_000)
          .status();
    } catch (java.io.UncheckedIOException e) {
      assertThat(e.getCause()).isInstanceOf(ConnectException.class);
      return 0;
    }
  }

  @Test
  @Order(4)
  void sigtermLetsBatchesRunTheirGraceThenCutsTheRestVisibly() throws Exception {
    byte[] small = points(1000);
    byte[] large = points(300_000);
    try (Socket waiting = new Socket("127.0.0.1", server.port())) {
      waiting.setSoTimeout(60_000);
      waiting
          .getOutputStream()
          .write(
              ("POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                      + "Expect: 100-continue\r\nContent-Length: "
                      + small.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      RawHttp.awaitContinue(waiting.getInputStream());
      // a client that reads nothing of a large answer
      HttpResponse<InputStream> stalled =
          client.send(batch(large), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stalled.statusCode()).isEqualTo(200);

      long signalled = System.nanoTime();
      server.terminate();
      server.awaitLog("shutting down: 2 request(s) in flight", Duration.ofSeconds(30));

      assertThat(newConnection())
          .as("a new connection is refused (or, arriving as the listener closes, turned away)")
          .isIn(0, 503);
      waiting.getOutputStream().write(small);
      RawHttp.Streamed answer =
          RawHttp.readStreamed(new BufferedInputStream(waiting.getInputStream()));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.complete()).isTrue();
      assertThat(answer.trailers()).containsEntry("aor-batch-rows", "1000");

      assertThat(server.waitFor(GRACE.plusSeconds(60))).as("the process ends").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled))
          .as("the stalled batch had its grace")
          .isGreaterThanOrEqualTo(GRACE);
      assertThat(server.log())
          .contains("shutdown: cut batch POST /v1/resolve/batch from 127.0.0.1 after");
      assertThatThrownBy(() -> lines(stalled))
          .as("the stalled client sees a broken transfer")
          .isInstanceOf(IOException.class);
    }
  }
}
