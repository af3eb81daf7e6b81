package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aorresolver.batch.BatchFixture;
import org.aorresolver.http.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/resolve/batch} on files as people export them, with the options of the {@code
 * batch} command as query parameters or form fields.
 */
class BatchColumnsRoutesTest {
  private static final String BROWNSVILLE = "25.9017,-97.4975";
  private final TestServer server = TestServer.shared();

  private HttpResponse<String> post(String query, String type, String body) {
    return server.send(
        HttpRequest.newBuilder(server.uri("/v1/resolve/batch" + query))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private static List<List<String>> csv(HttpResponse<String> r, char delimiter) {
    return BatchFixture.csv(r.body().getBytes(StandardCharsets.UTF_8), delimiter);
  }

  private static String columns(HttpResponse<String> r) {
    return r.headers().firstValue("AOR-Batch-Columns").orElse("");
  }

  @Test
  void readsLngAndSaysWhichColumnsItReadInAHeader() {
    HttpResponse<String> r = post("", "text/csv", "id,Latitude,LNG\n1," + BROWNSVILLE + "\n");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(csv(r, ',').get(1).subList(3, 6)).containsExactly("Match", "", "HLG");
    assertThat(columns(r)).isEqualTo("id=id, lat=Latitude, lon=LNG, date=none; delimiter comma");
  }

  @Test
  void aDateColumnThatIsNotInTheHeaderIs400NamingTheParameter() {
    HttpResponse<String> r =
        post(
            "?date-column=apprehension_date",
            "text/csv",
            "id,lat,lon,date\n1," + BROWNSVILLE + ",2020-05-01\n");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.CONTENT_TYPE);
    JsonNode problem = TestServer.json(r);
    assertThat(problem.path("detail").asText()).contains("its columns are: id, lat, lon, date");
    assertThat(problem.path("errors").get(0).path("parameter").asText()).isEqualTo("date-column");
    assertThat(problem.path("errors").get(0).path("value").asText()).isEqualTo("apprehension_date");
  }

  @Test
  void theOnlyDateLikeColumnGivesA2020RowInHarlingensAreaToSanAntonio() {
    HttpResponse<String> r =
        post(
            "",
            "text/csv",
            "id,lat,lon,apprehension_date\n1," + BROWNSVILLE + ",2020-05-01T14:22:00Z\n");

    assertThat(r.statusCode()).isEqualTo(200);
    List<String> row = csv(r, ',').get(1);
    assertThat(List.of(row.get(4), row.get(6), row.get(12)))
        .containsExactly("Match", "SNA", "2020");
    assertThat(columns(r)).contains("date=apprehension_date (the only date-like column)");
  }

  @Test
  void aFileWhoseDatesReadBothWaysIs400UntilADateFormatIsGiven() {
    String file = "id,lat,lon,date\n1," + BROWNSVILLE + ",03/04/2021\n";

    HttpResponse<String> refused = post("", "text/csv", file);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(refused).path("errors").get(0).path("parameter").asText())
        .isEqualTo("date-format");

    HttpResponse<String> r = post("?date-format=M/d/yyyy", "text/csv", file);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(csv(r, ',').get(1).get(12)).as("4 March 2021: both editions").isEqualTo("2020|2021");
  }

