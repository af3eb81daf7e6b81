package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.Manifest;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OGC API - Features over HTTP, on a server started on a free port. */
class FeatureRoutesTest {
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

  private static final TestServer server = TestServer.shared();
  private static final String base = "http://127.0.0.1:" + server.app.port();

  private static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return server.send(request.build());
  }

  private static JsonNode ok(String path, String contentType) {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(contentType);
    return TestServer.json(r);
  }

  private static String link(JsonNode doc, String rel) {
    for (JsonNode l : doc.path("links")) {
      if (l.path("rel").asText().equals(rel)) {
        assertThat(l.path("type").asText()).as(rel).isNotEmpty();
        assertThat(l.path("title").asText()).as(rel).isNotEmpty();
        return l.path("href").asText();
      }
    }
    return null;
  }

  @Test
  void theLandingPageLinksToEverythingWithAbsoluteUrls() {
    JsonNode landing = ok("/", "application/json");

    assertThat(link(landing, "self")).isEqualTo(base + "/");
    assertThat(link(landing, "conformance")).isEqualTo(base + "/conformance");
    assertThat(link(landing, "data")).isEqualTo(base + "/collections");
    assertThat(link(landing, "service-desc")).isEqualTo(base + "/openapi.json");
    assertThat(link(landing, "service-doc")).isEqualTo(base + "/docs");
    assertThat(link(landing, "alternate")).isEqualTo(base + "/map");
  }

  @Test
  void aBrowserAtTheLandingPageIsSentToTheMap() {
    HttpResponse<String> r = get("/", "Accept", BROWSER);

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/map");
    assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    assertThat(get("/?f=html").statusCode()).isEqualTo(303);
    assertThat(get("/?f=json", "Accept", BROWSER).statusCode()).isEqualTo(200);
    assertThat(get("/", "Accept", "application/json, text/html;q=0.9").statusCode()).isEqualTo(200);
  }

  @Test
  void linksFollowTheProxyInFront() {
    HttpResponse<String> r =
        get(
            "/collections/aor-2021",
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Host",
            "maps.example.org");

    assertThat(link(TestServer.json(r), "items"))
        .isEqualTo("https://maps.example.org/collections/aor-2021/items");
  }

  @Test
  void declaresCoreAndGeoJson() {
    assertThat(ok("/conformance", "application/json").path("conformsTo"))
        .extracting(JsonNode::asText)
        .contains(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
  }

  @Test
  void listsTheCollectionsWithExtentAndAGeoJsonItemsLink() {
    JsonNode collections = ok("/collections", "application/json").path("collections");

    assertThat(collections)
        .extracting(c -> c.path("id").asText())
        .containsExactly(
            "aor-2021", "aor-2020", "offices", "checkin-offices", "counties", "states");
    for (JsonNode c : collections) {
      assertThat(link(c, "items"))
          .isEqualTo(base + "/collections/" + c.path("id").asText() + "/items");
      assertThat(c.path("extent").path("spatial").path("bbox").get(0)).hasSize(4);
      assertThat(c.path("itemType").asText()).isEqualTo("feature");
    }
  }

  @Test
  void itemsAreAGeoJsonFeatureCollectionWithCounts() {
    JsonNode items = ok("/collections/aor-2021/items", "application/geo+json");

    assertThat(items.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(items.path("numberMatched").asInt()).isEqualTo(25);
    assertThat(items.path("numberReturned").asInt()).isEqualTo(10);
    assertThat(items.path("features")).hasSize(10);
    assertThat(link(items, "next"))
        .isEqualTo(base + "/collections/aor-2021/items?limit=10&offset=10");
    assertThat(link(items, "prev")).isNull();
    JsonNode first = items.path("features").get(0);
    assertThat(first.path("properties").path("office").asText())
        .isEqualTo(first.path("id").asText());
    assertThat(first.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
  }

  @Test
  void nextLinksLeadThroughEveryCountyOnce() {
    Set<String> ids = new HashSet<>();
    String next = "/collections/counties/items?limit=1000";
    int pages = 0;
    while (next != null) {
      JsonNode page = ok(next.replace(base, ""), "application/geo+json");
      page.path("features").forEach(f -> assertThat(ids.add(f.path("id").asText())).isTrue());
      next = link(page, "next");
      pages++;
    }
    assertThat(ids).hasSize(TestData.shipped().counties().size());
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void prevLinksLeadBack() {
    JsonNode third = ok("/collections/counties/items?limit=5&offset=10", "application/geo+json");

    assertThat(link(third, "prev"))
        .isEqualTo(base + "/collections/counties/items?limit=5&offset=5");
    assertThat(link(third, "next"))
        .isEqualTo(base + "/collections/counties/items?limit=5&offset=15");
  }

  @ParameterizedTest
  @CsvSource({
    "aor-2021, '-97.8,26.1,-97.6,26.3', HLG",
    "aor-2020, '-97.8,26.1,-97.6,26.3', SNA",
    "aor-2021, '170,50,-170,55', SEA",
    "aor-2021, '144.6,13.2,145,13.7', SFR",
    "states, '-97.8,26.1,-97.6,26.3', TX",
    "offices, '-97.8,26.1,-97.7,26.3', HLG"
  })
  void aBoxKeepsWhatItMeetsAlsoAcrossTheAntimeridian(String set, String bbox, String id) {
    JsonNode items = ok("/collections/" + set + "/items?bbox=" + bbox, "application/geo+json");

    assertThat(items.path("features")).extracting(f -> f.path("id").asText()).containsExactly(id);
    assertThat(link(items, "self")).contains("bbox=" + bbox);
  }

  @Test
  void oneItemIsAFeatureWithLinks() {
    JsonNode hlg = ok("/collections/offices/items/HLG", "application/geo+json");

    assertThat(hlg.path("type").asText()).isEqualTo("Feature");
    assertThat(hlg.path("properties").path("phone").asText()).isEqualTo("(956) 389-7884");
    assertThat(hlg.path("geometry").path("type").asText()).isEqualTo("Point");
    assertThat(link(hlg, "collection")).isEqualTo(base + "/collections/offices");
  }

  @ParameterizedTest
  @CsvSource({
    "/collections/aor-2019, collectionId",
    "/collections/aor-2019/items, collectionId",
    "/collections/aor-2020/items/HLG, featureId"
  })
  void whatNamesNothingIsANotFoundProblemNamingThePathParameter(String path, String parameter) {
    HttpResponse<String> r = get(path);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(r).path("errors").get(0).path("parameter").asText())
        .isEqualTo(parameter);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/collections/aor-2021/items?bbox=1,2,3 | bbox",
        "/collections/aor-2021/items?bbox=0,10,1,5 | bbox",
        "/collections/aor-2021/items?limit=0 | limit",
        "/collections/aor-2021/items?offset=x | offset",
        "/collections/aor-2021/items?f=xml | f",
        "/collections/aor-2021/items?name=HLG | name",
        "/collections?limit=1 | limit",
        "/conformance?f=html | f"
      })
  void aBadParameterIsAProblemNamingIt(String path, String parameter) {
    HttpResponse<String> r = get(path.strip());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(r).path("errors").findValuesAsText("parameter"))
        .containsExactly(parameter.strip());
  }

  @Test
  void theCollectionsFollowTheGeodataInService() {
    Geodata shipped = TestData.shipped();
    Geodata fewer = withFirstAors(shipped, 3);
    AtomicReference<Resolver> current = new AtomicReference<>(Resolver.build(shipped));
    try (TestServer live =
        TestServer.wrap(
            HttpApp.create(current::get, ServiceConfig.defaults().withPort(0)).start())) {
      assertThat(
              TestServer.json(live.get("/collections/aor-2021/items"))
                  .path("numberMatched")
                  .asInt())
          .isEqualTo(25);

      current.set(Resolver.build(fewer));

      assertThat(
              TestServer.json(live.get("/collections/aor-2021/items"))
                  .path("numberMatched")
                  .asInt())
          .isEqualTo(3);
    }
  }

  /** The geodata with only the first {@code n} AORs of 2021, under another version. */
  private static Geodata withFirstAors(Geodata d, int n) {
    Map<Edition, List<Aor>> aors = new EnumMap<>(d.aors());
    aors.put(Edition.E2021, new ArrayList<>(d.aors().get(Edition.E2021).subList(0, n)));
    Manifest m = d.manifest();
    return new Geodata(
        new Manifest(
            "fewer", m.boundarySource(), m.nearBoundaryMeters(), m.snapMeters(), m.files(), false),
        d.counties(),
        d.countyAreas(),
        aors,
        d.offices(),
        d.checkinOffices(),
        d.zips(),
        d.foreignLand());
  }
}
