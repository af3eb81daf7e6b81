package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/** Where the {@code labels} layer writes each office's code, and from which zoom. */
class LabelLayerTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Map<Edition, LabelLayer> layers = new EnumMap<>(Edition.class);

  @BeforeAll
  static void build() {
    for (Edition e : Edition.values()) {
      layers.put(e, LabelLayer.build(TestData.shipped().aors().get(e)));
    }
  }

  private static double pixels(double radius, int z) {
    return radius * 256 * (1 << z);
  }

  /** Offices labelled at a zoom. */
  private static Set<String> labelled(Edition e, int z) {
    Set<String> offices = new TreeSet<>();
    layers.get(e).labels().stream()
        .filter(l -> l.minZoom() <= z)
        .forEach(l -> offices.add(l.office()));
    return offices;
  }

  @Test
  void eachLabelIsInsideItsAreaWithItsCircleClearOfTheOutlineFromItsFirstZoom() {
    for (Edition e : Edition.values()) {
      Map<String, IndexedFacetDistance> outlines = new HashMap<>();
      for (Label l : layers.get(e).labels()) {
        Aor aor = aor(e, l.office());
        IndexedFacetDistance outline =
            outlines.computeIfAbsent(
                aor.office(),
                o -> new IndexedFacetDistance(WebMercator.project(aor.area(), 1).getBoundary()));
        Point centre = FACTORY.createPoint(new Coordinate(l.x(), l.y()));
        Point lonLat =
            FACTORY.createPoint(new Coordinate(WebMercator.lon(l.x()), WebMercator.lat(l.y())));

        assertThat(aor.area().contains(lonLat)).as("%s %s", e, aor.office()).isTrue();
        assertThat(outline.distance(centre))
            .as("%s %s: the circle is inside", e, aor.office())
            .isGreaterThanOrEqualTo(l.radius() * 0.99);
        assertThat(pixels(l.radius(), l.minZoom())).isGreaterThanOrEqualTo(LabelLayer.MIN_RADIUS);
        if (l.minZoom() > 0) {
          assertThat(pixels(l.radius(), l.minZoom() - 1)).isLessThan(LabelLayer.MIN_RADIUS);
        }
      }
    }
  }

  @Test
  void atTheScaleOfTheCountryTheLargeAorsAreLabelledAndNewYorkCityOnlyCloser() {
    Set<String> atFour = labelled(Edition.E2021, 4);

    assertThat(atFour).contains("SPM", "DAL", "DEN", "SEA", "SFR", "ELP", "SLC", "CHI", "ATL");
    assertThat(atFour).doesNotContain("NYC");
    assertThat(labelled(Edition.E2021, 8)).contains("NYC");
  }

  @Test
  void everyOfficeOfEitherEditionIsLabelledOnceZoomedToItsState() {
    for (Edition e : Edition.values()) {
      assertThat(labelled(e, 7)).as(e.toString()).hasSize(e.officeCount());
    }
  }

  @Test
  void seattleIsLabelledInWashingtonAndInAlaskaAndSanFranciscoInHawaiiCloser() {
    List<Label> seattle = labels(Edition.E2021, "SEA", 4);
    List<Label> hawaii =
        labels(Edition.E2021, "SFR", 9).stream()
            .filter(l -> WebMercator.lat(l.y()) < 23 && WebMercator.lon(l.x()) < -150)
            .toList();

    assertThat(seattle).extracting(l -> WebMercator.lat(l.y()) > 55).contains(true, false);
    assertThat(hawaii).isNotEmpty();
  }

  @Test
  void harlingenIsLabelledOnlyIn2021AndSanAntonioInBoth() {
    assertThat(labelled(Edition.E2020, 6)).contains("SNA").doesNotContain("HLG");
    assertThat(labelled(Edition.E2021, 6)).contains("SNA", "HLG");
  }

  private static List<Label> labels(Edition e, String office, int z) {
    return layers.get(e).labels().stream()
        .filter(l -> l.minZoom() <= z && l.office().equals(office))
        .toList();
  }

  private static Aor aor(Edition e, String office) {
    return TestData.shipped().aors().get(e).stream()
        .filter(a -> a.office().equals(office))
        .findFirst()
        .orElseThrow();
  }
}
