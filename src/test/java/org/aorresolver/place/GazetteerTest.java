package org.aorresolver.place;

import static org.aorresolver.place.SmallTexas.BEXAR;
import static org.aorresolver.place.SmallTexas.CAMERON;
import static org.aorresolver.place.SmallTexas.HARRIS;
import static org.aorresolver.place.SmallTexas.HIDALGO;
import static org.aorresolver.place.SmallTexas.TEXAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aorresolver.Geodata;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer SMALL = SmallTexas.gazetteer();

  @Test
  void aStateIsFoundByUspsCodeFipsCodeOrNameInAnyCase() {
    assertThat(SMALL.state("tx")).contains(TEXAS);
    assertThat(SMALL.state("48")).contains(TEXAS);
    assertThat(SMALL.state(" TEXAS ")).contains(TEXAS);
    assertThat(SMALL.state("Texass")).isEmpty();
  }

  @Test
  void territoriesAndTheDistrictAreFoundByTheirCommonNames() {
    Gazetteer shipped = shipped();

    assertThat(shipped.state("U.S. Virgin Islands").map(State::usps)).contains("VI");
    assertThat(shipped.state("Washington, D.C.").map(State::usps)).contains("DC");
    assertThat(shipped.state("CNMI").map(State::usps)).contains("MP");
  }

  @Test
  void aQueryFieldThatNamesNoStateIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> SMALL.stateNamed("state", "Texass"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("state: 'Texass' is not a state or territory");
  }

  @Test
  void militaryMailCodesAreNoStates() {
    assertThatThrownBy(() -> SMALL.stateNamed("state", "AE"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AA, AE and AP are military mail");
  }

  @Test
  void aCountyIsFoundByItsFipsCode() {
    assertThat(SMALL.findCounty(" 48061 ", null).county()).isEqualTo(CAMERON);
  }

  @Test
  void anUnknownFipsCodeIsUnknown() {
    Gazetteer.CountyFound found = SMALL.findCounty("48999", null);

    assertThat(found.county()).isNull();
    assertThat(found.former()).isNull();
    assertThat(found.unknown()).isEqualTo("no county has FIPS code 48999");
  }

  @Test
  void aFormerCountyCodeNamesTheCountyAndItsState() {
    Gazetteer.CountyFound found = shipped().findCounty("09001", null);

    assertThat(found.former().name()).isEqualTo("Fairfield County");
    assertThat(found.former().fate()).contains("planning regions");
    assertThat(found.state().usps()).isEqualTo("CT");
  }

  @Test
  void aFormerCountyOfAStateTheGeodataDoesNotHaveIsUnknown() {
    assertThat(SMALL.findCounty("09001", null).unknown())
        .isEqualTo("no county has FIPS code 09001");
  }

  @Test
  void aCountyIsFoundByNameWithItsStateWhateverItsSuffix() {
    assertThat(SMALL.findCounty("Cameron", "TX").county()).isEqualTo(CAMERON);
    assertThat(SMALL.findCounty("hidalgo county", "Texas").county()).isEqualTo(HIDALGO);
  }

  @Test
  void aNameOfBothACountyAndACityIsTheCountyUnlessTheTextSaysCity() {
    Gazetteer shipped = shipped();

    assertThat(shipped.findCounty("Baltimore", "MD").county().fips()).isEqualTo("24005");
    assertThat(shipped.findCounty("Baltimore city", "MD").county().fips()).isEqualTo("24510");
    assertThat(shipped.findCounty("St. Louis County", "MO").county().fips()).isEqualTo("29189");
  }

  @Test
  void aNameNotInTheStateIsUnknownWithTheState() {
    Gazetteer.CountyFound found = SMALL.findCounty("Travis", "TX");

    assertThat(found.county()).isNull();
    assertThat(found.state()).isEqualTo(TEXAS);
    assertThat(found.unknown()).isEqualTo("no county named 'Travis' in Texas");
  }

  @Test
  void aCountyNameNeedsAStateAndNoDigits() {
    assertThatThrownBy(() -> SMALL.findCounty("Cameron", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("together with state");
    assertThatThrownBy(() -> SMALL.findCounty("Cameron 2", "TX"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("county:");
  }

  @Test
  void zipCodesAreFoundAndTheirPrefixTellsTheirStates() {
    assertThat(SMALL.zip("78596").map(ZipCode::city)).contains("Weslaco");
    assertThat(SMALL.zip("78599")).isEmpty();
    assertThat(SMALL.statesOfPrefix("78599")).containsExactly("TX");
    assertThat(SMALL.statesOfPrefix("10001")).isEmpty();
  }

  @Test
  void citiesAreFoundByTheirUspsNameWithSaintAndFortAsWritten() {
    Gazetteer shipped = shipped();
    State missouri = shipped.state("MO").orElseThrow();
    State texas = shipped.state("TX").orElseThrow();

    assertThat(shipped.city(missouri, "Saint Louis")).isNotEmpty();
    assertThat(shipped.city(missouri, "st. louis"))
        .isEqualTo(shipped.city(missouri, "Saint Louis"));
    assertThat(shipped.city(texas, "Fort Worth")).isEqualTo(shipped.city(texas, "Ft Worth"));
  }

  @Test
  void aCityNameIsLookedUpInEveryState() {
    assertThat(SMALL.statesWithCity("harlingen")).containsExactly("TX");
    assertThat(SMALL.statesWithCity("Paris")).isEmpty();
  }

  @Test
  void populationSharesFollowTheZipCodesPeople() {
    Map<County, Double> shares = SMALL.populationShares(List.of(CAMERON, HIDALGO, BEXAR, HARRIS));

    // Cameron: 60,000 + 20,000 + 40 % of 50,000; Hidalgo: 60 % of 50,000; Bexar: 45,000
    assertThat(shares.get(CAMERON)).isCloseTo(100_000 / 175_000.0, within(1e-12));
    assertThat(shares.get(HIDALGO)).isCloseTo(30_000 / 175_000.0, within(1e-12));
    assertThat(shares.get(HARRIS)).isZero();
    assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void countiesWithoutPeopleShareEqually() {
    assertThat(SMALL.populationShares(List.of(HARRIS, SmallTexas.TULSA)))
        .containsExactly(Map.entry(HARRIS, 0.5), Map.entry(SmallTexas.TULSA, 0.5));
  }

  @Test
  void aPointInACountyLiesInsideItsPolygon() {
    LatLon p = SMALL.pointIn(HIDALGO);

    assertThat(p.lon()).isStrictlyBetween(1.0, 2.0);
    assertThat(p.lat()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void theCountiesOfAStateKeepTheOrderOfTheGeodata() {
    assertThat(SMALL.counties(TEXAS)).containsExactly(CAMERON, HIDALGO, BEXAR, HARRIS);
  }

  private static Gazetteer shipped;

  private static synchronized Gazetteer shipped() {
    if (shipped == null) {
      Geodata data = TestData.shipped();
      shipped = Gazetteer.of(data.counties(), data.countyAreas(), data.zips());
    }
    return shipped;
  }
}
