package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the web server refuses before the application sees it, sent over a raw socket as no
 * well-behaved client would: each refusal is a problem+json with its status and a detail.
 */
class ServerRefusalsTest {
  private static final TestServer server = TestServer.shared();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the HTTP/2 preface                 | PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n               | 426 | HTTP/2",
        "HTTP/0.9                           | GET /health HTTP/0.9\\r\\n\\r\\n                     | 505 | HTTP/1.1",
        "HTTP/3.0 in a request line         | GET /health HTTP/3.0\\r\\nHost: x\\r\\n\\r\\n        | 505 | HTTP/1.1",
        "a request line of garbage          | GARBAGE\\r\\n\\r\\n                                  | 400 | not well-formed",
        "a space inside the path            | GET /he alth HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n       | 400 | not well-formed",
        "HTTP/1.1 without Host              | GET /health HTTP/1.1\\r\\n\\r\\n                     | 400 | not well-formed",
        "a URI over the limit               | GET /URI HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n           | 414 | URI",
        "headers over the limit             | GET / HTTP/1.1\\r\\nHost: x\\r\\nX: HEADER\\r\\n\\r\\n | 431 | headers",
        "an unknown method with a bad path  | BREW /pot%zz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n       | 400 | not well-formed",
      })
  void isAProblemWithABody(String what, String request, int status, String detail) {
    String raw =
        request
            .strip()
            .replace("\\r\\n", "\r\n")
            .replace("URI", "/" + "a".repeat(9000))
            .replace("HEADER", "b".repeat(9000));
    RawHttp.Response r =
        RawHttp.send(server.app.port(), raw.getBytes(StandardCharsets.ISO_8859_1), 10_000);

    assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers()).containsEntry("content-type", Problems.CONTENT_TYPE);
    assertThat(r.headers()).containsEntry("x-content-type-options", "nosniff");
    JsonNode problem = json(r.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank().isNotEqualTo("Client error");
    assertThat(problem.path("detail").asText()).contains(detail);
  }

  @ParameterizedTest
  @CsvSource({"GET /health HTTP/1.0, 200", "GET /nowhere HTTP/1.0, 404"})
  void http10IsServed(String line, int status) {
    RawHttp.Response r =
        RawHttp.send(
            server.app.port(), (line + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), 10_000);
    assertThat(r.status()).isEqualTo(status);
  }

  private static JsonNode json(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
