package org.aorresolver.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.Precision;
import org.aorresolver.Resolution;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Street-level addresses through a geocoder speaking the Census API, served locally from recorded
 * answers.
 */
class CensusGeocoderTest {
  private HttpServer server;
  private final List<String> queries = new ArrayList<>();
  private int status = 200;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/geocoder/locations/onelineaddress",
        exchange -> {
          String query =
              URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
          queries.add(query);
          String file =
              query.contains("4600 Silver Hill") ? "4600-silver-hill-rd.json" : "no-match.json";
          byte[] body;
          try (InputStream in = getClass().getResourceAsStream("/census-geocoder/" + file)) {
            body = in.readAllBytes();
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Resolver resolver() {
    URI endpoint =
        URI.create(
            "http://127.0.0.1:"
                + server.getAddress().getPort()
                + "/geocoder/locations/onelineaddress");
    return Resolver.build(TestData.shipped())
        .withGeocoder(new CensusGeocoder(endpoint, Duration.ofSeconds(5)));
  }

  private static Place address(String line) {
    return new Place.Address(line, null, null, null, null);
  }

  @Test
  void aGeocodedAddressResolvesAtStreetPrecisionWhereItReallyIs() {
    Resolution r =
        resolver().resolve(address("4600 Silver Hill Rd, Washington, DC 20233"), When.current());

    assertThat(r.precision()).isEqualTo(Precision.STREET);
    assertThat(r.officeCode()).as("the building is in Suitland, Maryland").isEqualTo("BAL");
    assertThat(r.county().fips()).isEqualTo("24033");
    assertThat(queries)
        .singleElement()
        .satisfies(
            q ->
                assertThat(q)
                    .contains(
                        "address=4600 Silver Hill Rd, Washington, DC 20233",
                        "benchmark=Public_AR_Current",
                        "format=json"));
  }

  @Test
  void offlineTheSameAddressIsOnlyKnownByItsCityAndState() {
    Resolution r =
        Resolver.build(TestData.shipped())
            .resolve(address("4600 Silver Hill Rd, Washington, DC 20233"), When.current());

    assertThat(r.precision()).isEqualTo(Precision.CITY);
    assertThat(r.officeCode()).isEqualTo("WAS");
  }

  @Test
  void anAddressTheGeocoderCannotMatchFallsBackToItsZip() {
    Resolution r =
        resolver().resolve(address("99999 Nowhere Blvd, Harlingen, TX 78550"), When.current());

    assertThat(r.precision()).isEqualTo(Precision.ZIP);
    assertThat(r.officeCode()).isEqualTo("HLG");
  }

  @Test
  void aFailingGeocoderIsReportedAndTheAnswerComesOffline() {
    status = 503;

    Resolution r =
        resolver().resolve(address("4600 Silver Hill Rd, Washington, DC 20233"), When.current());

    assertThat(r.precision()).isEqualTo(Precision.CITY);
    assertThat(r.message()).contains("HTTP 503").containsOnlyOnce("online geocoder unavailable");
  }
}
