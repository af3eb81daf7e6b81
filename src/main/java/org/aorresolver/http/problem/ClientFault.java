package org.aorresolver.http.problem;

import java.io.EOFException;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;

/**
 * A request the client got wrong, found in what reading it threw: a malformed body (multipart
 * without a boundary, bad chunk framing), a body that ended early, one over the size limit. The web
 * server reports these as exceptions that reach the handlers; they are answered 4xx and logged in
 * one line, never as defects.
 *
 * @param status the 4xx status
 * @param detail what was wrong, for the problem's {@code detail}
 */
public record ClientFault(int status, String detail) {

  /** The client fault {@code thrown} (or one of its causes) reports, or null if it is none. */
  public static ClientFault of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EOFException) {
        return new ClientFault(
            400, "the request body ended before it was complete, or its chunk framing is broken");
      }
    }
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
        return new ClientFault(h.getCode(), detail(h.getCode(), thrown));
      }
    }
    return null;
  }

  private static String detail(int status, Throwable thrown) {
    if (status == 413) {
      return "the request body is larger than this server accepts";
    }
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (why.length() > 160) {
      why = why.substring(0, 160) + "…";
    }
    return String.format(Locale.ROOT, "the request body cannot be read: %s", why);
  }
}
