package org.aorresolver.office;

import static org.aorresolver.place.SmallTexas.BEXAR;
import static org.aorresolver.place.SmallTexas.CAMERON;
import static org.aorresolver.place.SmallTexas.HARRIS;
import static org.aorresolver.place.SmallTexas.OKLAHOMA;
import static org.aorresolver.place.SmallTexas.TEXAS;
import static org.aorresolver.place.SmallTexas.TULSA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.aorresolver.LatLon;
import org.aorresolver.place.County;
import org.aorresolver.place.State;
import org.junit.jupiter.api.Test;

class CheckinFinderTest {
  private static final CheckinOffice HARLINGEN = checkin("harlingen-tx", "HLG", 0.5, 0.5, "48061");
  private static final CheckinOffice BROWNSVILLE =
      checkin("brownsville-tx", "HLG", 0.1, 0.9, "48061");
  private static final CheckinOffice SAN_ANTONIO = checkin("san-antonio-tx", "SNA", 1.5, 0.5);
  private static final CheckinOffice HOUSTON = checkin("houston-tx", "HOU", 1.5, 1.5);
  private static final CheckinOffice CONROE = checkin("conroe-tx", "HOU", 1.9, 1.9);
  private static final CheckinOffice TULSA_OFFICE =
      new CheckinOffice(
          new Contact("tulsa-ok", "Tulsa, OK", null, null, "OK", null, null),
          "DAL",
          "Oklahoma",
          Set.of(),
          Set.of("OK"),
          LatLon.of(3.5, 2.5),
          "test");
  private static final Contact DALLAS =
      new Contact(
          "DAL", "Dallas Field Office", "8101 N Stemmons Fwy", "Dallas", "TX", "75247", "1");
  private static final CheckinFinder FINDER =
      new CheckinFinder(
          List.of(HARLINGEN, BROWNSVILLE, SAN_ANTONIO, HOUSTON, CONROE, TULSA_OFFICE),
          code -> code.equals("DAL") ? DALLAS : null);

  @Test
  void theOfficeNamingTheCountyIsChosenTheNearestOfSeveral() {
    CheckinRef r = FINDER.find(CAMERON, "HLG", LatLon.of(0.15, 0.85));

    assertThat(r.contact().code()).isEqualTo("brownsville-tx");
    assertThat(r.rule()).isEqualTo("named-county");
    assertThat(r.office()).isEqualTo("HLG");
  }

  @Test
  void withoutAPlaceTheFirstNamingTheCountyIsChosen() {
    CheckinRef r = FINDER.find(CAMERON, "HLG", null);

    assertThat(r.contact().code()).isEqualTo("harlingen-tx");
    assertThat(r.distanceMeters()).isNull();
  }

  @Test
  void anOfficeNamingTheWholeStateComesNext() {
    assertThat(FINDER.find(TULSA, "DAL", LatLon.of(3.5, 2.5)).rule()).isEqualTo("named-state");
  }

  @Test
  void elseTheNearestOfficeOfTheResponsibleFieldOffice() {
    CheckinRef r = FINDER.find(HARRIS, "HOU", LatLon.of(1.8, 1.8));

    assertThat(r.contact().code()).isEqualTo("conroe-tx");
    assertThat(r.rule()).isEqualTo("nearest");
    assertThat(r.distanceMeters())
        .isEqualTo((double) Math.round(LatLon.of(1.8, 1.8).metersTo(CONROE.location())));
  }

  @Test
  void aFieldOfficeUnknownToTheDirectoryAndWithoutCheckinOfficesHasNone() {
    assertThat(FINDER.find(BEXAR, "XYZ", LatLon.of(1.5, 0.5))).isNull();
  }

  @Test
  void theNearestOfficeInAnotherConterminousStateIsOfferedByLand() {
    County dallasCounty = new County(5, "48113", "Dallas", TEXAS, "DAL", "DAL");

    CheckinRef r = FINDER.find(dallasCounty, "DAL", LatLon.of(3.5, 0.0));

    assertThat(r.contact().code()).isEqualTo("tulsa-ok");
    assertThat(r.rule()).isEqualTo("nearest");
  }

  @Test
  void noCheckinOfficeAcrossTheSeaTheFieldOfficeIsGivenWithoutADistance() {
    State puertoRico = new State("PR", "72", "Puerto Rico");
    County sanJuan = new County(6, "72127", "San Juan", puertoRico, "DAL", "DAL");

    CheckinRef r = FINDER.find(sanJuan, "DAL", LatLon.of(3.5, 2.4));

    assertThat(r.rule()).isEqualTo("field-office");
    assertThat(r.contact()).isEqualTo(DALLAS);
    assertThat(r.office()).isEqualTo("DAL");
    assertThat(r.distanceMeters()).isNull();
    assertThat(r.note())
        .isEqualTo(
            "no listed check-in office serves San Juan, PR; ask the Dallas Field Office where"
                + " to report");
    assertThat(r.note())
        .isEqualTo(
            "no listed check-in office serves San Juan, PR; ask the Dallas Field Office where"
                + " to report");
  }

  @Test
  void aWholeStateHasTheOfficeNamingItWhenExactlyOneDoes() {
    assertThat(FINDER.forState(OKLAHOMA).contact().code()).isEqualTo("tulsa-ok");
    assertThat(FINDER.forState(TEXAS)).isNull();
  }

  private static CheckinOffice checkin(
      String id, String office, double lat, double lon, String... counties) {
    return new CheckinOffice(
        new Contact(id, id, null, null, "TX", null, null),
        office,
        String.join(", ", counties),
        Set.of(counties),
        Set.of(),
        LatLon.of(lat, lon),
        "test");
  }
}
