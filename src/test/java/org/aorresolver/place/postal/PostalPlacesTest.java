package org.aorresolver.place.postal;

import static org.aorresolver.place.SmallTexas.CAMERON;
import static org.aorresolver.place.SmallTexas.HIDALGO;
import static org.aorresolver.place.SmallTexas.TEXAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.aorresolver.Precision;
import org.aorresolver.place.County;
import org.aorresolver.place.Gazetteer;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.SmallTexas;
import org.aorresolver.place.State;
import org.aorresolver.place.ZipCode;
import org.aorresolver.place.postal.PostalPlaces.Counties;
import org.aorresolver.place.postal.PostalPlaces.Nowhere;
import org.aorresolver.place.postal.PostalPlaces.Point;
import org.aorresolver.place.postal.PostalPlaces.Reading;
import org.aorresolver.place.postal.PostalPlaces.WholeState;
import org.aorresolver.query.Place;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class PostalPlacesTest {
  private static final PostalPlaces OFFLINE = PostalPlaces.of(SmallTexas.gazetteer());

  // ---- ZIP codes

  @Test
  void aZipInOneCountyIsThatCountyAtTheZipsPoint() {
    Counties c = (Counties) OFFLINE.zip("78550");

    assertThat(c.shares()).containsExactly(Map.entry(CAMERON, 1.0));
    assertThat(c.at()).isEqualTo(LatLon.of(0.5, 0.5));
    assertThat(c.state()).isEqualTo(TEXAS);
    assertThat(c.precision()).isEqualTo(Precision.ZIP);
  }

  @Test
  void aZipAcrossCountiesIsEachCountyWithItsShareOfThePeople() {
    Counties c = (Counties) OFFLINE.zip("78596");

    assertThat(c.shares()).containsExactly(Map.entry(HIDALGO, 0.6), Map.entry(CAMERON, 0.4));
  }

  @Test
  void aZipWithoutCountySharesIsItsPointAtZipPrecision() {
    assertThat(OFFLINE.zip("74103")).isEqualTo(new Point(LatLon.of(3.5, 2.5), Precision.ZIP));
  }

  @Test
  void aMilitaryZipIsInNoAor() {
    Nowhere n = (Nowhere) OFFLINE.zip("09012");

    assertThat(n.reason()).isEqualTo("military-zip");
    assertThat(n.precision()).isEqualTo(Precision.ZIP);
    assertThat(n.message()).contains("APO/FPO/DPO");
  }

  @Test
  void anUnknownZipNamesTheStatesUsingItsPrefix() {
    Nowhere n = (Nowhere) OFFLINE.zip("78599");

    assertThat(n.reason()).isEqualTo("unknown-zip");
    assertThat(n.message()).contains("not a ZIP Code Tabulation Area", "prefix 785 is used in TX");
  }

  // ---- cities

  @Test
  void aCityIsItsZipCodesCountiesWeightedByPeopleAtTheirPopulationCentre() {
    Counties c = (Counties) OFFLINE.city(TEXAS, "Harlingen");

    assertThat(c.shares()).containsExactly(Map.entry(CAMERON, 1.0));
    assertThat(c.at().lat()).isCloseTo(0.4375, within());
    assertThat(c.precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void aZipCodeWithoutPeopleStillCountsForItsCity() {
    Counties c = (Counties) OFFLINE.city(TEXAS, "Houston");

    assertThat(c.shares()).containsOnlyKeys(SmallTexas.HARRIS);
    assertThat(c.at()).isEqualTo(LatLon.of(1.5, 1.5));
  }

  // ---- addresses, offline

  @Test
  void anAddressWithAKnownZipIsThatZip() {
    Reading r = OFFLINE.address(line("1717 Zoy St, Harlingen, TX 78596"));

    assertThat(r.parsed()).isEqualTo(new ParsedAddress("1717 Zoy St", "Harlingen", "TX", "78596"));
    assertThat(r.found()).isEqualTo(OFFLINE.zip("78596"));
    assertThat(r.notes()).isEmpty();
    assertThat(r.geocoded()).isNull();
  }

  @Test
  void aZipInAnotherStateThanTheAddressSaysIsUsedAndNoted() {
    Reading r = OFFLINE.address(new Place.Address(null, null, null, "OK", "78550"));

    assertThat(r.found()).isEqualTo(OFFLINE.zip("78550"));
    assertThat(r.notes()).containsExactly("ZIP 78550 is in TX, not OK; the ZIP code was used");
  }

  @Test
  void anAddressWithoutZipIsItsCityInItsState() {
    Reading r = OFFLINE.address(line("Weslaco, Texas"));

    assertThat(r.found()).isEqualTo(OFFLINE.city(TEXAS, "Weslaco"));
  }

  @Test
  void anAddressWithAnUnknownCityIsItsWholeStateNoted() {
    Reading r = OFFLINE.address(line("Nowhere, TX 78599"));

    assertThat(r.found()).isEqualTo(new WholeState(TEXAS));
    assertThat(r.notes()).containsExactly("resolved by state only: ZIP 78599 is unknown");
  }

  @Test
  void aCityWithoutStateThatOneStateHasIsAnsweredForItSayingItWasAssumed() {
    Reading r = OFFLINE.address(line("Harlingen"));

    assertThat(r.found())
        .asInstanceOf(type(Counties.class))
        .satisfies(c -> assertThat(c.shares()).containsOnlyKeys(CAMERON))
        .satisfies(c -> assertThat(c.precision()).isEqualTo(Precision.CITY));
    assertThat(r.notes())
        .containsExactly("assumed Texas: no state given, and only it has a city named Harlingen");
  }

  @Test
  void aCityWithoutStateThatSeveralStatesHaveNamesThemAndPicksNone() {
    List<ZipCode> zips = new ArrayList<>(SmallTexas.ZIPS);
    zips.add(new ZipCode("74104", LatLon.of(3.6, 2.6), "OK", "Harlingen", 10, List.of()));
    PostalPlaces postal =
        PostalPlaces.of(Gazetteer.of(SmallTexas.COUNTIES, SmallTexas.AREAS, zips));

    Reading r = postal.address(line("harlingen"));

    assertThat(r.found())
        .asInstanceOf(type(Nowhere.class))
        .satisfies(n -> assertThat(n.reason()).isEqualTo("ambiguous-place"))
        .satisfies(n -> assertThat(n.message()).contains("city in 2 states (OK, TX)"));
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void aCountyNamedWithItsStateIsThatCounty() {
    for (String text : List.of("Cameron County, TX", "Cameron Co., Texas", "cameron county tx")) {
      Reading r = OFFLINE.address(line(text));

      assertThat(r.found())
          .as(text)
          .asInstanceOf(type(Counties.class))
          .satisfies(c -> assertThat(c.shares()).containsExactly(Map.entry(CAMERON, 1.0)))
          .satisfies(c -> assertThat(c.precision()).isEqualTo(Precision.COUNTY));
    }
  }

  @Test
  void aStreetInACountyWithoutZipIsThatCounty() {
    assertThat(OFFLINE.address(line("12 Main St, Cameron County, TX")).found())
        .asInstanceOf(type(Counties.class))
        .extracting(Counties::precision)
        .isEqualTo(Precision.COUNTY);
  }

  @Test
  void aCountyWordBeforeAStateWithoutSuchCountyIsTheWholeState() {
    assertThat(OFFLINE.address(line("Nowhere County, TX")).found())
        .isEqualTo(new WholeState(TEXAS));
  }

  @Test
  void aZipCodeThatLostItsLeadingZerosIsPaddedAndNoted() {
    Reading line = OFFLINE.address(line("8550"));
    Reading zip = OFFLINE.zipText("zip", "8550");

    assertThat(line.parsed().zip()).isEqualTo("08550");
    assertThat(line.notes())
        .containsExactly(
            "ZIP 8550 read as 08550: ZIP codes have 5 digits, and leading zeros are often lost in"
                + " spreadsheets");
    assertThat(zip.notes()).isEqualTo(line.notes());
    assertThat(zip.found())
        .asInstanceOf(type(Nowhere.class))
        .extracting(Nowhere::reason)
        .isEqualTo("unknown-zip");
    assertThat(OFFLINE.zipText("zip", "78550").notes()).isEmpty();
    assertThatThrownBy(() -> OFFLINE.zipText("zip", "12"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shortDigitsEndingAnAddressAfterItsStateArePaddedAsItsZip() {
    Reading r = OFFLINE.address(line("Harlingen, TX 8550"));
    Reading street = OFFLINE.address(line("Apt 1001"));

    assertThat(r.parsed()).isEqualTo(new ParsedAddress(null, "Harlingen", "TX", "08550"));
    assertThat(r.notes()).first().asString().startsWith("ZIP 8550 read as 08550");
    assertThat(r.found())
        .asInstanceOf(type(Counties.class))
        .extracting(Counties::precision)
        .isEqualTo(Precision.CITY);
    assertThat(street.parsed().zip()).isNull();
    assertThat(street.notes()).isEmpty();
  }

  @Test
  void anIndependentCityIsItsCountyEquivalentButACityCalledCityIsACity() {
    State missouri = new State("MO", "29", "Missouri");
    County city = new County(5, "29510", "St. Louis city", missouri, "CHI", "CHI");
    County county = new County(6, "29189", "St. Louis", missouri, "CHI", "CHI");
    List<Geometry> areas = new ArrayList<>(SmallTexas.AREAS);
    areas.add(SmallTexas.square(5, 5));
    areas.add(SmallTexas.square(6, 6));
    List<County> counties = new ArrayList<>(SmallTexas.COUNTIES);
    counties.add(city);
    counties.add(county);
    PostalPlaces postal = PostalPlaces.of(Gazetteer.of(counties, areas, SmallTexas.ZIPS));

    assertThat(postal.address(line("St. Louis city, MO")).found())
        .asInstanceOf(type(Counties.class))
        .satisfies(c -> assertThat(c.shares()).containsOnlyKeys(city));
    assertThat(postal.address(line("St. Louis County, MO")).found())
        .asInstanceOf(type(Counties.class))
        .satisfies(c -> assertThat(c.shares()).containsOnlyKeys(county));
    assertThat(postal.address(line("Carson City, MO")).found()).isInstanceOf(WholeState.class);
  }

  @Test
  void addressPartsAreCheckedNamingTheField() {
    assertThatThrownBy(() -> OFFLINE.address(new Place.Address(null, null, "X", "ZZ", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("state:");
    assertThatThrownBy(() -> OFFLINE.address(new Place.Address(null, null, "X", null, "785")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("zip:");
  }

  // ---- addresses, online

  @Test
  void aGeocodedAddressIsItsPointAtStreetPrecision() {
    PostalPlaces online = OFFLINE.withGeocoder(address -> Optional.of(LatLon.of(0.9, 0.1)));

    Reading r = online.address(line("1 Elm St, Harlingen, TX 78550"));

    assertThat(r.found()).isEqualTo(new Point(LatLon.of(0.9, 0.1), Precision.STREET));
    assertThat(r.geocoded()).isEqualTo(LatLon.of(0.9, 0.1));
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void anAddressTheGeocoderDoesNotFindIsReadOfflineWithoutNote() {
    PostalPlaces online = OFFLINE.withGeocoder(address -> Optional.empty());

    Reading r = online.address(line("1 Elm St, Harlingen, TX 78550"));

    assertThat(r.found()).isEqualTo(OFFLINE.zip("78550"));
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void aFailingGeocoderIsNotedAfterTheAddressNote() {
    PostalPlaces online =
        OFFLINE.withGeocoder(
            address -> {
              throw new IOException("HTTP 503");
            });

    Reading r = online.address(new Place.Address(null, "1 Elm St", null, "OK", "78550"));

    assertThat(r.found()).isEqualTo(OFFLINE.zip("78550"));
    assertThat(r.notes())
        .containsExactly(
            "ZIP 78550 is in TX, not OK; the ZIP code was used",
            "online geocoder unavailable (HTTP 503); resolved offline");
  }

  @Test
  void theGeocoderIsAskedTheAddressPartsAsOneLine() {
    List<String> asked = new ArrayList<>();
    PostalPlaces online =
        OFFLINE.withGeocoder(
            address -> {
              asked.add(address);
              return Optional.empty();
            });

    online.address(new Place.Address(null, " 1 Elm St ", "Harlingen", "tx", "78550-1234"));

    assertThat(asked).containsExactly("1 Elm St, Harlingen, TX, 78550");
  }

  @Test
  void anAddressWithoutStreetIsNotGeocoded() {
    PostalPlaces online =
        OFFLINE.withGeocoder(
            address -> {
              throw new AssertionError("asked " + address);
            });

    assertThat(online.address(new Place.Address(null, null, "Weslaco", "TX", null)).found())
        .isEqualTo(OFFLINE.city(TEXAS, "Weslaco"));
  }

  @Test
  void withoutGeocoderPostalPlacesAreOffline() {
    assertThat(OFFLINE.online()).isFalse();
    assertThat(OFFLINE.withGeocoder(a -> Optional.empty()).online()).isTrue();
  }

  private static Place.Address line(String text) {
    return new Place.Address(text, null, null, null, null);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
