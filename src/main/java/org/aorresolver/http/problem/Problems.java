package org.aorresolver.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.http.Json;

/**
 * RFC 9457 problem details, the one shape of every 4xx and 5xx answer. Validation problems list
 * each offending parameter with the value given and the accepted form.
 */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";
  public static final String INVALID_PARAMETER = "urn:aor-resolver:problem:invalid-parameter";

  private Problems() {}

  public static void invalid(Context ctx, InvalidInputException e) {
    write(
        ctx,
        400,
        INVALID_PARAMETER,
        "Invalid request parameter",
        truncate(e.getMessage()),
        Map.of("errors", errors(e.errors())));
  }

  /** A problem about one field (a parameter, a header, the body), named in {@code errors}. */
  public static void field(
      Context ctx,
      int status,
      String title,
      String detail,
      InvalidInputException.FieldError error) {
    write(ctx, status, null, title, detail, Map.of("errors", errors(List.of(error))));
  }

  private static List<Map<String, String>> errors(List<InvalidInputException.FieldError> list) {
    return list.stream()
        .map(
            err -> {
              Map<String, String> m = new LinkedHashMap<>();
              m.put("parameter", err.field());
              if (err.value() != null) {
                m.put("value", truncate(err.value()));
              }
              m.put("expected", err.expected());
              return m;
            })
        .toList();
  }

  /** A problem of the given status; {@code type} null means about:blank. */
  public static void write(
      Context ctx,
      int status,
      String type,
      String title,
      String detail,
      Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type == null ? "about:blank" : type);
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    body.put("instance", truncate(ctx.path()));
    body.putAll(extra);
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(Json.MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      ctx.status(status)
          .contentType(CONTENT_TYPE)
          .result("{\"title\":\"" + title + "\",\"status\":" + status + "}");
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
