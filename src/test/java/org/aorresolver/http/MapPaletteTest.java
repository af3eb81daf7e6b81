package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.aorresolver.place.Aor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The map's colours ({@code map/palette.json}) against the geodata: neighbouring AORs of either
 * edition differ clearly, every two offices can be told apart in the legend, and no office looks
 * like the sea or like land outside every AOR. Differences are CIEDE2000.
 */
class MapPaletteTest {
  /** AORs this close (degrees) count as neighbours: they touch, or face each other across water. */
  private static final double NEIGHBOURS = 0.5;

  private static final double NEIGHBOUR_DIFFERENCE = 20;
  private static final double ANY_DIFFERENCE = 8;
  private static final double SEA_DIFFERENCE = 15;
  private static final double LAND_DIFFERENCE = 12;

  private static JsonNode palette;

  @BeforeAll
  static void read() throws IOException {
    palette = Json.MAPPER.readTree(HttpApp.resource("map/palette.json"));
  }

  private static String colour(String office) {
    return palette.path("offices").path(office).asText();
  }

  /** Reference pairs of Sharma, Wu and Dalal (2005), the CIEDE2000 test data. */
  @ParameterizedTest
  @CsvSource({
    "50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425",
    "50, 0, 0, 50, -1, 2, 2.3669",
    "50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792",
    "50, 2.5, 0, 50, 0, -2.5, 4.3065",
    "50, 2.5, 0, 73, 25, -18, 27.1492",
    "50, 2.5, 0, 61, -5, 29, 22.8977",
    "50, 2.5, 0, 56, -27, -3, 31.9030",
    "60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644",
    "2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082"
  })
  void theColourDifferenceIsCiede2000(
      double l1, double a1, double b1, double l2, double a2, double b2, double expected) {
    double[] x = {l1, a1, b1};
    double[] y = {l2, a2, b2};

    assertThat(Ciede2000.difference(x, y)).isCloseTo(expected, within(5e-5));
    assertThat(Ciede2000.difference(y, x)).isCloseTo(expected, within(5e-5));
  }

  @Test
  void everyOfficeOfEitherEditionHasAColour() {
    for (Edition e : Edition.values()) {
      for (Aor a : TestData.shipped().aors().get(e)) {
        assertThat(colour(a.office())).as(a.office()).matches("#[0-9a-f]{6}");
      }
    }
  }

  @Test
  void neighboursDifferClearlyInBothEditions() {
    Map<String, Double> pairs = new TreeMap<>();
    for (Edition e : Edition.values()) {
      List<Aor> aors = TestData.shipped().aors().get(e);
      for (int i = 0; i < aors.size(); i++) {
        for (int j = i + 1; j < aors.size(); j++) {
          Aor a = aors.get(i);
          Aor b = aors.get(j);
          if (a.area().isWithinDistance(b.area(), NEIGHBOURS)) {
            pairs.put(
                a.office() + "/" + b.office(),
                Ciede2000.difference(colour(a.office()), colour(b.office())));
          }
        }
      }
    }

    assertThat(pairs).as("neighbours").containsKeys("HLG/HOU", "HLG/SNA", "HOU/SNA", "BOS/NYC");
    assertThat(pairs.size()).as("pairs of neighbours").isGreaterThan(45);
    pairs.forEach(
        (pair, difference) ->
            assertThat(difference).as(pair).isGreaterThanOrEqualTo(NEIGHBOUR_DIFFERENCE));
  }

  @Test
  void anyTwoOfficesCanBeToldApartAndNoneLooksLikeSeaOrLand() {
    List<String> offices = new ArrayList<>();
    palette.path("offices").fieldNames().forEachRemaining(offices::add);
    String sea = palette.path("sea").asText();
    String land = palette.path("land").asText();

    for (int i = 0; i < offices.size(); i++) {
      String a = offices.get(i);
      assertThat(Ciede2000.difference(colour(a), sea)).as(a).isGreaterThanOrEqualTo(SEA_DIFFERENCE);
      assertThat(Ciede2000.difference(colour(a), land))
          .as(a)
          .isGreaterThanOrEqualTo(LAND_DIFFERENCE);
      for (int j = i + 1; j < offices.size(); j++) {
        String b = offices.get(j);
        assertThat(Ciede2000.difference(colour(a), colour(b)))
            .as("%s/%s", a, b)
            .isGreaterThanOrEqualTo(ANY_DIFFERENCE);
      }
    }
  }

  /** Black labels stay legible: every colour is light (CIELAB L* of 60 or more). */
  @Test
  void everyColourIsLightEnoughForBlackLabels() {
    palette
        .path("offices")
        .properties()
        .forEach(
            e ->
                assertThat(Ciede2000.lab(e.getValue().asText())[0])
                    .as(e.getKey())
                    .isGreaterThanOrEqualTo(60));
  }
}
