package org.aorresolver.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;
import org.junit.jupiter.api.Test;

class OfficeDirectoryTest {
  private static final Office SNA = office("SNA", "San Antonio", 29.52, -98.41, Edition.values());
  private static final Office HLG = office("HLG", "Harlingen", 26.19, -97.75, Edition.E2021);
  private static final Office HOU = office("HOU", "Houston", 29.76, -95.37, Edition.values());
  private static final OfficeDirectory DIRECTORY = OfficeDirectory.of(List.of(SNA, HLG, HOU));

  @Test
  void findsAnOfficeByItsCodeInAnyCaseWithSpacesAround() {
    assertThat(DIRECTORY.office(" hlg ")).contains(HLG);
    assertThat(DIRECTORY.office("SNA")).contains(SNA);
  }

  @Test
  void halNamesHarlingen() {
    assertThat(DIRECTORY.office("HAL")).contains(HLG);
    assertThat(DIRECTORY.office("hal")).contains(HLG);
  }

  @Test
  void anUnknownCodeIsNoOffice() {
    assertThat(DIRECTORY.office("XYZ")).isEmpty();
  }

  @Test
  void theContactOfAKnownCodeIsTheDirectoryEntrys() {
    assertThat(DIRECTORY.contact("HOU")).isEqualTo(HOU.contact());
  }

  @Test
  void aCodeMissingFromTheDirectoryIsNamedByItself() {
    assertThat(DIRECTORY.contact("XYZ")).isEqualTo(Contact.named("XYZ", "XYZ"));
  }

  @Test
  void nearestOfficesComeNearestFirstWithTheirDistanceToATenthOfAMetre() {
    LatLon brownsville = LatLon.of(25.90, -97.50);

    List<NearbyOffice> near = DIRECTORY.nearest(brownsville, 2, Edition.E2021);

    assertThat(near).extracting(n -> n.office().code()).containsExactly("HLG", "SNA");
    NearbyOffice harlingen = near.get(0);
    assertThat(harlingen.distanceMeters())
        .isEqualTo(Math.round(brownsville.metersTo(HLG.location()) * 10) / 10.0)
        .isBetween(35_000.0, 45_000.0);
    assertThat(harlingen.lat()).isEqualTo(26.19);
    assertThat(harlingen.lon()).isEqualTo(-97.75);
    assertThat(harlingen.office()).isEqualTo(HLG.contact());
  }

  @Test
  void nearestOfficesAreThoseOfTheEditionAsked() {
    assertThat(DIRECTORY.nearest(LatLon.of(25.90, -97.50), 3, Edition.E2020))
        .extracting(n -> n.office().code())
        .containsExactly("SNA", "HOU");
  }

  private static Office office(String code, String city, double lat, double lon, Edition... in) {
    Contact contact =
        new Contact(code, city + " Field Office", "1 Main St", city, "TX", "78000", "(000) 000");
    Set<Edition> editions = EnumSet.noneOf(Edition.class);
    editions.addAll(List.of(in));
    return new Office(contact, "Texas (part)", editions, LatLon.of(lat, lon), "test");
  }
}
