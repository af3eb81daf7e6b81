package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.GoldenCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of golden.csv through GET /v1/resolve on a running server. */
class GoldenHttpTest {
  private static final TestServer server = TestServer.shared();

  static List<GoldenCase> cases() {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsRecorded(GoldenCase c) {
    HttpResponse<String> response = server.get("/v1/resolve?" + c.query());

    assertThat(response.statusCode()).as("%s: %s", c, response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode r = TestServer.json(response);
    assertThat(r.path("status").asText()).as("status of %s: %s", c, r).isEqualTo(c.status());
    List<String> candidates = new ArrayList<>();
    r.path("candidates").forEach(x -> candidates.add(x.path("office").path("code").asText()));
    String office =
        r.path("office").isMissingNode() ? null : r.path("office").path("code").asText();
    assertThat(GoldenCase.offices(c.status(), office, candidates))
        .as("office of %s", c)
        .isEqualTo(c.office());
    if (!c.precision().isEmpty()) {
      assertThat(r.path("precision").asText()).as("precision of %s", c).isEqualTo(c.precision());
    }
    assertThat(r.path("reason").asText("")).as("reason of %s", c).isEqualTo(c.reason());
    if (!c.county().isEmpty()) {
      assertThat(r.path("county").path("fips").asText())
          .as("county of %s", c)
          .isEqualTo(c.county());
    }
    c.checkSays(r);
  }
}
