package org.aorresolver.http;

import java.time.Duration;
import org.aorresolver.http.batch.BatchStreams;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the service stops (SIGTERM, Ctrl-C, or {@code stop()}), before the web server does: it stops
 * accepting connections, answers 503 to new requests on open ones, lets the requests in flight run
 * for up to the grace, however slowly their clients read, then cuts the batch streams still
 * running, each with a log line. Only then does the web server stop, closing idle connections.
 *
 * <p>The web server's own graceful stop is not enough: it gives every connection, a batch stream's
 * too, a one-second idle timeout as it starts, which cuts a client that reads slowly at once.
 */
final class Shutdown {
  private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

  /** How long the web server then waits for idle connections to close (it gives them a second). */
  static final Duration CLOSING = Duration.ofSeconds(3);

  private final Server server;
  private final GracefulHandler graceful;
  private final BatchStreams streams;

  Shutdown(Server server, GracefulHandler graceful, BatchStreams streams) {
    this.server = server;
    this.graceful = graceful;
    this.streams = streams;
  }

  void run(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    for (Connector c : server.getConnectors()) {
      if (c instanceof NetworkConnector n) {
        n.close();
      }
    }
    graceful.shutdown();
    long inFlight = graceful.getCurrentRequestCount();
    if (inFlight > 0) {
      LOG.info(
          "shutting down: {} request(s) in flight, waiting up to {} s",
          inFlight,
          grace.toSeconds());
    }
    try {
      while (graceful.getCurrentRequestCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      streams.cutAll(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
