package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On shutdown, a batch stream already in flight finishes and gets its whole answer, while a new
 * request on an open connection gets 503 problem+json, and the server stops within its grace
 * period.
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
        "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";

    try (Socket batch = new Socket("127.0.0.1", port);
        Socket idle = new Socket("127.0.0.1", port)) {
      batch.setSoTimeout(30_000);
      idle.setSoTimeout(30_000);
      OutputStream out = batch.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2); // half the body: the request is in flight
      out.flush();
      Thread.sleep(300);

      long started = System.nanoTime();
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
      Thread.sleep(500);

      RawHttp.Response late =
          sendOn(idle, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(late.status()).as("a request after shutdown began: %s", late).isEqualTo(503);
      assertThat(late.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
      assertThat(stopping).as("the server waits for the batch in flight").isNotDone();

      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();
      RawHttp.Response answer = RawHttp.read(batch.getInputStream());

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().lines().filter(l -> l.contains(",Match,")).count()).isEqualTo(200);
      stopping.get(20, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
  }

  private static RawHttp.Response sendOn(Socket socket, String request) {
    try {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return RawHttp.read(socket.getInputStream());
    } catch (IOException e) {
      return new RawHttp.Response(0, java.util.Map.of(), e.toString());
    }
  }
}
