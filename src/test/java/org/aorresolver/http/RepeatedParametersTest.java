package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A parameter given twice is refused alike on every route, naming it and the values given. */
class RepeatedParametersTest {
  private static final TestServer server = TestServer.shared();

  @ParameterizedTest
  @CsvSource({
    "/v1/resolve?zip=78550&edition=2020&edition=2021, edition, '2020,2021'",
    "/v1/offices?edition=2020&edition=2021, edition, '2020,2021'",
    "/v1/offices/HOU?format=geojson&format=json, format, 'geojson,json'",
    "/v1/checkin-offices?office=SEA&office=HOU, office, 'SEA,HOU'",
    "/tiles/aor/4/3/6.mvt?edition=2020&edition=2021, edition, '2020,2021'",
    "/tiles/aor.json?edition=2021&edition=2021, edition, '2021,2021'",
    "/collections/aor-2021/items?limit=1&limit=2, limit, '1,2'",
    "/collections?f=json&f=json, f, 'json,json'",
    "/v1/info?x=1&x=2, x, '1,2'",
  })
  void isRefusedOnEveryGetRoute(String target, String parameter, String values) {
    assertRefused(server.get(target), parameter, values);
  }

  @ParameterizedTest
  @CsvSource({
    "edition=2020&edition=2021, edition, '2020,2021'",
    "date=2019-01-01&date=2022-01-01, date, '2019-01-01,2022-01-01'"
  })
  void isRefusedOnTheBatchRouteBeforeTheBodyIsRead(String query, String parameter, String values) {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(server.uri("/v1/resolve/batch?" + query))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("lat,lon\n29.42,-98.49\n"))
                .build());
    assertRefused(r, parameter, values);
  }

  private static void assertRefused(HttpResponse<String> r, String parameter, String values) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    JsonNode error = TestServer.json(r).path("errors").get(0);
    assertThat(error.path("parameter").asText()).isEqualTo(parameter);
    assertThat(error.path("value").asText()).isEqualTo(values);
    assertThat(error.path("expected").asText()).isEqualTo("given once (it was repeated)");
  }
}
