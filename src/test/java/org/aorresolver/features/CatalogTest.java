package org.aorresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
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
        assertThat(item.geometry().equalsExact(AreaSets.multi(a.area()))).isTrue();
        assertThat(item.geometry().getArea()).isEqualTo(a.area().getArea());
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
        .containsEntry("editions", "2021")
        .containsEntry("validFrom", "2020-10-30")
        .containsEntry("validTo", null);
    assertThat(set("offices").item("SNA").orElseThrow().properties())
        .containsEntry("editions", "2020|2021")
        .containsEntry("validFrom", null)
        .containsEntry("validTo", null);
  }

  @Test
  void everyAreaSetServesMultiPolygonsAndThePointSetsPoints() {
    for (FeatureSet set : catalog.sets()) {
      String expected = set.id().contains("offices") ? "Point" : "MultiPolygon";
      assertThat(set.schema().geometryType()).as(set.id()).isEqualTo(expected);
    }
    Geometry allen = set("counties").item("20001").orElseThrow().geometry();
    assertThat(allen.getGeometryType()).as("Allen County, KS: one part").isEqualTo("MultiPolygon");
    assertThat(allen.getNumGeometries()).isEqualTo(1);
  }

  /** Every day from 2019 to 2022: the AOR sets valid on it are the editions /v1/resolve uses. */
  @Test
  void theAorSetsValidOnADayAreTheEditionsInForceThatDay() {
    for (LocalDate day = LocalDate.of(2019, 1, 1);
        day.isBefore(LocalDate.of(2023, 1, 1));
        day = day.plusDays(1)) {
      List<Edition> valid = new ArrayList<>();
      for (Edition e : Edition.values()) {
        Page page =
            set("aor-" + e.id()).page(new ItemQuery(null, Period.day(day), Map.of(), 100, 0));
        if (page.matched() == e.officeCount()) {
          valid.add(e);
        } else {
          assertThat(page.matched()).as("%s on %s", e, day).isZero();
        }
      }
      assertThat(valid).as(day.toString()).isEqualTo(Editions.on(day).list());
    }
  }

  @Test
  void theAorSetsStateTheirDaysAndTheTransitionWindow() {
    assertThat(set("aor-2020").time()).isEqualTo(new Period(null, LocalDate.of(2021, 9, 26)));
    assertThat(set("aor-2021").time()).isEqualTo(new Period(LocalDate.of(2020, 10, 30), null));
    assertThat(set("aor-2021").description()).contains("transition window 2020-10-30/2021-09-26");
    assertThat(set("counties").time()).isNull();
    assertThat(set("offices").time()).as("most offices exist in both editions").isNull();
    assertThat(set("checkin-offices").item("harlingen-tx").orElseThrow().validity())
        .isEqualTo(new Period(LocalDate.of(2020, 10, 30), null));
  }

  @Test
  void theQueryablesListEveryValueTheItemsHave() {
    Queryable office = set("aor-2020").queryables().get(0);
    Queryable state = set("counties").queryables().get(0);

    assertThat(set("aor-2021").queryables())
        .extracting(Queryable::name)
        .containsExactly("office", "edition");
    assertThat(office.values()).hasSize(24).contains("SNA").doesNotContain("HLG");
    assertThat(state.name()).isEqualTo("state");
    assertThat(state.values()).hasSize(56).contains("TX", "PR", "GU", "AS");
    assertThat(set("counties").queryables())
        .extracting(Queryable::name)
        .containsExactly("state", "office2020", "office2021");
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
