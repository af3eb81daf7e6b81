package org.aorresolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Towns facing each other across the Mississippi, the Ohio, the Delaware and the Rio Grande, 300 m
 * from the line on each side (river-towns.csv): with geodata built from the Census 1:500,000 files
 * each answers its own side; the embedded 1:10,000,000 geodata puts many on the other side.
 */
@Tag("slow")
class RiverTownsTest {

  @ParameterizedTest(name = "{0} ({3})")
  @CsvFileSource(resources = "/river-towns.csv", numLinesToSkip = 1)
  void answersItsOwnSideWithThePreciseGeodata(
      String place, double lat, double lon, String river, String expected, String county) {
    Resolution r = resolve(PreciseGeodata.resolver(), lat, lon);

    assertThat(answer(r)).as("%s on the %s", place, river).isEqualTo(expected);
    assertThat(r.county() == null ? null : r.county().fips())
        .as("county of %s", place)
        .isEqualTo(county);
    if (r.office() != null) {
      assertThat(r.nearBoundary()).as("%s is 300 m from the line", place).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} ({3})")
  @CsvFileSource(resources = "/river-towns.csv", numLinesToSkip = 1)
  void theEmbeddedGeodataAnswersAsRecorded(
      String place,
      double lat,
      double lon,
      String river,
      String precise,
      String county,
      String embedded) {
    Resolution r = resolve(Embedded.RESOLVER, lat, lon);

    assertThat(answer(r)).as("%s on the %s, embedded geodata", place, river).isEqualTo(embedded);
  }

  @Test
  void theEmbeddedGeodataPutsTownsOnTheWrongSideOfEveryRiver() throws IOException {
    Map<String, List<String>> wrong = new TreeMap<>();
    for (String[] row : rows()) {
      double lat = Double.parseDouble(row[1]);
      double lon = Double.parseDouble(row[2]);
      String embedded = answer(resolve(Embedded.RESOLVER, lat, lon));
      wrong.computeIfAbsent(row[3], k -> new ArrayList<>());
      if (!embedded.equals(answer(resolve(PreciseGeodata.resolver(), lat, lon)))) {
        wrong.get(row[3]).add(row[0] + " as " + embedded);
      }
    }

    assertThat(wrong).containsOnlyKeys("Mississippi", "Ohio", "Delaware", "Rio Grande");
    wrong.forEach((river, places) -> assertThat(places).as(river).isNotEmpty());
    int count = wrong.values().stream().mapToInt(List::size).sum();
    assertThat(
            Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " "))
        .contains(
            "the embedded geodata puts "
                + count
                + " of the "
                + rows().size()
                + " on the other side");
  }

  /** The embedded geodata's resolver, built once for the class. */
  private static final class Embedded {
    static final Resolver RESOLVER = Resolver.build(TestData.shipped());
  }

  private static List<String[]> rows() throws IOException {
    try (InputStream in = RiverTownsTest.class.getResourceAsStream("/river-towns.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .skip(1)
          .filter(l -> !l.startsWith("#"))
          .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
          .map(f -> new String[] {f[0].replace("\"", ""), f[1], f[2], f[3]})
          .toList();
    }
  }

  private static Resolution resolve(Resolver resolver, double lat, double lon) {
    return resolver.resolve(new Place.Coordinate(LatLon.of(lat, lon)), When.current());
  }

  /** The office code, or the reason there is none. */
  private static String answer(Resolution r) {
    return r.office() != null ? r.office().code() : r.reason();
  }
}
