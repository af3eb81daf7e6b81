package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.data.LiveResolver;
import org.aorresolver.http.problem.Problems;

/**
 * {@code POST /admin/reload}: reload the geodata without downtime. Needs {@code Authorization:
 * Bearer <token>} with the configured admin token, compared in constant time; without a configured
 * token the route refuses everything. The token is never logged or echoed.
 */
final class AdminRoutes {
  private final LiveResolver live;
  private final byte[] tokenDigest;

  AdminRoutes(LiveResolver live, String token) {
    this.live = live;
    this.tokenDigest = token == null || token.isEmpty() ? null : sha256(token);
  }

  void register(JavalinConfig config) {
    config.routes.post("/admin/reload", this::reload);
  }

  private void reload(Context ctx) throws Exception {
    if (tokenDigest == null || live == null) {
      Problems.write(
          ctx,
          403,
          null,
          "Forbidden",
          "admin routes are disabled: no admin token is configured",
          Map.of());
      return;
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    if (!MessageDigest.isEqual(tokenDigest, sha256(given))) {
      ctx.header("WWW-Authenticate", "Bearer");
      Problems.field(
          ctx,
          401,
          "Unauthorized",
          "a valid admin token is required",
          new InvalidInputException.FieldError("Authorization", null, "Bearer <admin token>"));
      return;
    }
    LiveResolver.Outcome outcome = live.reload();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reloaded", outcome.reloaded());
    body.put("previousVersion", outcome.previousVersion());
    body.put("dataVersion", outcome.dataVersion());
    body.put("millis", outcome.millis());
    if (!outcome.reloaded()) {
      body.put("problems", outcome.problems().stream().map(Object::toString).toList());
      Problems.write(
          ctx,
          422,
          "urn:aor-resolver:problem:invalid-geodata",
          "Geodata refused",
          "the new geodata failed validation; the data in use is unchanged",
          body);
      return;
    }
    HttpApp.json(ctx, body);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
