package org.aorresolver.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Cutting an answer that has started: its connection is closed at once, so that the client sees a
 * broken transfer (a chunked answer without its last chunk), never a clean end of what it got, and
 * nothing more is written to it (no error appended to the rows).
 */
final class Cut {
  private Cut() {}

  /** Closes the connection {@code ctx} is answered on. */
  static void connection(Context ctx, Throwable cause) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    EndPoint endPoint = request == null ? null : request.getServletChannel().getEndPoint();
    if (endPoint != null) {
      endPoint.close(cause);
    }
  }

  /** Why a stream was cut at shutdown. */
  static final class ShutdownException extends IOException {
    private static final long serialVersionUID = 1L;

    ShutdownException(Duration grace) {
      super("the service is shutting down and its " + grace.toSeconds() + " s grace ran out");
    }
  }
}
