package org.aorresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aorresolver.http.Json;
import org.aorresolver.query.QueryParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of golden.csv through the resolver (the same file runs through HTTP in
 * GoldenHttpTest).
 */
class GoldenCasesTest {
  private static Resolver resolver;

  @BeforeAll
  static void build() {
    resolver = Resolver.build(TestData.shipped());
  }

  static List<GoldenCase> cases() {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsRecorded(GoldenCase c) {
    QueryParser.Request request = QueryParser.parse(c.parameters());
    Resolution r = resolver.resolve(request.place(), request.when());

    assertThat(r.status().toString()).as("status of %s: %s", c, r).isEqualTo(c.status());
    List<String> candidates =
        r.candidates() == null
            ? List.of()
            : r.candidates().stream().map(x -> x.office().code()).toList();
    assertThat(GoldenCase.offices(r.status().toString(), r.officeCode(), candidates))
        .as("office of %s", c)
        .isEqualTo(c.office());
    if (!c.precision().isEmpty()) {
      assertThat(String.valueOf(r.precision())).as("precision of %s", c).isEqualTo(c.precision());
    }
    assertThat(r.reason() == null ? "" : r.reason()).as("reason of %s", c).isEqualTo(c.reason());
    if (!c.county().isEmpty()) {
      assertThat(r.county()).as("county of %s", c).isNotNull();
      assertThat(r.county().fips()).as("county of %s", c).isEqualTo(c.county());
    }
    c.checkSays(Json.MAPPER.valueToTree(r));
  }
}
