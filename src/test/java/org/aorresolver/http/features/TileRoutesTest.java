package org.aorresolver.http.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.Json;
import org.aorresolver.http.ServiceConfig;
import org.aorresolver.tiles.Gdal;
import org.aorresolver.tiles.TileCoord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tile routes over HTTP, on a server started on a free port. */
class TileRoutesTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String HARLINGEN = "/tiles/aor/8/58/108.mvt";
  private static Javalin app;
  private static String base;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    app =
        HttpApp.create(
                () -> Resolver.build(TestData.shipped()), ServiceConfig.defaults().withPort(0))
            .start();
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  @Tag("slow")
  void aTileIsAVectorTileWithAStrongEtagThatGdalReads() throws Exception {
    HttpResponse<byte[]> r = get(HARLINGEN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
    assertThat(header(r, "ETag")).matches("\"[0-9a-f]+-[0-9a-f]{20}\"");
    assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=86400");
    assertThat(r.body()).isEqualTo(get(HARLINGEN + "?edition=2021").body());
    assertThat(r.body()).isNotEqualTo(get(HARLINGEN + "?edition=2020").body());
    Path file = Gdal.write(dir, TileCoord.of(8, 58, 108), r.body());
    assertThat(Gdal.summary(file, TileCoord.of(8, 58, 108)))
        .contains("Layer name: aor", "Layer name: offices");
  }

  @Test
  void aClientThatAcceptsGzipGetsTheTileGzipCodedWithItsOwnEtag() throws Exception {
    HttpResponse<byte[]> plain = get(HARLINGEN);
    HttpResponse<byte[]> gzipped = get(HARLINGEN, "Accept-Encoding", "gzip, deflate, br");
    assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
    assertThat(header(gzipped, "Vary")).contains("Accept-Encoding");
    assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    assertThat(header(gzipped, "ETag")).isNotEqualTo(header(plain, "ETag"));
    assertThat(header(get(HARLINGEN, "Accept-Encoding", "gzip;q=0"), "Content-Encoding")).isNull();
  }

  @Test
  void aClientWithTheTileAlreadyGetsNotModified() throws Exception {
    String etag = header(get(HARLINGEN), "ETag");
    String gzipEtag = header(get(HARLINGEN, "Accept-Encoding", "gzip"), "ETag");
    for (String ifNoneMatch : List.of(etag, gzipEtag, "W/" + etag, "\"other\", " + etag, "*")) {
      HttpResponse<byte[]> r = get(HARLINGEN, "If-None-Match", ifNoneMatch);
      assertThat(r.statusCode()).as(ifNoneMatch).isEqualTo(304);
      assertThat(r.body()).isEmpty();
      assertThat(header(r, "ETag")).isEqualTo(etag);
    }
    assertThat(get(HARLINGEN, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void aTileWithNothingInItIsNoContent() throws Exception {
    TileCoord ocean = TileCoord.containing(-30, -30, 5);
    HttpResponse<byte[]> r = get("/tiles/aor/" + ocean + ".mvt");
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/tiles/aor/13/0/0.mvt, z", "/tiles/aor/a/0/0.mvt, z", "/tiles/aor/-1/0/0.mvt, z",
    "/tiles/aor/3/8/0.mvt, x", "/tiles/aor/3/-1/0.mvt, x", "/tiles/aor/3/0x1/0.mvt, x",
    "/tiles/aor/3/0/8.mvt, y", "/tiles/aor/3/0/0, y", "/tiles/aor/3/0/0.pbf, y",
    "/tiles/aor/3/0/0.mvt?edition=2019, edition", "/tiles/aor.json?edition=latest, edition"
  })
  void aBadParameterIsAProblemNamingIt(String path, String parameter) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(header(r, "Content-Type")).startsWith("application/problem+json");
    assertThat(parameters(r)).containsExactly(parameter);
  }

  @Test
  void everyBadParameterIsReportedAtOnceWithTheAcceptedForm() throws Exception {
    HttpResponse<byte[]> r = get("/tiles/aor/3/8/9.mvt?edition=1999");
    assertThat(parameters(r)).containsExactlyInAnyOrder("edition", "x", "y");
    JsonNode problem = Json.MAPPER.readTree(r.body());
    assertThat(problem.path("errors").toString())
        .contains("an integer tile column 0..7 at zoom 3", "an edition: 2020 or 2021");
  }

  @Test
  void tileJsonGivesAbsoluteTileUrlsBoundsAndLayers() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(get("/tiles/aor.json").body());
    assertThat(doc.path("tilejson").asText()).isEqualTo("3.0.0");
    String url = doc.path("tiles").get(0).asText();
    assertThat(url).isEqualTo(base + "/tiles/aor/{z}/{x}/{y}.mvt?edition=2021");
    assertThat(doc.path("minzoom").asInt()).isZero();
    assertThat(doc.path("maxzoom").asInt()).isEqualTo(12);
    JsonNode bounds = doc.path("bounds");
    assertThat(bounds).hasSize(4);
    assertThat(bounds.get(1).asDouble()).as("south of Guam").isLessThan(13.3);
    assertThat(bounds.get(3).asDouble()).as("north of Alaska").isGreaterThan(71.3);
    assertThat(doc.path("center")).hasSize(3);
    assertThat(doc.path("attribution").asText()).contains("Census");
    List<String> layers = new ArrayList<>();
    doc.path("vector_layers").forEach(l -> layers.add(l.path("id").asText()));
    assertThat(layers).containsExactly("aor", "labels", "offices");
    assertThat(doc.path("vector_layers").get(2).path("fields").fieldNames())
        .toIterable()
        .containsExactly("kind", "office", "name", "id", "address", "phone");
    String tile = url.replace("{z}/{x}/{y}", "8/58/108").substring(base.length());
    assertThat(get(tile).statusCode()).isEqualTo(200);
  }

  @Test
  void tileJsonCarriesTheEditionAndTheProxysSchemeAndHost() throws Exception {
    JsonNode old = Json.MAPPER.readTree(get("/tiles/aor.json?edition=2020").body());
    assertThat(old.path("tiles").get(0).asText()).endsWith(".mvt?edition=2020");
    JsonNode proxied =
        Json.MAPPER.readTree(
            get(
                    "/tiles/aor.json",
                    "X-Forwarded-Proto",
                    "https",
                    "X-Forwarded-Host",
                    "maps.example.org, internal:8080")
                .body());
    assertThat(proxied.path("tiles").get(0).asText())
        .isEqualTo("https://maps.example.org/tiles/aor/{z}/{x}/{y}.mvt?edition=2021");
    JsonNode forged =
        Json.MAPPER.readTree(
            get(
                    "/tiles/aor.json",
                    "X-Forwarded-Host",
                    "evil.example/x?",
                    "X-Forwarded-Proto",
                    "ftp")
                .body());
    assertThat(forged.path("tiles").get(0).asText()).startsWith(base + "/tiles/aor/");
  }

  @Test
  void theOpenApiDocumentDescribesTheTileRoutes() throws Exception {
    byte[] document = get("/openapi.json").body();
    assertThat(
            new OpenAPIV3Parser()
                .readContents(new String(document, StandardCharsets.UTF_8))
                .getMessages())
        .noneMatch(message -> message.contains("tiles"));
    JsonNode paths = Json.MAPPER.readTree(document).path("paths");
    assertThat(paths.has("/tiles/aor/{z}/{x}/{y}.mvt")).isTrue();
    assertThat(paths.has("/tiles/aor.json")).isTrue();
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  private static List<String> parameters(HttpResponse<byte[]> r) throws Exception {
    List<String> out = new ArrayList<>();
    Json.MAPPER
        .readTree(r.body())
        .path("errors")
        .forEach(e -> out.add(e.path("parameter").asText()));
    return out;
  }

  private static byte[] gunzip(byte[] gzipped) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    }
  }
}
