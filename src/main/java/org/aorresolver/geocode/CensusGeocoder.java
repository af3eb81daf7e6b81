package org.aorresolver.geocode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.aorresolver.place.Geocoder;

/**
 * An online geocoder speaking the US Census Geocoder's one-line-address API: {@code GET
 * <url>?address=...&benchmark=Public_AR_Current&format=json}, answered with {@code
 * result.addressMatches[0].coordinates} as {x, y}.
 */
public final class CensusGeocoder implements Geocoder {
  /** The public service's endpoint, for {@code --geocoder-url}. */
  public static final String CENSUS_URL =
      "https://geocoding.geo.census.gov/geocoder/locations/onelineaddress";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI endpoint;
  private final HttpClient client;
  private final Duration timeout;

  public CensusGeocoder(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public Optional<LatLon> locate(String oneLineAddress) throws IOException {
    String query =
        "address="
            + URLEncoder.encode(oneLineAddress, StandardCharsets.UTF_8)
            + "&benchmark=Public_AR_Current&format=json";
    String separator = endpoint.getQuery() == null ? "?" : "&";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint + separator + query))
            .timeout(timeout)
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("geocoder answered HTTP " + response.statusCode());
    }
    JsonNode matches = MAPPER.readTree(response.body()).path("result").path("addressMatches");
    if (!matches.isArray() || matches.isEmpty()) {
      return Optional.empty();
    }
    JsonNode c = matches.get(0).path("coordinates");
    if (!c.path("x").isNumber() || !c.path("y").isNumber()) {
      throw new IOException("geocoder answer has no coordinates");
    }
    try {
      return Optional.of(LatLon.fromXy(c.get("x").doubleValue(), c.get("y").doubleValue()));
    } catch (InvalidInputException e) {
      throw new IOException("geocoder answered an impossible coordinate: " + e.getMessage(), e);
    }
  }
}
