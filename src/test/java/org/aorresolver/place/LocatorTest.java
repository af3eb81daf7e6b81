package org.aorresolver.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.LatLon;
import org.aorresolver.Precision;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.Distances;
import org.aorresolver.geo.JtsAreaIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Points around {@link SmallTexas}, with Mexico south of it across 0.04° of water: 2020 gives
 * Cameron, Hidalgo and Bexar to San Antonio, 2021 Cameron and Hidalgo to Harlingen.
 */
class LocatorTest {
  private static final double KM_PER_DEGREE = Distances.METERS_PER_DEGREE / 1000;
  private static final ForeignLand MEXICO =
      new ForeignLand(
          "MX", "Mexico", new GeometryFactory().toGeometry(new Envelope(0, 2, -1, -0.04)));
  private static final Locator LOCATOR = locator();

  @Test
  void aPointInACountyIsThatCounty() {
    Locator.Location at = LOCATOR.locate(LatLon.of(0.5, 1.5));

    assertThat(at.found()).isTrue();
    assertThat(at.county()).isEqualTo(SmallTexas.HIDALGO.index());
    assertThat(at.precision()).isEqualTo(Precision.POINT);
    assertThat(at.offshoreMeters()).isNull();
  }

  @Test
  void aPointJustOffTheCoastIsGivenToTheNearestCounty() {
    Locator.Location at = LOCATOR.locate(LatLon.of(0.5, -0.02));

    assertThat(at.county()).isEqualTo(SmallTexas.CAMERON.index());
    assertThat(at.precision()).isEqualTo(Precision.NEAREST);
    assertThat(at.offshoreMeters()).isCloseTo(0.02 * KM_PER_DEGREE * 1000 * cos(0.5), within(1.0));
  }

  @Test
  void waterNearerToForeignLandIsOutsideTheUs() {
    Locator.Location at = LOCATOR.locate(LatLon.of(-0.03, 0.5));

    assertThat(at.found()).isFalse();
    assertThat(at.reason()).isEqualTo("outside-us");
    assertThat(at.message()).isEqualTo("in water nearer to Mexico than to the US");
  }

  @Test
  void waterNearerToTheUsWithinTheSnappingDistanceIsTheUs() {
    assertThat(LOCATOR.locate(LatLon.of(-0.01, 0.5)).precision()).isEqualTo(Precision.NEAREST);
  }

  @Test
  void foreignLandIsOutsideTheUs() {
    Locator.Location at = LOCATOR.locate(LatLon.of(-0.5, 0.5));

    assertThat(at.reason()).isEqualTo("outside-us");
    assertThat(at.message()).isEqualTo("on foreign land (Mexico)");
  }

  @Test
  void theSeaWithin200NauticalMilesIsOffshore() {
    Locator.Location at = LOCATOR.locate(LatLon.of(0.5, -1));

    assertThat(at.reason()).isEqualTo("offshore");
    assertThat(at.message())
        .startsWith("at sea 111.2 km from the nearest county")
        .contains("only within 5.6 km");
  }

  @Test
  void fartherOutIsOutsideTheUs() {
    Locator.Location at = LOCATOR.locate(LatLon.of(0.5, -5));

    assertThat(at.reason()).isEqualTo("outside-us");
    assertThat(at.message()).isEqualTo("more than 200 nautical miles from any US county");
  }

  @Test
  void aPointWhoseSwappedCoordinatesAreInACountyIsSaidToBeSwapped() {
    Locator.Location at = LOCATOR.locate(LatLon.of(2.5, 3.5));

    assertThat(at.found()).isFalse();
    assertThat(at.message())
        .endsWith("; lat and lon may be swapped: (lat 3.5, lon 2.5) is in Tulsa, OK");
  }

  @Test
  void theNearestOfficeChangeIsTheNearestBoundaryOfAnotherOffice() {
    Locator.Change c = LOCATOR.officeChange(LatLon.of(1.5, 0.9), Editions.E2021, "SNA", 1e6);

    assertThat(c.across()).isEqualTo("HOU");
    assertThat(c.edition()).isEqualTo(Edition.E2021);
    assertThat(c.meters()).isCloseTo(0.1 * KM_PER_DEGREE * 1000 * cos(1.5), within(1e-6));
  }

  @Test
  void inTheTransitionWindowTheNearestChangeOfEitherEditionCounts() {
    LatLon inBexar = LatLon.of(1.1, 0.5);

    Locator.Change c = LOCATOR.officeChange(inBexar, Editions.BOTH, "SNA", 1e6);

    assertThat(c.across()).isEqualTo("HLG");
    assertThat(c.edition()).isEqualTo(Edition.E2021);
    assertThat(LOCATOR.officeChange(inBexar, Editions.E2020, "SNA", 1e6).across()).isEqualTo("HOU");
  }

  @Test
  void noChangeWithinTheDistanceAskedIsNone() {
    assertThat(LOCATOR.officeChange(LatLon.of(1.5, 0.5), Editions.E2021, "SNA", 5_000)).isNull();
  }