  @Test
  void readsAEuropeanSemicolonFileWithDecimalCommasAndAnswersWithSemicolons() {
    HttpResponse<String> r =
        post(
            "?lon-column=L%C3%A4nge",
            "text/csv; charset=utf-8",
            "id;lat;Länge;Datum\n1;25,9017;-97,4975;01.05.2020\n2;26,19;-97,69;15.01.2022\n");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).startsWith("id;lat;Länge;Datum;status;");
    List<List<String>> rows = csv(r, ';');
    assertThat(List.of(rows.get(1).get(4), rows.get(1).get(6))).containsExactly("Match", "SNA");
    assertThat(List.of(rows.get(2).get(4), rows.get(2).get(6))).containsExactly("Match", "HLG");
    assertThat(columns(r))
        .isEqualTo(
            "id=id, lat=lat, lon=L%C3%A4nge, date=Datum;"
                + " dates day first (D/M/YYYY); delimiter semicolon");
  }

  @Test
  void countyAndStateRowsAnswerAsTheResolveEndpointDoes() throws IOException {
    String[][] places = {
      {"Cameron", "TX"},
      {"Cameron County", "Texas"},
      {"St. Louis", "MO"},
      {"St. Louis city", "MO"},
      {"Kings", "NY"},
      {"48061", ""},
      {"Nowhere", "TX"}
    };
    StringBuilder file = new StringBuilder("county_name,state_code\n");
    for (String[] p : places) {
      file.append('"').append(p[0]).append("\",").append(p[1]).append('\n');
    }

    List<List<String>> rows = csv(post("", "text/csv", file.toString()), ',');

    for (int i = 0; i < places.length; i++) {
      String q = "?county=" + URLEncoder.encode(places[i][0], StandardCharsets.UTF_8);
      q +=
          places[i][1].isEmpty()
              ? ""
              : "&state=" + URLEncoder.encode(places[i][1], StandardCharsets.UTF_8);
      JsonNode api = Json.MAPPER.readTree(server.get("/v1/resolve" + q).body());
      List<String> row = rows.get(i + 1);
      assertThat(row.get(2).toLowerCase(java.util.Locale.ROOT))
          .as(q)
          .isEqualTo(api.path("status").asText());
      assertThat(row.get(3)).as(q).isEqualTo(api.path("reason").asText(""));
      assertThat(row.get(4)).as(q).isEqualTo(api.path("office").path("code").asText(""));
      assertThat(row.get(7)).as(q).isEqualTo(api.path("precision").asText(""));
    }
    assertThat(rows.get(1).get(4)).isEqualTo("HLG");
  }

  @Test
  void takesTheOptionsAsFormFieldsOfAnUpload() {
    String boundary = "----aor-columns-test";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"date-column\"\r\n\r\n"
            + "Booked\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"addressFile\"; filename=\"in.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + "id,lat,lon,Booked\n1,"
            + BROWNSVILLE
            + ",5/13/2020\n\r\n"
            + "--"
            + boundary
            + "--\r\n";

    HttpResponse<String> r = post("", "multipart/form-data; boundary=" + boundary, body);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> row = csv(r, ',').get(1);
    assertThat(List.of(row.get(6), row.get(12))).containsExactly("SNA", "2020");
    assertThat(columns(r)).contains("date=Booked (chosen)");
  }

  @Test
  void readsNdjsonKeysAsCsvColumnsAreRead() throws IOException {
    HttpResponse<String> r =
        post(
            "",
            "application/x-ndjson",
            "{\"id\":1,\"Latitude\":25.9017,\"lng\":-97.4975,\"apprehension_date\":\"5/1/2020\"}\n"
                + "{\"id\":2,\"Latitude\":25.9017,\"lng\":-97.4975,\"apprehension_date\":\"1/15/2022\"}\n"
                + "{\"id\":3,\"zip_code\":\"1001\"}\n");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String[] lines = r.body().split("\n");
    assertThat(Json.MAPPER.readTree(lines[0]).path("office_code").asText()).isEqualTo("SNA");
    assertThat(Json.MAPPER.readTree(lines[1]).path("office_code").asText()).isEqualTo("HLG");
    JsonNode zip = Json.MAPPER.readTree(lines[2]);
    assertThat(zip.path("office_code").asText()).isEqualTo("BOS");
    assertThat(zip.path("message").asText()).contains("ZIP 1001 read as 01001");
    assertThat(columns(r))
        .startsWith("keys id=id, lat=Latitude, lon=lng, date=apprehension_date")
        .contains("dates month first");
  }

  @Test
  void aMappingTooLongForAHeaderIsCut() {
    StringBuilder header = new StringBuilder("zip");
    StringBuilder row = new StringBuilder("78550");
    for (int i = 0; i < 300; i++) {
      header.append(",event_").append(i).append("_date");
      row.append(",");
    }

    HttpResponse<String> r = post("?edition=2020", "text/csv", header + "\n" + row + "\n");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(columns(r)).startsWith("zip=zip, date=none; not read as dates: event_0_date");
    assertThat(columns(r)).hasSize(2003).endsWith("...");
    assertThat(csv(r, ',').get(1).get(303)).isEqualTo("SNA");
  }
}
