package org.aorresolver.http.lookup;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.aorresolver.Resolution;
import org.aorresolver.Resolver;
import org.aorresolver.http.HttpApp;
import org.aorresolver.query.QueryParser;

/** {@code GET /v1/resolve}: one place to its field office. */
public final class ResolveRoutes {
  private final Supplier<Resolver> resolver;

  public ResolveRoutes(Supplier<Resolver> resolver) {
    this.resolver = resolver;
  }

  public void register(JavalinConfig config) {
    config.routes.get("/v1/resolve", this::resolve);
  }

  private void resolve(Context ctx) throws Exception {
    QueryParser.Request request = QueryParser.parse(ctx.queryParamMap());
    Resolution answer = resolver.get().resolve(request.place(), request.when());
    HttpApp.json(ctx, answer);
  }
}
