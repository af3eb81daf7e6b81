package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.aorresolver.batch.BatchFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/resolve/batch} on a server started on a free port, with a 50-row limit. */
class BatchRoutesTest {
  private static final String BROWNSVILLE = "25.9017,-97.4975";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(ServiceConfig.defaults().withPort(0).withBatchMaxRows(50));
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
