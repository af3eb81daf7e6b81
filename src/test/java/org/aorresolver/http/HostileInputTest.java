package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import org.aorresolver.http.problem.Problems;

/**
 * Property-based: whatever arrives in a query parameter or a path segment, the answer is a 200, or
 * a 4xx problem+json naming the field; never a 5xx, never a stack trace.
 */
@Tag("slow")
class HostileInputTest {
  private static final TestServer server = TestServer.shared();

  /**
   * The same server with a client of its own, for requests with other methods than GET: the other
   * properties get 414 answers, after which the server closes the connection, and the JDK client
   * sends again on a pooled connection that was closed only GET and HEAD requests.
   */
  private static final TestServer ownClient = TestServer.wrap(server.app);

  /** Values that have broken parsers elsewhere. */
  private static final List<String> NASTY =
      List.of(
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          "1e309",
          "-1e309",
          "1e-400",
          "-0",
          "+0",
          "0x1p3",
          "0x1.8p1",
          "26,19",
          "26.19.5",
          "1_000",
          "1d",
          "2f",
          " 26.19 ",
          "26.19\u0000",
          "\u0000",
          "٢٦٫١٩",
          "２６.１９",
          "𝟐𝟔",
          "-97.69",
          "-97.69&lat=1",
          "%",
          "%zz",
          "%00",
          "..",
          "../../etc/passwd",
          "<script>",
          "' OR 1=1 --",
          "\u202e61",
          "🗺",
          "",
          " ",
          "\t",
          "null",
          "undefined",
          "[]",
          "{}",
          "true",
          "2021-02-30",
          "2021-13-01",
          "9999-12-31",
          "0000-01-01",
          "-2021-01-01",
          "2020",
          "2021",
          "20211",
          "78550",
          "78550-12345",
          "TX",
          "tx",
          "Texas",
          "AA",
          "AE",
          "AP",
          "XX",
          "48061",
          "00000",
          "99999",
          "Cameron",
          "1717 Zoy St, Harlingen, TX 78550");

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(NASTY),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("0123456789.-+eE,").ofMaxLength(25),
        Arbitraries.doubles().map(d -> Double.toString(d)),
        Arbitraries.strings().withChars('9').ofLength(2_000),
        Arbitraries.strings().ascii().ofLength(10_000));
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<String, String>>> queries() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(
                "lat", "lon", "state", "county", "zip", "address", "street", "city", "edition",
                "date"),
            Arbitraries.of("latitude", "x", "LAT", "", "lat[]", "callback", "format"));
    return Combinators.combine(names, values()).as(Tuple::of).list().ofMinSize(0).ofMaxSize(4);
  }

  @Property(tries = 400)
  void anyQueryIsAnAnswerOrAProblemNamingAParameter(
      @ForAll("queries") List<Tuple.Tuple2<String, String>> query) {
    assertAnswerOrProblemNamingAParameter("/v1/resolve?" + queryString(query));
  }

  /** 200, or 400 naming a parameter, or a size limit; never anything unsafe. The answer. */
  private static HttpResponse<String> assertAnswerOrProblemNamingAParameter(String pathAndQuery) {
    HttpResponse<String> response = server.get(pathAndQuery);

    assertSafe(response);
    if (response.statusCode() == 400) {
      JsonNode problem = TestServer.json(response);
      assertThat(problem.path("errors").findValuesAsText("parameter"))
          .as(response.body())
          .isNotEmpty();
    } else if (response.statusCode() != 414 && response.statusCode() != 431) {
      // 414 or 431: the request line is longer than the server accepts (which one depends on how
      // much of it Jetty had read)
      assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(200);
    }
    return response;
  }

  private static String queryString(List<Tuple.Tuple2<String, String>> query) {
    return query.stream()
        .map(
            t ->
                URLEncoder.encode(t.get1(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(t.get2(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Property(tries = 150)
  void anyRawQueryStringIsNeverAServerError(@ForAll("values") String value) {
    // raw bytes as sent, unvalidated escapes included; only the framing characters (space, CR, LF,
    // tab, #) are escaped, since unescaped they end the request target and are not a value at all
    String raw = value.replaceAll("[ \r\n\t#]", "%20");
    RawHttp.Response response =
        RawHttp.send(
            server.app.port(), RawHttp.get("/v1/resolve?lat=" + raw + "&lon=" + raw), 10_000);

    assertThat(response.status()).as(response.body()).isBetween(200, 499);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    if (response.status() >= 400) {
      assertThat(response.headers().get("content-type"))
          .as(response.body())
          .isEqualTo(Problems.CONTENT_TYPE);
    }
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<String, String>>> itemQueries() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of("bbox", "limit", "offset", "f"),
            Arbitraries.of("datetime", "BBOX", "", "limit[]", "office"));
    return Combinators.combine(names, values()).as(Tuple::of).list().ofMinSize(0).ofMaxSize(4);
  }

  @Property(tries = 200)
  void anyItemsQueryIsFeaturesOrAProblemNamingAParameter(
      @ForAll("itemQueries") List<Tuple.Tuple2<String, String>> query) {
    HttpResponse<String> response =
        assertAnswerOrProblemNamingAParameter("/collections/aor-2021/items?" + queryString(query));

    if (response.statusCode() == 200) {
      assertThat(TestServer.json(response).path("type").asText()).isEqualTo("FeatureCollection");
    }
  }

  @Property(tries = 100)
  void anyCollectionOrFeatureIdIsFoundOrANotFoundNamingIt(@ForAll("values") String id) {
    String segment = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    for (String path :
        List.of("/collections/" + segment, "/collections/offices/items/" + segment)) {
      HttpResponse<String> response = server.get(path);

      assertSafe(response);
      // 400: a path Jetty refuses before routing (an encoded NUL or slash)
      assertThat(response.statusCode()).as(path).isIn(200, 400, 404, 414);
    }
  }

  @Property(tries = 150)
  void anyOfficeCodeIsAnOfficeOrANotFoundNamingIt(@ForAll("values") String code) {
    HttpResponse<String> response =
        server.get(
            "/v1/offices/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));

    assertSafe(response);
    if (response.statusCode() == 404
        && response.headers().firstValue("Content-Type").orElse("").equals(Problems.CONTENT_TYPE)) {
      JsonNode problem = TestServer.json(response);
      assertThat(problem.path("status").asInt()).isEqualTo(404);
    }
  }

  @Property(tries = 120)
  void everyMethodOnEveryRouteIsNeverAServerError(
      @ForAll("methods") String method, @ForAll("routes") String path) {
    HttpResponse<String> response =
        ownClient.send(
            HttpRequest.newBuilder(server.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString("x"))
                .build());

    assertSafe(response);
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of(
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND");
  }

  @Provide
  Arbitrary<String> routes() {
    return Arbitraries.of(
        "/v1/resolve?zip=78550",
        "/v1/offices",
        "/v1/offices/HLG",
        "/v1/checkin-offices",
        "/v1/info",
        "/health",
        "/ready",
        "/metrics",
        "/openapi.json",
        "/docs",
        "/docs/init.js",
        "/admin/reload",
        "/",
        "/conformance",
        "/collections",
        "/collections/aor-2021",
        "/collections/counties/items?bbox=-98,26,-97,27",
        "/collections/offices/items/HLG",
        "/map",
        "/map/map.js",
        "/nothing");
  }

  static void assertSafe(HttpResponse<String> response) {
    String body = response.body();
    assertThat(response.statusCode()).as(body).isLessThan(500);
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("org.eclipse.jetty");
    if (response.statusCode() >= 400 && !body.isEmpty()) {
      assertThat(response.headers().firstValue("Content-Type"))
          .as(body)
          .hasValue(Problems.CONTENT_TYPE);
      assertThat(TestServer.json(response).path("status").asInt()).isEqualTo(response.statusCode());
    }
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
