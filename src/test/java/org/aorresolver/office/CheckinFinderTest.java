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
          Contact.named("tulsa-ok", "Tulsa, OK"),
          "DAL",
          "Oklahoma",
          Set.of(),
          Set.of("OK"),
          LatLon.of(3.5, 2.5),
          "test");
  private static final CheckinFinder FINDER =
      new CheckinFinder(
          List.of(HARLINGEN, BROWNSVILLE, SAN_ANTONIO, HOUSTON, CONROE, TULSA_OFFICE));

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
  void aFieldOfficeWithoutCheckinOfficesHasNone() {
    assertThat(FINDER.find(BEXAR, "XYZ", LatLon.of(1.5, 0.5))).isNull();
  }

  @Test
  void aWholeStateHasTheOfficeNamingItWhenExactlyOneDoes() {
    assertThat(FINDER.forState(OKLAHOMA).contact().code()).isEqualTo("tulsa-ok");
    assertThat(FINDER.forState(TEXAS)).isNull();
  }

  private static CheckinOffice checkin(
      String id, String office, double lat, double lon, String... counties) {
    return new CheckinOffice(
        Contact.named(id, id),
        office,
        String.join(", ", counties),
        Set.of(counties),
        Set.of(),
        LatLon.of(lat, lon),
        "test");
  }
}
