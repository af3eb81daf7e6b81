package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.batch.xlsx.Workbooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/resolve/batch} with workbooks, on a server started on a free port with a 50-row
 * limit and a 4 MiB body limit.
 */
class BatchWorkbookTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<List<Object>> RELEASE =
      List.of(
          List.of("id", "apprehension_date", "state", "county", "lat", "lon"),
          List.of(1, LocalDateTime.of(2020, 5, 1, 10, 15), "TX", "Cameron", 25.9017, -97.4975),
          List.of(2, LocalDateTime.of(2022, 1, 15, 8, 0), "TX", "Cameron", 25.9017, -97.4975),
          List.of(3, LocalDateTime.of(2021, 3, 1, 9, 0), "TX", "Bexar", "#N/A", -98.49));

  private static final String RELEASE_CSV =
      "id,apprehension_date,state,county,lat,lon\n"
          + "1,2020-05-01T10:15:00,TX,Cameron,25.9017,-97.4975\n"
          + "2,2022-01-15T08:00:00,TX,Cameron,25.9017,-97.4975\n"
          + "3,2021-03-01T09:00:00,TX,Bexar,#N/A,-98.49\n";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            ServiceConfig.defaults()
                .withPort(0)
                .withLimits(
                    new ServiceConfig.Limits(8192, 4 << 20, Duration.ofSeconds(30), 50, 4, 0)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> post(String query, String type, String accept, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.uri("/v1/resolve/batch" + query))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> postCsv(String accept) throws Exception {
    return post(
        "?date=2021-01-01", "text/csv", accept, RELEASE_CSV.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode problem(HttpResponse<byte[]> r) throws IOException {
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void aWorkbookIsAnsweredAsAWorkbookHoldingTheCsvAnswersRows() throws Exception {
    HttpResponse<byte[]> r = post("?date=2021-01-01&sheet=1", XLSX, null, Workbooks.of(RELEASE));
    HttpResponse<byte[]> csv = postCsv(null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(XLSX);
    List<List<String>> rows = Workbooks.text(r.body());
    assertThat(rows).isEqualTo(Workbooks.trimmed(BatchFixture.csv(csv.body())));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(3).subList(6, 8)).containsExactly("Error", "invalid-input");
  }

  @Test
  void aWorkbookIsAnsweredAsCsvWhenAcceptPrefersIt() throws Exception {
    HttpResponse<byte[]> r =
        post("?date=2021-01-01", XLSX, "text/csv, */*;q=0.1", Workbooks.of(RELEASE));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(new String(postCsv(null).body(), StandardCharsets.UTF_8));
  }

  @Test
  void aCsvFileIsAnsweredAsAWorkbookWhenAcceptPrefersIt() throws Exception {
    HttpResponse<byte[]> r = postCsv(XLSX);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(XLSX);
    assertThat(Workbooks.text(r.body()))
        .isEqualTo(Workbooks.trimmed(BatchFixture.csv(postCsv(null).body())));
  }

  @Test
  void aWorkbookUploadedAsAFormFileIsReadByItsName() throws Exception {
    String boundary = "----aor-batch-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"addressFile\";"
                + " filename=\"release.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.write(Workbooks.of("Read me", List.of(List.<Object>of("about")), "Arrests", RELEASE));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

    HttpResponse<byte[]> r =
        post(
            "?date=2021-01-01&sheet=Arrests",
            "multipart/form-data; boundary=" + boundary,
            null,
            body.toByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Workbooks.text(r.body())).hasSize(4);
  }

  @Test
  void aZipBombIs413ACorruptWorkbook400AndTooManyRows413() throws Exception {
    Map<String, byte[]> parts = Workbooks.parts(Map.of("S", ""), "", new int[] {0}, List.of());
    parts.put(
        "xl/sharedStrings.xml",
        ("<sst><si><t>" + "a".repeat(32 << 20) + "</t></si></sst>")
            .getBytes(StandardCharsets.UTF_8));
    List<List<Object>> many = new ArrayList<>();
    many.add(List.of("zip"));
    for (int i = 0; i < 60; i++) {
      many.add(List.of(78550));
    }

    HttpResponse<byte[]> bomb = post("", XLSX, null, Workbooks.zip(parts));
    HttpResponse<byte[]> corrupt = post("", XLSX, null, "id,lat\n1,2\n".getBytes());
    HttpResponse<byte[]> rows = post("", XLSX, null, Workbooks.of(many));
    HttpResponse<byte[]> sheet = post("?sheet=Nope", XLSX, null, Workbooks.of(RELEASE));
    HttpResponse<byte[]> asCsv = post("", "text/csv", null, Workbooks.of(RELEASE));

    assertThat(bomb.statusCode()).isEqualTo(413);
    assertThat(problem(bomb).path("detail").asText()).contains("xl/sharedStrings.xml inflates");
    assertThat(corrupt.statusCode()).isEqualTo(400);
    assertThat(problem(corrupt).path("detail").asText()).contains("not an .xlsx workbook");
    assertThat(rows.statusCode()).isEqualTo(413);
    assertThat(problem(rows).path("detail").asText()).contains("at most 50 rows");
    assertThat(sheet.statusCode()).isEqualTo(400);
    assertThat(problem(sheet).path("detail").asText()).contains("no sheet \"Nope\"");
    assertThat(asCsv.statusCode()).isEqualTo(400);
    assertThat(problem(asCsv).path("detail").asText())
        .contains("the file is a zip (an .xlsx workbook?)");
  }
}
