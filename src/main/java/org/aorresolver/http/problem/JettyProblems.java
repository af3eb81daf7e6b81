package org.aorresolver.http.problem;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.Json;
import org.aorresolver.http.PageSecurity;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the web server answers before the application sees the request (a URI or headers too
 * large, a body over the limit, a malformed request line, shutting down) as problem+json too, with
 * no stack trace and no server version.
 */
public final class JettyProblems extends ErrorHandler {

  /** Seconds a client is asked to wait before retrying a 503 (the service shutting down). */
  static final String RETRY_AFTER_SECONDS = "5";

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Content-Security-Policy", PageSecurity.OTHER_POLICY);
    return ByteBuffer.wrap(body(status, null, reason));
  }

  /**
   * Every refusal gets its problem, whatever the method: the web server's default gives a body only
   * to GET, POST and HEAD, so the HTTP/2 preface ({@code PRI *}) was answered 426 with none.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", PageSecurity.OTHER_POLICY);
    if (status == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    response.write(
        true, ByteBuffer.wrap(body(status, request.getHttpURI().getPath(), message)), callback);
  }

  private static byte[] body(int status, String path, String reason) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpApp.title(status));
    problem.put("status", status);
    problem.put("detail", detail(status, reason));
    if (path != null && path.length() <= 200 && !"/badMessage".equals(path)) {
      problem.put("instance", path);
    }
    try {
      return Json.MAPPER.writeValueAsBytes(problem);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** What went wrong; for a malformed request, the web server's reason, which names the part. */
  private static String detail(int status, String reason) {
    return switch (status) {
      case 400 ->
          reason == null || reason.length() > 120 || reason.equals("Bad Request")
              ? "the request is not well-formed HTTP"
              : "the request is not well-formed HTTP: " + reason;
      case 413 -> "the request body is larger than this server accepts";
      case 414 -> "the URI is longer than this server accepts";
      case 431 -> "the request headers are larger than this server accepts";
      case 426 -> "HTTP/2 is not served here (nor upgraded to): use HTTP/1.1";
      case 503 -> "the service is shutting down or overloaded; retry shortly";
      case 505 -> "only HTTP/1.0 and HTTP/1.1 are served here";
      default -> "the request could not be processed";
    };
  }
}
