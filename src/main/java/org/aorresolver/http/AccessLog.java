package org.aorresolver.http;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;

/**
 * The access log: one line a request, written by the web server once it has answered, so requests
 * it refuses itself (a URI or headers too large, a malformed request line) are there too. A line
 * gives the client's address, the time (UTC), the request line as sent (method, path and query with
 * their values, protocol), the status, the bytes sent (headers included), the milliseconds taken
 * and the user agent:
 *
 * <pre>
 * 127.0.0.1 [2026-12-04T21:50:00.123Z] "GET /v1/resolve?zip=78550 HTTP/1.1" 200 1034 3ms "curl/8.5.0"
 * </pre>
 *
 * A request refused before its request line could be read whole (a URI too long) shows as {@code
 * "BAD /badMessage HTTP/1.0"} with its status. The address is the client's as the connection shows
 * it (a reverse proxy's, behind one). Queries may hold the addresses people asked about, which is
 * why the log is off unless asked for.
 */
final class AccessLog {
  static final String FORMAT =
      "%{client}a %{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'|UTC}t \"%r\" %s %O %{ms}Tms \"%{User-Agent}i\"";

  private AccessLog() {}

  /** The log writing to {@code target}: a file (appended to), or {@link ServiceConfig#STDERR}. */
  static RequestLog to(String target) {
    RequestLogWriter writer =
        ServiceConfig.STDERR.equals(target) ? new RequestLogWriter() : new RequestLogWriter(target);
    writer.setAppend(true);
    return new CustomRequestLog(writer, FORMAT);
  }
}
