package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The map page and its files over HTTP; the page itself is driven in {@link MapPageBrowserTest}.
 */
class MapRoutesTest {
  private static final TestServer server = TestServer.shared();

  @ParameterizedTest
  @CsvSource({
    "/map, text/html",
    "/map/map.js, text/javascript",
    "/map/map.css, text/css",
    "/map/palette.json, application/json",
    "/map/vectorgrid.js, text/javascript",
    "/map/vectorgrid-licences.txt, text/plain"
  })
  void thePageAndItsFilesAllowOnlyThisService(String path, String type) {
    HttpResponse<String> r = server.get(path);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue(MapRoutes.CONTENT_SECURITY_POLICY);
    assertThat(MapRoutes.CONTENT_SECURITY_POLICY)
        .startsWith("default-src 'self';")
        .doesNotContain("unsafe", "http:", "https:");
  }

  @Test
  void thePageLoadsOnlyFilesOfThisServiceAndNoInlineScript() {
    String page = server.get("/map").body();
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
    int count = 0;
    while (refs.find()) {
      String ref = refs.group(1);
      if (ref.startsWith("data:")) {
        continue;
      }
      assertThat(ref).startsWith("/");
      assertThat(server.get(ref).statusCode()).as(ref).isEqualTo(200);
      count++;
    }
    assertThat(count).isEqualTo(5);
    assertThat(page).doesNotContain("<script>", "style=", "onclick", "onload");
  }

  @Test
  void aFileTheClientHasIsNotSentAgain() {
    String etag = server.get("/map/map.js").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        server.send(
            HttpRequest.newBuilder(server.uri("/map/map.js"))
                .header("If-None-Match", etag)
                .GET()
                .build());

    assertThat(etag).startsWith("W/\"");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void anUnknownFileIsANotFoundNamingTheAsset() {
    HttpResponse<String> r = server.get("/map/leaflet.js");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(r).path("errors").get(0).path("parameter").asText())
        .isEqualTo("asset");
  }
}