  @Test
  void countyLookupsByNumbersAndByPositionAgree() {
    assertThat(LOCATOR.countyAt(1.5, 0.5)).isEqualTo(SmallTexas.BEXAR.index());
    assertThat(LOCATOR.countyAt(LatLon.of(1.5, 0.5))).isEqualTo(SmallTexas.BEXAR.index());
    assertThat(LOCATOR.countyAt(5, 5)).isEqualTo(AreaLocator.NONE);
  }

  @Test
  void waterInTheGreatLakesIsTheNearestAmericanShoresStateNotTheSea() {
    Locator lakes = lakeMichigan();

    Locator.Location mid = lakes.locate(LatLon.of(43.0, -86.9));
    Locator.Location west = lakes.locate(LatLon.of(43.0, -87.5));

    assertThat(mid.found()).isTrue();
    assertThat(mid.county()).isEqualTo(1);
    assertThat(mid.precision()).isEqualTo(Precision.NEAREST);
    assertThat(mid.message()).startsWith("in the Great Lakes, in the waters of Michigan");
    assertThat(mid.offshoreMeters()).isCloseTo(0.7 * KM_PER_DEGREE * 1000 * cos(43), within(100.0));
    assertThat(west.county()).isEqualTo(0);
  }

  @Test
  void greatLakesWaterBeyondTheInternationalBoundaryIsOutsideTheUsAndShortOfItIsNot() {
    Locator.Location canadian = lakeMichigan().locate(LatLon.of(43.95, -87.0));
    Locator.Location nearTheLine = lakeMichigan().locate(LatLon.of(43.85, -87.0));

    assertThat(canadian.found()).isFalse();
    assertThat(canadian.reason()).isEqualTo("outside-us");
    assertThat(canadian.message()).startsWith("in Canada or its waters of the Great Lakes");
    assertThat(nearTheLine.found()).isTrue();
    assertThat(nearTheLine.message()).startsWith("in the Great Lakes, in the waters of");
  }

  @Test
  void theSameWaterOutsideTheGreatLakesIsStillTheSea() {
    assertThat(LOCATOR.locate(LatLon.of(0.5, -0.5)).reason()).isEqualTo("offshore");
    assertThat(Locator.inGreatLakes(LatLon.of(43.0, -87.0))).isTrue();
    assertThat(Locator.inGreatLakes(LatLon.of(29.0, -94.0))).isFalse();
    assertThat(Locator.inGreatLakes(LatLon.of(40.5, -73.5))).isFalse();
  }

  /**
   * A lake between a Wisconsin shore at 87.8° W and a Michigan shore at 86.2° W, with "Canada" and
   * its waters north of 43.9° N, as Natural Earth draws Canada.
   */
  private static Locator lakeMichigan() {
    State wi = new State("WI", "55", "Wisconsin");
    State mi = new State("MI", "26", "Michigan");
    GeometryFactory g = new GeometryFactory();
    List<Geometry> areas =
        List.of(
            g.toGeometry(new Envelope(-88.5, -87.8, 42.5, 43.5)),
            g.toGeometry(new Envelope(-86.2, -85.5, 42.5, 43.5)));
    List<County> counties =
        List.of(
            new County(0, "55117", "Sheboygan", wi, "CHI", "CHI"),
            new County(1, "26139", "Ottawa", mi, "DET", "DET"));
    ForeignLand canada =
        new ForeignLand("CA", "Canada", g.toGeometry(new Envelope(-87.1, -86.9, 43.9, 44.0)));
    Map<Edition, List<Aor>> aors = new java.util.EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      aors.put(
          e,
          List.of(
              new Aor(e, "CHI", "Chicago", areas.get(0)),
              new Aor(e, "DET", "Detroit", areas.get(1))));
    }
    return new Locator(
        counties,
        areas,
        CompletableFuture.completedFuture(JtsAreaIndex.of(areas)),
        List.of(canada),
        aors,
        5_556,
        Runnable::run);
  }

  private static Locator locator() {
    List<Geometry> a = SmallTexas.AREAS;
    Geometry cameron = a.get(0);
    Geometry hidalgo = a.get(1);
    Geometry bexar = a.get(2);
    Geometry harris = a.get(3);
    Geometry tulsa = a.get(4);
    Map<Edition, List<Aor>> aors =
        Map.of(
            Edition.E2020,
            List.of(
                new Aor(Edition.E2020, "SNA", "San Antonio", cameron.union(hidalgo).union(bexar)),
                new Aor(Edition.E2020, "HOU", "Houston", harris),
                new Aor(Edition.E2020, "DAL", "Dallas", tulsa)),
            Edition.E2021,
            List.of(
                new Aor(Edition.E2021, "HLG", "Harlingen", cameron.union(hidalgo)),
                new Aor(Edition.E2021, "SNA", "San Antonio", bexar),
                new Aor(Edition.E2021, "HOU", "Houston", harris),
                new Aor(Edition.E2021, "DAL", "Dallas", tulsa)));
    return new Locator(
        SmallTexas.COUNTIES,
        a,
        CompletableFuture.completedFuture(JtsAreaIndex.of(a)),
        List.of(MEXICO),
        aors,
        5_556,
        Runnable::run);
  }

  private static double cos(double degrees) {
    return Math.cos(Math.toRadians(degrees));
  }
}
