package org.aorresolver.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.Status;
import org.aorresolver.place.County;
import org.aorresolver.place.State;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final Contact SNA =
      new Contact(
          "SNA",
          "San Antonio Field Office",
          "1777 NE Loop 410",
          "San Antonio",
          "TX",
          "78217",
          "(210) 283-4750");
  private static final Contact HLG =
      new Contact(
          "HLG",
          "Harlingen Field Office",
          "1717 Zoy Street",
          "Harlingen",
          "TX",
          "78552",
          "(956) 389-7884");
  private static final Contact HOU =
      new Contact("HOU", "Houston Field Office", null, null, "TX", null, null);

  private static final State TEXAS = new State("TX", "48", "Texas");
  private static final County CAMERON = new County(0, "48061", "Cameron", TEXAS, "SNA", "HLG");
  private static final County HIDALGO = new County(1, "48215", "Hidalgo", TEXAS, "SNA", "HLG");
  private static final County BEXAR = new County(2, "48029", "Bexar", TEXAS, "SNA", "SNA");
  private static final County HARRIS = new County(3, "48201", "Harris", TEXAS, "HOU", "HOU");
  private static final Map<String, Contact> DIRECTORY = Map.of("SNA", SNA, "HLG", HLG, "HOU", HOU);

  @Test
  void oneOfficeInTheEditionAskedForIsAMatchWithItsFullContact() {
    Decision d = Decision.of(Editions.E2021, e -> shares(e, CAMERON), "spans-offices", null);

    assertThat(d.status()).isEqualTo(Status.MATCH);
    assertThat(d.office()).isEqualTo(HLG);
    assertThat(d.edition()).isEqualTo("2021");
    assertThat(d.reason()).isNull();
    assertThat(d.candidates()).isEmpty();
    assertThat(d.message()).isNull();
  }

  @Test
  void theSameOfficeInBothEditionsOfTheTransitionWindowIsAMatchForBoth() {
    Decision d = Decision.of(Editions.BOTH, e -> shares(e, BEXAR), "spans-offices", null);

    assertThat(d.status()).isEqualTo(Status.MATCH);
    assertThat(d.office()).isEqualTo(SNA);
    assertThat(d.edition()).isEqualTo("2020|2021");
  }

  @Test
  void editionsThatDisagreeInTheTransitionWindowAreAmbiguousWithEachEditionsOfficeUnweighted() {
    Decision d = Decision.of(Editions.BOTH, e -> shares(e, CAMERON), "spans-offices", null);

    assertThat(d.status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(d.reason()).isEqualTo("transition-window");
    assertThat(d.edition()).isEqualTo("2020|2021");
    assertThat(d.office()).isNull();
    assertThat(d.candidates())
        .containsExactly(
            new Candidate(SNA.named(), null, "2020", "edition-2020", null),
            new Candidate(HLG.named(), null, "2021", "edition-2021", null));
    assertThat(d.message()).contains("2020-10-29", "2021-09-27", "Harlingen");
  }

  @Test
  void aPlaceOfSeveralCountiesInTheTransitionWindowIsWeightedWithinEachEdition() {
    Decision d =
        Decision.of(
            Editions.BOTH,
            e -> shares(e, Map.of(CAMERON, 0.7, HARRIS, 0.3)),
            "spans-offices",
            null);

    assertThat(d.reason()).isEqualTo("transition-window");
    assertThat(d.candidates())
        .containsExactly(
            new Candidate(SNA.named(), 0.7, "2020", "edition-2020", List.of("48061")),
            new Candidate(HOU.named(), 0.3, "2020", "edition-2020", List.of("48201")),
            new Candidate(HLG.named(), 0.7, "2021", "edition-2021", List.of("48061")),
            new Candidate(HOU.named(), 0.3, "2021", "edition-2021", List.of("48201")));
  }

  @Test
  void severalOfficesInEveryEditionAreAmbiguousForTheSpanReasonWeightedByShare() {
    Decision d =
        Decision.of(
            Editions.E2021,
            e -> shares(e, Map.of(CAMERON, 0.25, HIDALGO, 0.35, HARRIS, 0.4)),
            "split-state",
            "Texas is split");

    assertThat(d.status()).isEqualTo(Status.AMBIGUOUS);
    assertThat(d.reason()).isEqualTo("split-state");
    assertThat(d.message()).isEqualTo("Texas is split");
    assertThat(d.candidates())
        .containsExactly(
            new Candidate(HLG.named(), 0.6, "2021", "population-share", List.of("48061", "48215")),
            new Candidate(HOU.named(), 0.4, "2021", "population-share", List.of("48201")));
  }

  @Test
  void candidatesNameTheirOfficeWithoutItsAddress() {
    Decision d =
        Decision.of(
            Editions.E2020, e -> shares(e, Map.of(BEXAR, 0.5, HARRIS, 0.5)), "spans-offices", null);

    assertThat(d.candidates())
        .extracting(Candidate::office)
        .allSatisfy(o -> assertThat(o.street()).isNull());
  }

  @Test
  void noMatchHasAReasonAndAMessageButNoOffice() {
    Decision d = Decision.noMatch("unknown-zip", "ZIP 00000 is not a ZCTA");

    assertThat(d.status()).isEqualTo(Status.NO_MATCH);
    assertThat(d.matched()).isFalse();
    assertThat(d.office()).isNull();
    assertThat(d.edition()).isNull();
    assertThat(d.candidates()).isEmpty();
  }

  @Test
  void sharesSumTheWeightsOfAnOfficesCountiesRoundedToFourDecimals() {
    List<Share> shares =
        shares(Edition.E2021, Map.of(CAMERON, 0.123456, HIDALGO, 0.2, HARRIS, 0.676544));

    assertThat(shares)
        .containsExactly(
            new Share(HOU, 0.6765, List.of("48201")),
            new Share(HLG, 0.3235, List.of("48061", "48215")));
  }

  @Test
  void sharesOfEqualWeightGoInTheOrderOfTheirOfficeCodes() {
    List<Share> shares = shares(Edition.E2021, Map.of(HARRIS, 0.5, CAMERON, 0.5));

    assertThat(shares).extracting(s -> s.office().code()).containsExactly("HLG", "HOU");
  }

  @Test
  void countiesWithoutAnOfficeAreLeftOutOfTheShares() {
    County tutuila =
        new County(4, "60010", "Eastern", new State("AS", "60", "American Samoa"), null, null);

    assertThat(shares(Edition.E2021, Map.of(tutuila, 0.5, BEXAR, 0.5)))
        .containsExactly(new Share(SNA, 0.5, List.of("48029")));
  }

  private static List<Share> shares(Edition e, County county) {
    return shares(e, Map.of(county, 1.0));
  }

  private static List<Share> shares(Edition e, Map<County, Double> weights) {
    List<County> counties =
        weights.keySet().stream().sorted((a, b) -> a.fips().compareTo(b.fips())).toList();
    return Share.byOffice(counties, c -> c.office(e), weights::get, DIRECTORY::get);
  }
}
