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
import org.aorresolver.http.problem.Problems;
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
        "/collections/aor-2021/items?datetime=2021-13-01 | datetime",
        "/collections/aor-2021/items?datetime=2021-09-27/2021-01-01 | datetime",
        "/collections/aor-2021/items?office=XYZ | office",
        "/collections/aor-2020/items?edition=2021 | edition",
        "/collections/aor-2021/items?state=TX | state",
        "/collections/counties/items?office2021=SNA&state=TX&state=CA | state",
        "/collections/aor-2021?datetime=yesterday | datetime",
        "/collections/aor-2021/queryables?office=HLG | office",
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
  void declaresQueryablesAsQueryParameters() {
    assertThat(ok("/conformance", "application/json").path("conformsTo"))
        .extracting(JsonNode::asText)
        .contains(
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters");
  }

  /**
   * The AOR collections valid on a day are the editions /v1/resolve answers for that day: in
   * Harlingen, San Antonio's (2020) and Harlingen's (2021) office tell them apart.
   */
  @ParameterizedTest
  @CsvSource({
    "2019-05-01, 2020",
    "2020-10-29, 2020",
    "2020-10-30, 2020|2021",
    "2021-03-01T12:00:00Z, 2020|2021",
    "2021-09-26, 2020|2021",
    "2021-09-27, 2021",
    "2026-01-01, 2021"
  })
  void aDatetimeSelectsTheEditionsResolveAnswersThatDayWith(String datetime, String editions) {
    List<String> matched = new ArrayList<>();
    for (String edition : List.of("2020", "2021")) {
      int n =
          ok("/collections/aor-" + edition + "/items?datetime=" + datetime, "application/geo+json")
              .path("numberMatched")
              .asInt();
      if (n > 0) {
        matched.add(edition);
        assertThat(n).isEqualTo(edition.equals("2020") ? 24 : 25);
      }
    }
    JsonNode answer =
        ok(
            "/v1/resolve?lat=26.19&lon=-97.69&date=" + datetime.substring(0, 10),
            "application/json");
    List<String> resolved = new ArrayList<>();
    if (answer.has("office")) {
      resolved.add(answer.path("edition").asText());
    } else {
      answer.path("candidates").forEach(c -> resolved.add(c.path("edition").asText()));
    }

    assertThat(String.join("|", matched)).isEqualTo(editions);
    assertThat(resolved).containsExactlyInAnyOrderElementsOf(matched);
  }

  @Test
  void aorFeaturesCarryTheDaysTheyAreValidForAndTheCollectionItsTemporalExtent() {
    JsonNode sna = ok("/collections/aor-2020/items/SNA", "application/geo+json").path("properties");
    JsonNode collection = ok("/collections/aor-2021", "application/json");

    assertThat(sna.path("validFrom").isNull()).isTrue();
    assertThat(sna.path("validTo").asText()).isEqualTo("2021-09-26");
    assertThat(collection.path("extent").path("temporal").path("interval").get(0).toString())
        .isEqualTo("[\"2020-10-30T00:00:00Z\",null]");
    assertThat(collection.path("description").asText())
        .contains("transition window 2020-10-30/2021-09-26");
  }

  @ParameterizedTest
  @CsvSource({
    "counties?state=TX, 254",
    "counties?state=TX&office2020=SNA, 54",
    "counties?state=TX&office2021=HLG, 15",
    "aor-2021?office=HLG, 1",
    "aor-2020?edition=2020, 24",
    "offices?state=TX, 5",
    "checkin-offices?office=HLG&datetime=2019-05-01, 0"
  })
  void aQueryableFiltersByEquality(String query, int matched) {
    String[] parts = query.split("\\?");
    JsonNode items =
        ok("/collections/" + parts[0] + "/items?limit=1000&" + parts[1], "application/geo+json");

    assertThat(items.path("numberMatched").asInt()).isEqualTo(matched);
    String[] filter = parts[1].split("&")[0].split("=");
    items
        .path("features")
        .forEach(
            f -> assertThat(f.path("properties").path(filter[0]).asText()).isEqualTo(filter[1]));
  }

  @Test
  void linksToOtherPagesKeepTheSelectionAsGiven() {
    JsonNode page =
        ok("/collections/counties/items?state=TX&datetime=2019-01-01", "application/geo+json");

    assertThat(link(page, "next"))
        .isEqualTo(
            base + "/collections/counties/items?limit=10&offset=10&state=TX&datetime=2019-01-01");
  }

  @Test
  void aCollectionTakesTheSelectionOfItsItemsAndLeavesItAside() {
    JsonNode collection =
        ok("/collections/aor-2021?datetime=2019-05-01&office=HLG", "application/json");

    assertThat(collection.path("id").asText()).isEqualTo("aor-2021");
  }

  @Test
  void theQueryablesNameEachFilterWithItsValuesAndTheGeometryType() {
    HttpResponse<String> r = get("/collections/counties/queryables");
    JsonNode properties = TestServer.json(r).path("properties");

    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/schema+json");
    assertThat(properties.fieldNames())
        .toIterable()
        .containsExactly("geometry", "state", "office2020", "office2021");
    assertThat(properties.path("geometry").path("format").asText())
        .isEqualTo("geometry-multipolygon");
    assertThat(properties.path("state").path("enum")).hasSize(56);
    assertThat(properties.path("office2021").path("enum")).hasSize(25);
  }

  /** What the queryables and the schema say each collection's geometry is, every feature is. */
  @Test
  void everyFeatureHasTheGeometryTypeItsCollectionAdvertises() {
    for (String id :
        List.of("aor-2021", "aor-2020", "offices", "checkin-offices", "counties", "states")) {
      String format =
          ok("/collections/" + id + "/queryables", "application/schema+json")
              .path("properties")
              .path("geometry")
              .path("format")
              .asText();
      JsonNode schema = ok("/collections/" + id + "/schema", "application/schema+json");
      Set<String> served = new HashSet<>();
      String next = "/collections/" + id + "/items?limit=1000";
      while (next != null) {
        JsonNode page = ok(next.replace(base, ""), "application/geo+json");
        page.path("features")
            .forEach(
                f -> {
                  if (!f.path("geometry").isNull()) {
                    served.add(f.path("geometry").path("type").asText());
                  }
                });
        next = link(page, "next");
      }

      assertThat(served).as(id).hasSize(1);
      assertThat(format).as(id).isEqualTo("geometry-" + served.iterator().next().toLowerCase());
      assertThat(schema.path("properties").path("geometry").path("format").asText())
          .isEqualTo(format);
    }
  }

  @Test
  void theSchemaTypesEachPropertyAndAllowsNullWhereAFeatureHasNone() {
    JsonNode schema = ok("/collections/aor-2021/schema", "application/schema+json");
    JsonNode properties = schema.path("properties").path("properties").path("properties");

    assertThat(link(ok("/collections/aor-2021", "application/json"), "describedby"))
        .isEqualTo(base + "/collections/aor-2021/schema");
    assertThat(properties.path("office").path("type").asText()).isEqualTo("string");
    assertThat(properties.path("validTo").path("type").toString())
        .isEqualTo("[\"string\",\"null\"]");
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
