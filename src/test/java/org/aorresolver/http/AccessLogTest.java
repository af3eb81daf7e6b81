package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an access log, every request leaves one line (client, request line as sent, status, bytes,
 * duration), refusals included: those of the application and those the web server makes itself.
 */
class AccessLogTest {
  @TempDir Path dir;

  @Test
  void everyRequestLeavesOneLineRefusalsIncluded() throws Exception {
    Path log = dir.resolve("access.log");
    ServiceConfig config =
        ServiceConfig.defaults()
            .withPort(0)
            .withAccessLog(log.toString())
            .withLimits(
                new ServiceConfig.Limits(
                    2048, 1024, ServiceConfig.Limits.DEFAULT_IDLE_TIMEOUT, 1000, 2, 0));
    try (TestServer server = TestServer.start(config)) {
      assertThat(server.get("/v1/resolve?zip=78550&edition=2020").statusCode()).isEqualTo(200);
      assertThat(server.get("/v1/offices/NOPE").statusCode()).isEqualTo(404);
      assertThat(server.send(batch(server, "image/png", 10)).statusCode()).isEqualTo(415);
      assertThat(server.send(batch(server, "text/csv", 5000)).statusCode()).isEqualTo(413);
      int port = server.app.port();
      assertThat(RawHttp.send(port, RawHttp.get("/health?q=" + "x".repeat(3000)), 5000).status())
          .isEqualTo(414);

      List<String> lines = await(log, 5);
      assertThat(lines.get(0))
          .matches(
              "127\\.0\\.0\\.1 \\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\]"
                  + " \"GET /v1/resolve\\?zip=78550&edition=2020 HTTP/1\\.1\" 200 \\d+ \\d+ms \".*\"");
      assertThat(lines.get(1)).contains("\"GET /v1/offices/NOPE HTTP/1.1\" 404 ");
      assertThat(lines.get(2)).contains("\"POST /v1/resolve/batch HTTP/1.1\" 415 ");
      assertThat(lines.get(3)).contains("\"POST /v1/resolve/batch HTTP/1.1\" 413 ");
      // the web server could not read this request line, and logs it as such
      assertThat(lines.get(4)).contains("\"BAD /badMessage HTTP/1.0\" 414 ");
    }
  }

  @Test
  void isOffUnlessAskedFor() {
    assertThat(ServiceConfig.defaults().accessLog()).isNull();
  }

  private static HttpRequest batch(TestServer server, String type, int bytes) {
    return HttpRequest.newBuilder(server.uri("/v1/resolve/batch"))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString("lat,lon\n" + "9".repeat(bytes) + "\n"))
        .build();
  }

  /**
   * The log's lines once it has {@code count}: the web server writes a line after the answer has
   * gone, so the client may see the answer first.
   */
  private static List<String> await(Path log, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<String> lines = List.of();
    while (System.nanoTime() < deadline) {
      lines = read(log);
      if (lines.size() >= count) {
        return lines;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the access log has " + lines.size() + " lines: " + lines);
  }

  private static List<String> read(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
