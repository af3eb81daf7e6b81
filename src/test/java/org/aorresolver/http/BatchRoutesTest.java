package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/resolve/batch} on a server started on a free port, with a 50-row limit and a 4
 * MiB body limit.
 */
class BatchRoutesTest {
  private static final String BROWNSVILLE = "25.9017,-97.4975";
  private static final long MAX_BODY = 4 << 20;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            ServiceConfig.defaults()
                .withPort(0)
                .withLimits(
                    new ServiceConfig.Limits(8192, MAX_BODY, Duration.ofSeconds(30), 50, 4, 0)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String query, String type, byte[] body) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/v1/resolve/batch" + query))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static HttpResponse<String> post(String query, String type, String body) {
    return post(query, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> csv(HttpResponse<String> r) {
    return BatchFixture.csv(r.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void answersCsvWithEachRowsDateAcrossTheChange() {
    String body =
        "id,lat,lon,date\n1,"
            + BROWNSVILLE
            + ",2020-10-29\n2,"
            + BROWNSVILLE
            + ",2021-03-01\n3,"
            + BROWNSVILLE
            + ",2021-09-27\n4,"
            + BROWNSVILLE
            + ",\n";

    HttpResponse<String> r = post("?edition=2020", "text/csv; charset=utf-8", body);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<List<String>> rows = csv(r);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1).subList(4, 7)).containsExactly("Match", "", "SNA");
    assertThat(rows.get(2).subList(4, 9))
        .containsExactly("Ambiguous", "transition-window", "", "", "SNA@2020|HLG@2021");
    assertThat(rows.get(3).subList(4, 7)).containsExactly("Match", "", "HLG");
    assertThat(rows.get(4).get(6)).as("?edition=2020 for rows without a date").isEqualTo("SNA");
  }

  @Test
  void answersNdjsonAsNdjson() throws IOException {
    HttpResponse<String> r =
        post(
            "",
            "application/x-ndjson",
            "{\"id\":\"a\",\"lat\":26.19,\"lon\":-97.69}\n{\"zip\":\"76511\"}\n");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    String[] lines = r.body().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = Json.MAPPER.readTree(lines[0]);
    assertThat(first.path("id").asText()).isEqualTo("a");
    assertThat(first.path("office_code").asText()).isEqualTo("HLG");
    assertThat(Json.MAPPER.readTree(lines[1]).path("status").asText()).isEqualTo("Ambiguous");
  }

  @Test
  void takesACensusGeocoderFormUploadInAddressFile() {
    String boundary = "----aor-batch-test";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"benchmark\"\r\n\r\nPublic_AR_Current\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"addressFile\"; filename=\"addresses.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + "1,1717 Zoy St,Harlingen,TX,78550\n2,1 Main St,Denver,CO,80202\n\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> r = post("", "multipart/form-data; boundary=" + boundary, body);

    assertThat(r.statusCode()).isEqualTo(200);
    List<List<String>> rows = csv(r);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).subList(0, 8))
        .containsExactly("1", "1717 Zoy St", "Harlingen", "TX", "78550", "Match", "", "HLG");
    assertThat(rows.get(1).get(7)).isEqualTo("DEN");
  }

  @Test
  void takesAGzipBody() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("zip\n78550\n".getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> r = post("", "text/csv", gz.toByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(csv(r).get(1).subList(0, 4)).containsExactly("78550", "Match", "", "HLG");
  }

  @Test
  void aWholeAnswerEndsWithTrailersCountingItsRows() throws IOException {
    byte[] body =
        ("id,lat,lon\n1," + BROWNSVILLE + "\n2,27.0,-93.0\n3,abc,1\n")
            .getBytes(StandardCharsets.US_ASCII);
    RawHttp.Streamed r =
        RawHttp.exchange(
            server.app.port(),
            "POST /v1/resolve/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                + "Connection: close\r\nContent-Length: "
                + body.length
                + "\r\n\r\n",
            body,
            10_000);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers())
        .containsEntry("transfer-encoding", "chunked")
        .containsEntry("trailer", "AOR-Batch-Rows, AOR-Batch-Summary");
    assertThat(r.complete()).isTrue();
    assertThat(r.trailers())
        .containsEntry("aor-batch-rows", "3")
        .containsEntry("aor-batch-summary", "match=1, ambiguous=0, no_match=1, error=1");
    assertThat(r.text().lines()).hasSize(4);
  }

  @Test
  void aGzipBombIs413BeforeItIsInflatedPastTheBodyLimitAndLeavesNoFile() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("lat,lon\n".getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) { // 64 MiB of one line, in about 64 KB
        out.write(zeros);
      }
    }
    List<String> before = spools();

    HttpResponse<String> r = post("", "text/csv", gz.toByteArray());

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(r).path("maxBytes").asLong()).isEqualTo(MAX_BODY);
    assertThat(TestServer.json(r).path("detail").asText()).contains("once gzip is undone");
    // other processes on the machine may add and remove their own bodies meanwhile: none is new
    assertThat(spools()).isSubsetOf(before);
  }

  /** The batch bodies kept in the temporary folder (other processes may keep files there too). */
  private static List<String> spools() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("aor-batch-") && f.endsWith(".body"))
          .sorted()
          .toList();
    }
  }

  @Test
  void aCorruptGzipBodyIs400() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("zip\n78550\n".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    }
    byte[] corrupt = gz.toByteArray();
    for (int i = 20; i < corrupt.length - 8; i += 7) {
      corrupt[i] ^= 0x5a;
    }

    HttpResponse<String> r = post("", "text/csv", corrupt);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
  }

  @Test
  void anHttp10RequestIsRefusedBecauseACutAnswerWouldLookWhole() {
    RawHttp.Response r =
        RawHttp.send(
            server.app.port(),
            "POST /v1/resolve/batch HTTP/1.0\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 10\r\n\r\nzip\n78550\n"
                .getBytes(StandardCharsets.US_ASCII),
            10_000);

    assertThat(r.status()).isEqualTo(505);
    assertThat(r.headers().get("content-type")).isEqualTo(Problems.CONTENT_TYPE);
  }

  @Test
  void refusesMoreRowsThanTheLimitWith413() {
    StringBuilder body = new StringBuilder("lat,lon\n");
    for (int i = 0; i < 51; i++) {
      body.append("29.42,-98.49\n");
    }

    HttpResponse<String> r = post("", "text/csv", body.toString());

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(r).path("maxRows").asLong()).isEqualTo(50);
    assertThat(post("", "text/csv", body.substring(0, body.length() - 13)).statusCode())
        .as("50 rows and a header")
        .isEqualTo(200);
    assertThat(post("", "text/csv", body.toString().replace("\n", "\r")).statusCode())
        .as("lines ended by CR alone count as lines")
        .isEqualTo(413);
    assertThat(post("", "text/csv", body.toString().replace("\n", "\r\n")).statusCode())
        .as("CRLF is one line end")
        .isEqualTo(413);
    assertThat(
            post("", "text/csv", body.substring(0, body.length() - 13).replace("\n", "\r\n"))
                .statusCode())
        .as("50 CRLF rows and a header")
        .isEqualTo(200);
  }

  @Test
  void refusesOtherContentTypesWith415() {
    HttpResponse<String> r = post("", "application/json", "[{\"lat\":1}]");

    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.CONTENT_TYPE);
  }

  @Test
  void refusesBadDefaultsAndUnreadableFilesWith400() {
    HttpResponse<String> edition = post("?edition=2019", "text/csv", "lat,lon\n1,2\n");
    assertThat(edition.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(edition).path("errors").get(0).path("parameter").asText())
        .isEqualTo("edition");

    HttpResponse<String> header = post("", "text/csv", "a,b\n1,2\n");
    assertThat(header.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(header).path("detail").asText()).contains("no place column");

    HttpResponse<String> twice = post("", "text/csv", "id,lat,Latitude,lon\n1,2,3,4\n");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.headers().firstValue("Content-Type").orElse(""))
        .startsWith(Problems.CONTENT_TYPE);
    assertThat(TestServer.json(twice).path("detail").asText())
        .isEqualTo(
            "the header names the same field twice: column 2 \"lat\" and column 3 \"Latitude\";"
                + " keep one, or rename the other");
  }
}
