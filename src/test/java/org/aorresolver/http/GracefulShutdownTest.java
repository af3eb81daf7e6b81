package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On shutdown, a batch stream already in flight finishes and gets its whole answer, while a new
 * request on an open connection gets 503 problem+json, and the server stops within its grace
 * period. (The process and its signal: {@link ServerProcessTest}.)
 */
@Tag("slow")
class GracefulShutdownTest {

  @Test
  void inFlightBatchesFinishAndNewRequestsAreTurnedAway() throws Exception {
    TestServer server =
        TestServer.start(
            ServiceConfig.defaults().withPort(0).withShutdownGrace(Duration.ofSeconds(20)));
    int port = server.app.port();
    StringBuilder csv = new StringBuilder("id,lat,lon\n");
    for (int i = 0; i < 200; i++) {
      csv.append(i).append(",26.19,-97.69\n");
    }
    byte[] body = csv.toString().getBytes(StandardCharsets.US_ASCII);
    String head =
        "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
            + "Expect: 100-continue\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";

    try (Socket batch = new Socket("127.0.0.1", port);
        Socket idle = new Socket("127.0.0.1", port)) {
      batch.setSoTimeout(30_000);
      idle.setSoTimeout(30_000);
      OutputStream out = batch.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawHttp.awaitContinue(batch.getInputStream()); // the batch is admitted and in flight

      long started = System.nanoTime();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
      RawHttp.Streamed late = turnedAway(idle);

      assertThat(late.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
      assertThat(late.headers().get("retry-after")).isEqualTo("5");
      assertThat(late.text()).contains("\"status\":503", "shutting down");
      assertThat(stopping).as("the server waits for the batch in flight").isNotDone();

      out.write(body);
      out.flush();
      RawHttp.Streamed answer =
          RawHttp.readStreamed(new BufferedInputStream(batch.getInputStream()));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.complete()).isTrue();
      assertThat(answer.text().lines().filter(l -> l.contains(",Match,")).count()).isEqualTo(200);
      stopping.get(20, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
  }

  /** Asks on an open connection until the answer is 503, as it is once shutdown has begun. */
  private static RawHttp.Streamed turnedAway(Socket socket) throws IOException {
    InputStream in = new BufferedInputStream(socket.getInputStream());
    for (long until = System.nanoTime() + 20_000_000_000L; System.nanoTime() < until; ) {
      socket
          .getOutputStream()
          .write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      RawHttp.Streamed r = RawHttp.readStreamed(in);
      if (r.status() == 503) {
        return r;
      }
      assertThat(r.status()).as("before shutdown").isEqualTo(200);
    }
    throw new AssertionError("no 503 within 20 s of shutdown");
  }
}
