package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint of the service and every error path, on a server started on a free port. */
class HttpAppTest {
  private static final TestServer server = TestServer.shared();

  @Test
  void resolvesACoordinateWithCountyStateCheckinAndNearestOffices() {
    JsonNode r = ok("/v1/resolve?lat=26.19&lon=-97.69");

    assertThat(r.path("status").asText()).isEqualTo("match");
    assertThat(r.path("office").path("code").asText()).isEqualTo("HLG");
    assertThat(r.path("office").path("phone").asText()).isEqualTo("(956) 389-7884");
    assertThat(r.path("office").path("street").asText()).isEqualTo("1717 Zoy Street");
    assertThat(r.path("location").path("lat").asDouble()).isEqualTo(26.19);
    assertThat(r.path("location").path("lon").asDouble()).isEqualTo(-97.69);
    assertThat(r.path("county").path("name").asText()).isEqualTo("Cameron");
    assertThat(r.path("state").path("usps").asText()).isEqualTo("TX");
    assertThat(r.path("edition").asText()).isEqualTo("2021");
    assertThat(r.path("boundaryDistanceMeters").asDouble()).isGreaterThan(0);
    assertThat(r.path("nearBoundary").asBoolean()).isFalse();
    assertThat(r.path("checkinOffice").path("id").asText()).isEqualTo("harlingen-tx");
    assertThat(r.path("checkinOffice").path("rule").asText()).isEqualTo("named-county");
    assertThat(r.path("nearestOffices").get(0).path("code").asText()).isEqualTo("HLG");
    assertThat(r.path("nearestOffices").get(0).path("phone").asText()).isNotEmpty();
  }

  @Test
  void aPointMetresFromAnOfficeLineIsNearTheBoundaryWithTheOtherOfficeAsCandidate() {
    JsonNode r = ok("/v1/resolve?lat=28.335147&lon=-98.333977");

    assertThat(r.path("office").path("code").asText()).isEqualTo("HOU");
    assertThat(r.path("nearBoundary").asBoolean()).isTrue();
    assertThat(r.path("boundaryDistanceMeters").asDouble()).isLessThan(100);
    assertThat(r.path("candidates").findValuesAsText("code")).containsExactly("HOU", "SNA");
  }

  @Test
  void aZipAnswerSaysWhereItWasWorkedOut() {
    JsonNode r = ok("/v1/resolve?zip=78550");

    assertThat(r.path("location").path("lat").asDouble())
        .isCloseTo(26.2, org.assertj.core.data.Offset.offset(0.1));
    assertThat(r.path("precision").asText()).isEqualTo("zip");
  }

  @Test
  void noOfficeHereIsAnAnswerNotAnError() {
    JsonNode r = ok("/v1/resolve?lat=32.5149&lon=-117.0382");

    assertThat(r.path("status").asText()).isEqualTo("no_match");
    assertThat(r.path("reason").asText()).isEqualTo("outside-us");
    assertThat(r.path("message").asText()).contains("Mexico");
  }

