package org.aorresolver.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;
import org.junit.jupiter.api.Test;

class QueryEchoTest {
  @Test
  void aCoordinateIsEchoedAsLatAndLon() {
    assertThat(QueryEcho.of(new Place.Coordinate(LatLon.of(26.19, -97.69)), When.current()))
        .containsExactly(Map.entry("lat", "26.19"), Map.entry("lon", "-97.69"));
  }

  @Test
  void aCountyNameIsEchoedWithItsState() {
    assertThat(QueryEcho.of(new Place.CountyName("Cameron", "TX"), When.current()))
        .containsExactly(Map.entry("county", "Cameron"), Map.entry("state", "TX"));
  }

  @Test
  void anAddressInPartsEchoesOnlyThePartsGiven() {
    Place.Address parts = new Place.Address(null, null, "Harlingen", "TX", null);

    assertThat(QueryEcho.of(parts, When.current()))
        .containsExactly(Map.entry("city", "Harlingen"), Map.entry("state", "TX"));
  }

  @Test
  void theEditionOrDateFollowsThePlace() {
    assertThat(QueryEcho.of(new Place.Zip("78550"), When.of(Edition.E2020)))
        .containsExactly(Map.entry("zip", "78550"), Map.entry("edition", "2020"));
    assertThat(QueryEcho.of(new Place.StateName("TX"), When.on(LocalDate.of(2021, 3, 1))))
        .containsExactly(Map.entry("state", "TX"), Map.entry("date", "2021-03-01"));
  }

  @Test
  void whereTheGeocoderPutAnAddressComesLast() {
    Place.Address line = new Place.Address("1717 Zoy St, Harlingen, TX", null, null, null, null);

    Map<String, String> echo = QueryEcho.of(line, When.of(Edition.E2021), LatLon.of(26.19, -97.69));

    assertThat(List.copyOf(echo.keySet())).containsExactly("address", "edition", "geocoded");
    assertThat(echo).containsEntry("geocoded", "26.19,-97.69");
  }

  @Test
  void whatParsesFromTheEchoIsWhatWasAsked() {
    Map<String, String> echo =
        QueryEcho.of(new Place.CountyName("48061", null), When.on(LocalDate.of(2019, 5, 1)));

    QueryParser.Request again =
        QueryParser.parse(
            echo.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> List.of(e.getValue()))));

    assertThat(again.place()).isEqualTo(new Place.CountyName("48061", null));
    assertThat(again.when()).isEqualTo(When.on(LocalDate.of(2019, 5, 1)));
  }

  @Test
  void theEchoCannotBeChanged() {
    Map<String, String> echo = QueryEcho.of(new Place.Zip("78550"), When.current());

    assertThatThrownBy(() -> echo.put("zip", "00000"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
