package org.aorresolver.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;

/** The HTTP app on a free loopback port, with a client for tests. */
final class TestServer implements AutoCloseable {
  /** One server on the default configuration, for every test class that needs nothing else. */
  private static final class Shared {
    static final TestServer SERVER = start();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SERVER::close));
    }
  }

  final Javalin app;
  final HttpClient client = HttpClient.newHttpClient();

  private TestServer(Javalin app) {
    this.app = app;
  }

  /**
   * The server on the default configuration that the test run shares, started when first asked for
   * and stopped when the run ends; tests must not close it nor change its data.
   */
  static TestServer shared() {
    return Shared.SERVER;
  }

  static TestServer start() {
    return start(ServiceConfig.defaults().withPort(0));
  }

  static TestServer start(ServiceConfig config) {
    return start(config, Resolver.build(TestData.shipped()));
  }

  static TestServer start(ServiceConfig config, Resolver resolver) {
    return new TestServer(HttpApp.create(() -> resolver, config).start());
  }

  static TestServer wrap(Javalin started) {
    return new TestServer(started);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
