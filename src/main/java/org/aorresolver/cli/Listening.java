package org.aorresolver.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;

/**
 * Whether {@code serve} can listen where it is asked to: tried before the data is loaded, so that a
 * port in use is said at once, in one line, rather than after the loading as a stack trace.
 */
final class Listening {
  private Listening() {}

  /** Why nothing can listen on {@code host:port}, or null if something can. */
  static String problem(String host, int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as the web server binds: a port in TIME_WAIT is free
      probe.bind(new InetSocketAddress(host, port));
      return null;
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  /**
   * Starts {@code app}; false, with the reason said in one line, when it cannot listen (the port
   * was taken while the data loaded). Here rather than in {@code ServeCommand} so that only {@code
   * serve} loads Javalin's classes: the other commands run without them (the Spark job).
   */
  static boolean start(Javalin app, PrintWriter err, String host, int port) {
    try {
      app.start();
      return true;
    } catch (JavalinBindException e) {
      String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      refuse(err, host, port, why);
      return false;
    }
  }

  /** Says why the service cannot listen; returns the exit code. */
  static int refuse(PrintWriter err, String host, int port, String why) {
    err.printf(
        Locale.ROOT,
        "aor-resolver: cannot listen on %s:%d: %s (another process has the port? choose one with"
            + " --port or AOR_PORT)%n",
        host,
        port,
        why);
    return 1;
  }
}