  @Test
  void aCityWithoutAStateThatSeveralStatesHaveNamesThem() {
    JsonNode r = ok("/v1/resolve?address=Brownsville");

    assertThat(r.path("status").asText()).isEqualTo("no_match");
    assertThat(r.path("reason").asText()).isEqualTo("ambiguous-place");
    assertThat(r.path("message").asText())
        .contains("Brownsville is a city in 12 states", "TX", "add the state or the ZIP code");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lat=abc&lon=-97.69|lat",
        "lat=91&lon=-97.69|lat",
        "lat=26.19&lon=181|lon",
        "lat=NaN&lon=-97.69|lat",
        "lat=Infinity&lon=-97.69|lat",
        "lat=1e309&lon=-97.69|lat",
        "lat=0x1p3&lon=-97.69|lat",
        "lat=26%2C19&lon=-97.69|lat",
        "lat=26.19|lon",
        "lon=-97.69|lat",
        "lat=26.19&lat=27&lon=-97.69|lat",
        "lat=26.19&lon=-97.69&zip=78550|lat,lon,zip",
        "lat=26.19&lon=-97.69&edition=2022|edition",
        "lat=26.19&lon=-97.69&date=2021-02-30|date",
        "lat=26.19&lon=-97.69&date=yesterday|date",
        "lat=26.19&lon=-97.69&edition=2021&date=2021-01-01|edition,date",
        "lat=26.19&lon=-97.69&latitude=26|latitude",
        "zip=78|zip",
        "zip=ABCDE|zip",
        "state=XX|state",
        "state=AE|state",
        "county=Cameron|county",
        "county=123|county",
        "county=Cameron&state=ZZ|state",
        "address=|address",
        "edition=2021|place",
        "|place",
      })
  void badQueriesAreProblemsNamingTheParameter(String query, String parameters) {
    HttpResponse<String> response = server.get("/v1/resolve" + (query == null ? "" : "?" + query));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    JsonNode problem = TestServer.json(response);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("type").asText()).isEqualTo(Problems.INVALID_PARAMETER);
    assertThat(problem.path("errors").findValuesAsText("parameter")).contains(parameters);
    assertThat(problem.path("errors").get(0).path("expected").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void everyBadCoordinateIsReportedAtOnce() {
    JsonNode problem = TestServer.json(server.get("/v1/resolve?lat=abc&lon=200"));

    assertThat(problem.path("errors").findValuesAsText("parameter")).containsExactly("lat", "lon");
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    HttpResponse<String> missing = server.get("/v2/nothing");
    HttpResponse<String> post =
        server.send(
            HttpRequest.newBuilder(server.uri("/v1/resolve"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(missing).path("status").asInt()).isEqualTo(404);
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void listsTheOfficesOfEachEdition() {
    JsonNode current = ok("/v1/offices");
    JsonNode earlier = ok("/v1/offices?edition=2020");

    assertThat(current.path("offices")).hasSize(25);
    assertThat(current.path("offices").findValuesAsText("code")).contains("HLG", "SNA");
    JsonNode harlingen2020 =
        earlier.path("offices").findParents("code").stream()
            .filter(o -> o.path("code").asText().equals("HLG"))
            .findFirst()
            .orElseThrow();
    assertThat(harlingen2020.has("aor")).isFalse();
  }

  @Test
  void describesOneOfficeWithItsAorAndCheckinOffices() {
    JsonNode hlg = ok("/v1/offices/hal");
    JsonNode sna2020 = ok("/v1/offices/SNA?edition=2020");

    assertThat(hlg.path("code").asText()).isEqualTo("HLG");
    assertThat(hlg.path("aor").path("countyCount").asInt()).isEqualTo(15);
    assertThat(hlg.path("checkinOffices").findValuesAsText("id")).contains("harlingen-tx");
    assertThat(sna2020.path("aor").path("counties").path("TX")).hasSize(54);
  }

  @Test
  void servesAnOfficesAorAsGeoJson() {
    HttpResponse<String> response = server.get("/v1/offices/HLG?format=geojson");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
    JsonNode feature = TestServer.json(response);
    assertThat(feature.path("type").asText()).isEqualTo("Feature");
    assertThat(feature.path("properties").path("office").asText()).isEqualTo("HLG");
    assertThat(feature.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "/v1/offices/XYZ, 404, code",
    "/v1/offices/HLG?edition=2020&format=geojson, 404, edition",
    "/v1/offices/HLG?format=xml, 400, format",
    "/v1/offices?edition=1999, 400, edition",
    "/v1/checkin-offices?office=XYZ, 400, office",
  })
  void officeErrorsNameTheParameter(String path, int status, String parameter) {
    HttpResponse<String> response = server.get(path);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(response).path("errors").findValuesAsText("parameter"))
        .containsExactly(parameter);
  }

  @Test
  void listsCheckinOfficesAllOrByFieldOffice() {
    assertThat(ok("/v1/checkin-offices").path("checkinOffices")).hasSize(121);
    assertThat(ok("/v1/checkin-offices?office=HLG").path("checkinOffices").findValuesAsText("id"))
        .containsExactly("harlingen-tx");
  }

  @Test
  void infoNamesEditionsDataVersionSourcesAndBuild() {
    JsonNode info = ok("/v1/info");

    assertThat(info.path("editions").findValuesAsText("id")).containsExactly("2020", "2021");
    assertThat(info.path("data").path("version").asText()).hasSize(12);
    assertThat(info.path("data").path("counties").asInt()).isEqualTo(3233);
    assertThat(info.path("data").path("nearBoundaryMeters").asInt()).isPositive();
    assertThat(info.path("sources").findValuesAsText("licence"))
        .contains("CC BY 4.0: ZIP data from simplemaps.com");
    assertThat(info.path("service").path("buildTime").asText()).isNotBlank();
  }

  @Test
  void healthReadyAndMetrics() {
    assertThat(ok("/health").path("status").asText()).isEqualTo("up");
    assertThat(ok("/ready").path("dataVersion").asText()).hasSize(12);
    server.get("/v1/resolve?zip=78550");
    HttpResponse<String> metrics = server.get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/resolve\",status=\"200\",status_class=\"2xx\"}");
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void servesSwaggerUiFromItsWebjar() {
    HttpResponse<String> page = server.get("/docs");
    HttpResponse<String> script = server.get("/docs/init.js");
    HttpResponse<String> bundle = server.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", "/docs/init.js");
    assertThat(script.body()).contains("/openapi.json");
    assertThat(bundle.statusCode()).isEqualTo(200);
  }

  @Test
  void compressesWithGzipWhenAsked() throws IOException {
    HttpResponse<byte[]> response =
        sendBytes(
            HttpRequest.newBuilder(server.uri("/v1/offices"))
                .header("Accept-Encoding", "gzip")
                .build());

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String body =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(body).contains("\"HLG\"");
  }

  @Test
  void corsIsOffByDefaultAndAllowsConfiguredOrigins() {
    HttpRequest fromSite =
        HttpRequest.newBuilder(server.uri("/v1/resolve?zip=78550"))
            .header("Origin", "https://maps.example.org")
            .build();
    assertThat(server.send(fromSite).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

    try (TestServer open =
        TestServer.start(
            ServiceConfig.defaults()
                .withPort(0)
                .withCorsOrigins(List.of("https://maps.example.org")))) {
      HttpRequest request =
          HttpRequest.newBuilder(open.uri("/v1/resolve?zip=78550"))
              .header("Origin", "https://maps.example.org")
              .build();
      assertThat(open.send(request).headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://maps.example.org");
    }
  }

  @Test
  void bindsToLoopbackUnlessConfigured() {
    assertThat(ServiceConfig.defaults().host()).isEqualTo("127.0.0.1");
  }

  private static JsonNode ok(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return server.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
