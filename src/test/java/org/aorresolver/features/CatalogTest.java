package org.aorresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The shipped geodata as feature sets. */
class CatalogTest {
  private static Geodata data;
  private static Catalog catalog;

  @BeforeAll
  static void build() {
    data = TestData.shipped();
    catalog = Catalog.of(data);
  }

  private static FeatureSet set(String id) {
    return catalog.set(id).orElseThrow();
  }

  @Test
  void hasTheSixSetsInOrder() {
    assertThat(catalog.sets())
        .extracting(FeatureSet::id)
        .containsExactly(
            "aor-2021", "aor-2020", "offices", "checkin-offices", "counties", "states");
    assertThat(catalog.set("aor-2019")).isEmpty();
  }

  @Test
  void eachAorSetHasOneItemPerOfficeWithItsArea() {
    for (Edition e : Edition.values()) {
      FeatureSet set = set("aor-" + e.id());
      assertThat(set.size()).isEqualTo(e.officeCount());
      for (Aor a : data.aors().get(e)) {
        Item item = set.item(a.office()).orElseThrow();
        assertThat(item.properties()).containsEntry("office", a.office());
        assertThat(item.properties()).containsEntry("edition", e.id());
        assertThat(item.geometry()).isSameAs(a.area());
      }
    }
    assertThat(set("aor-2020").item("HLG")).isEmpty();
  }

  @Test
  void theAorExtentCrossesTheAntimeridianForTheAleutiansAndGuam() {
    Bbox extent = set("aor-2021").extent();

    assertThat(extent.crossesAntimeridian()).isTrue();
    assertThat(extent.west()).isBetween(144.0, 145.0);
    assertThat(extent.east()).isBetween(-65.0, -64.0);
  }

  @Test
  void officesAreAtTheirLocationWithAddressAndPhone() {
    Item hlg = set("offices").item("HLG").orElseThrow();

    LatLon at =
        data.offices().stream()
            .filter(o -> o.code().equals("HLG"))
            .findFirst()
            .orElseThrow()
            .location();

    assertThat(hlg.geometry().getCoordinate()).isEqualTo(at.toCoordinate());
    assertThat(hlg.properties())
        .containsEntry("phone", "(956) 389-7884")
        .containsEntry("editions", List.of("2021"));
  }

  @Test
  void countiesKeepTheirOfficesAndNullWhereThereIsNone() {
    FeatureSet counties = set("counties");

    assertThat(counties.size()).isEqualTo(data.counties().size());
    assertThat(counties.item("48061").orElseThrow().properties())
        .containsEntry("office2020", "SNA")
        .containsEntry("office2021", "HLG");
    assertThat(counties.item("60010").orElseThrow().properties()).containsEntry("office2021", null);
    assertThat(counties.item("51610").orElseThrow().geometry()).as("Falls Church").isNull();
  }

  @Test
  void eachStateIsTheValidUnionOfItsCounties() {
    FeatureSet states = set("states");

    assertThat(states.size()).isEqualTo(56);
    for (Item state : states.page(new ItemQuery(null, ItemQuery.MAX_LIMIT, 0)).items()) {
      assertThat(state.geometry().isValid()).as(state.id()).isTrue();
    }
    double texasCounties = 0;
    for (County c : data.counties()) {
      if (c.state().usps().equals("TX")) {
        texasCounties += data.countyAreas().get(c.index()).getArea();
      }
    }
    Geometry texas = states.item("TX").orElseThrow().geometry();
    assertThat(texas.getArea()).isCloseTo(texasCounties, withinPercentage(1e-6));
    assertThat(texas.getNumGeometries()).isEqualTo(1);
  }
}
