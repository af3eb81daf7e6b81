package org.aorresolver.http.problem;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.Json;
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

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    fields.put("X-Content-Type-Options", "nosniff");
    return ByteBuffer.wrap(body(status, null));
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
    response.write(true, ByteBuffer.wrap(body(status, request.getHttpURI().getPath())), callback);
  }

  private static byte[] body(int status, String path) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpApp.title(status));
    problem.put("status", status);
    problem.put("detail", detail(status));
    if (path != null && path.length() <= 200 && !"/badMessage".equals(path)) {
      problem.put("instance", path);
    }
    try {
      return Json.MAPPER.writeValueAsBytes(problem);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String detail(int status) {
    return switch (status) {
      case 413 -> "the request body is larger than this server accepts";
      case 414 -> "the URI is longer than this server accepts";
      case 431 -> "the request headers are larger than this server accepts";
      case 503 -> "the service is shutting down or overloaded; retry shortly";
      default -> "the request could not be processed";
    };
  }
}
