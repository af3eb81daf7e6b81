package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.data.GeodataLoader;
import org.aorresolver.data.LiveResolver;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /admin/reload swaps valid new geodata in atomically and refuses invalid data, which keeps
 * serving.
 */
@Tag("slow")
class AdminReloadTest {
  private static final String TOKEN = "s3cret-token-for-tests";

  @TempDir Path dir;
  private TestServer server;
  private LiveResolver live;

  @BeforeEach
  void start() throws Exception {
    try (Stream<Path> files = Files.walk(TestData.GEODATA)) {
      for (Path f : files.toList()) {
        Path target = dir.resolve(TestData.GEODATA.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    GeodataFiles files = GeodataFiles.directory(dir);
    live = new LiveResolver(files, Resolver.build(GeodataLoader.load(files)), Resolver::build);
    Javalin app =
        HttpApp.create(live, ServiceConfig.defaults().withPort(0).withAdminToken(TOKEN)).start();
    server = TestServer.wrap(app);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> reload(String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/admin/reload"))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return server.send(request.build());
  }

  @Test
  void refusesWithoutTheToken() {
    HttpResponse<String> missing = reload(null);
    HttpResponse<String> wrong = reload("not-the-token");

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain(TOKEN).doesNotContain("not-the-token");
  }

  @Test
  void isDisabledWhenNoTokenIsConfigured() {
    try (TestServer plain = TestServer.start()) {
      HttpResponse<String> r =
          plain.send(
              HttpRequest.newBuilder(plain.uri("/admin/reload"))
                  .header("Authorization", "Bearer x")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    }
  }

  @Test
  void aChangedFileIsServedUnderANewVersionWithNewEntityTags() throws IOException {
    String before = TestServer.json(server.get("/ready")).path("dataVersion").asText();
    String tileTag = server.get("/tiles/aor/4/3/6.mvt").headers().firstValue("ETag").orElseThrow();
    Path offices = dir.resolve("offices.geojson");
    Files.writeString(
        offices,
        Files.readString(offices, StandardCharsets.UTF_8)
            .replace("(281) 774-4816", "(281) 774-4817"),
        StandardCharsets.UTF_8);

    HttpResponse<String> r = reload(TOKEN);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = TestServer.json(r);
    assertThat(body.path("reloaded").asBoolean()).isTrue();
    assertThat(body.path("previousVersion").asText()).isEqualTo(before);
    String after = body.path("dataVersion").asText();
    assertThat(after).hasSize(12).isNotEqualTo(before);
    assertThat(TestServer.json(server.get("/ready")).path("dataVersion").asText()).isEqualTo(after);
    assertThat(TestServer.json(server.get("/v1/info")).path("data").path("version").asText())
        .isEqualTo(after);
    assertThat(TestServer.json(server.get("/v1/offices/HOU")).path("phone").asText())
        .isEqualTo("(281) 774-4817");
    assertThat(server.get("/tiles/aor/4/3/6.mvt").headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).isNotEqualTo(tileTag).contains(after));
  }

  @Test
  void refusesInvalidDataWithTheReportAndKeepsServingTheOld() throws IOException {
    String before = TestServer.json(server.get("/v1/info")).path("data").path("version").asText();
    Files.writeString(
        dir.resolve("sources/split-state-county-counts.csv"),
        "edition,state,office,counties,source\n2021,TX,HLG,99,broken\n");

    HttpResponse<String> r = reload(TOKEN);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(r).path("problems").get(0).asText())
        .contains("county-count", "HLG has 15 counties");
    assertThat(TestServer.json(server.get("/v1/info")).path("data").path("version").asText())
        .isEqualTo(before);
    assertThat(
            TestServer.json(server.get("/v1/resolve?zip=78550"))
                .path("office")
                .path("code")
                .asText())
        .isEqualTo("HLG");
  }
}
