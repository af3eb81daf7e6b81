package org.aorresolver.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.aorresolver.Resolver;
import org.aorresolver.data.LiveResolver;
import org.aorresolver.http.batch.BatchRoutes;
import org.aorresolver.http.batch.BatchStreams;
import org.aorresolver.http.features.FeatureRoutes;
import org.aorresolver.http.features.TileRoutes;
import org.aorresolver.http.lookup.OfficeRoutes;
import org.aorresolver.http.lookup.ResolveRoutes;
import org.aorresolver.http.problem.ClientFault;
import org.aorresolver.http.problem.JettyProblems;
import org.aorresolver.http.problem.NotFound;
import org.aorresolver.http.problem.Problems;
import org.aorresolver.http.problem.RepeatedParameters;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: a Javalin app created without starting it, so tests start it on port 0. Every
 * route is declared here; handlers live in the {@code *Routes} classes.
 */
public final class HttpApp {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);

  private HttpApp() {}

  /** The app on a fixed resolver (no reload). */
  public static Javalin create(Supplier<Resolver> resolver, ServiceConfig config) {
    return create(resolver, null, config);
  }

  /** The app on live data that {@code POST /admin/reload} (with the admin token) can replace. */
  public static Javalin create(LiveResolver live, ServiceConfig config) {
    return create(live, live, config);
  }

  private static Javalin create(
      Supplier<Resolver> resolver, LiveResolver live, ServiceConfig config) {
    BatchStreams streams =
        new BatchStreams(config.limits().batchMemoryBytes(), config.limits().maxBatchStreams());
    if (streams.budget() < BatchRoutes.heapBound(-1)) {
      LOG.warn(
          "batches may hold {} MiB of heap, less than one batch of {} KiB or more needs ({} MiB): "
              + "those will be refused; give the service more heap or --batch-memory",
          streams.budget() >> 20,
          BatchRoutes.CHUNK_BYTES >> 10,
          BatchRoutes.heapBound(-1) >> 20);
    }
    Metrics metrics = new Metrics(streams);
    // graceful: on shutdown, new requests get 503 while those in flight run on (see Shutdown)
    SizeLimitHandler sizeLimit = new SizeLimitHandler(config.limits().maxBodyBytes(), -1);
    sizeLimit.setHandler(new HeadAsGet());
    GracefulHandler graceful = new GracefulHandler(sizeLimit);
    return Javalin.create(
        c -> {
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.jetty.host = config.host();
          c.jetty.port = config.port();
          // a few threads per core: handlers never block on I/O for long, and idle keep-alive
          // connections hold no thread
          c.jetty.threadPool =
              new QueuedThreadPool(Math.max(16, 8 * Runtime.getRuntime().availableProcessors()), 4);
          c.jetty.modifyServer(
              server -> {
                server.setErrorHandler(new JettyProblems());
                // the grace is spent by Shutdown before the server stops; then idle connections
                // close
                server.setStopTimeout(Shutdown.CLOSING.toMillis());
                server.setHandler(graceful);
                if (config.accessLog() != null) {
                  server.setRequestLog(AccessLog.to(config.accessLog()));
                }
                c.events.serverStopping(
                    () -> new Shutdown(server, graceful, streams).run(config.shutdownGrace()));
              });
          c.jetty.modifyHttpConfiguration(
              http -> {
                http.setRequestHeaderSize(config.limits().maxHeaderBytes());
                http.setSendServerVersion(false);
                http.setIdleTimeout(config.limits().idleTimeout().toMillis());
              });
          c.http.compressionStrategy =
              config.gzip() ? CompressionStrategy.GZIP : CompressionStrategy.NONE;
          c.http.prefer405over404 = true;
          c.http.maxRequestSize = config.limits().maxBodyBytes();
          c.router.ignoreTrailingSlashes = true;
          c.staticFiles.enableWebjars();
          c.bundledPlugins.enableGlobalHeaders(headers -> headers.xContentTypeOptionsNoSniff());
          if (!config.corsOrigins().isEmpty()) {
            c.bundledPlugins.enableCors(
                cors ->
                    cors.addRule(
                        rule -> {
                          if (config.corsOrigins().contains("*")) {
                            rule.anyHost();
                          } else {
                            config.corsOrigins().forEach(origin -> rule.allowHost(origin));
                          }
                        }));
          }
          c.requestLogger.http(metrics::record);

          new ResolveRoutes(resolver).register(c);
          new BatchRoutes(resolver, config.limits(), streams).register(c);
          new OfficeRoutes(resolver).register(c);
          new InfoRoutes(resolver).register(c);
          new TileRoutes(resolver).register(c);
          new FeatureRoutes(resolver).register(c);
          new MapRoutes().register(c);
          new OpenApiRoutes().register(c);
          new AdminRoutes(live, config.adminToken()).register(c);
          metrics.register(c);
          PageSecurity.register(c);
          RepeatedParameters.register(c);

          c.routes.exception(InvalidInputException.class, (e, ctx) -> Problems.invalid(ctx, e));
          c.routes.exception(
              NotFound.class,
              (e, ctx) ->
                  Problems.field(
                      ctx,
                      404,
                      "Not found",
                      e.getMessage(),
                      new FieldError(e.parameter, e.value, e.expected)));
          c.routes.exception(Exception.class, HttpApp::unexpected);
          c.routes.error(
              404,
              "*",
              ctx -> problemFor(ctx, 404, "no route " + ctx.path() + "; see /openapi.json"));
          c.routes.error(
              405,
              "*",
              ctx -> problemFor(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
          // Javalin answers a body that stops arriving for the idle timeout with a bare 408
          c.routes.error(
              408,
              "*",
              ctx ->
                  Problems.field(
                      ctx,
                      408,
                      title(408),
                      "the request body stopped arriving for longer than the idle timeout",
                      new FieldError(
                          "body",
                          null,
                          "a body sent without a pause of "
                              + config.limits().idleTimeout().toSeconds()
                              + " s or more")));
          for (int status : new int[] {400, 413, 414, 415, 431, 500, 503}) {
            c.routes.error(status, "*", ctx -> problemFor(ctx, status, null));
          }
        });
  }

  /** A client fault the web server reported while the body was read, or a defect. */
  private static void unexpected(Exception e, Context ctx) {
    ClientFault fault = ClientFault.of(e);
    if (fault != null) {
      LOG.debug("client fault on {} {}", ctx.method(), ctx.path(), e);
      LOG.warn(
          "{} {} from {}: {} ({})",
          ctx.method(),
          ctx.path(),
          ctx.ip(),
          fault.status(),
          fault.detail());
      Problems.field(
          ctx,
          fault.status(),
          title(fault.status()),
          fault.detail(),
          new FieldError("body", null, "a complete, well-formed body within the size limit"));
      return;
    }
    LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
    Problems.write(ctx, 500, null, "Internal server error", "the error was logged", Map.of());
  }

  private static void problemFor(Context ctx, int status, String detail) {
    if (!Problems.CONTENT_TYPE.equals(ctx.res().getContentType())) {
      Problems.write(ctx, status, null, title(status), detail, Map.of());
    }
  }

  public static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Request timeout";
      case 413 -> "Content too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 422 -> "Unprocessable content";
      case 426 -> "Upgrade required";
      case 429 -> "Too many requests";
      case 431 -> "Request headers too large";
      case 503 -> "Service unavailable";
      case 505 -> "HTTP version not supported";
      default -> status >= 500 ? "Server error" : "Client error";
    };
  }

  public static void json(Context ctx, Object body) throws Exception {
    ctx.contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
  }

  /** A resource beside this class, read whole. */
  static byte[] resource(String name) {
    try (InputStream in = HttpApp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
