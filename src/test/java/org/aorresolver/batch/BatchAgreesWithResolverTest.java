package org.aorresolver.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;
import org.aorresolver.Resolver;
import org.aorresolver.Seeds;
import org.aorresolver.TestData;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.place.Aor;
import org.aorresolver.place.ZipCode;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * A batch answers every row exactly as {@code Resolver.resolve} (and so {@code GET /v1/resolve})
 * answers the same place and date: seeded random points everywhere and near office boundaries (the
 * fast path and its near-boundary grid), ZIP codes, addresses, counties and states (the slow path),
 * with dates on both sides of the 2021 change and inside the transition window.
 */
class BatchAgreesWithResolverTest {
  private static final String[] DATES = {
    "", "2019-06-01", "2020-10-29", "2021-03-01", "2021-09-27"
  };
  private static final long SEED = Seeds.of("seed", 20261129L);
  private static final String[] HEADER = {
    "id", "lat", "lon", "zip", "address", "city", "state", "date"
  };

  /** One sample row as CSV and as NDJSON, and the place and date it names. */
  private record Sample(String csv, String json, List<String> expected) {}

  private static final List<Sample> SAMPLES = new ArrayList<>();
  private static Resolver resolver;

  @BeforeAll
  static void samples() {
    resolver = Resolver.build(TestData.shipped());
    Random random = new Random(SEED);
    for (int i = 0; i < 3000; i++) {
      point(random, 18 + random.nextDouble() * 54, -170 + random.nextDouble() * 108);
    }
    List<Aor> aors = TestData.shipped().aors().get(Edition.E2021);
    for (int i = 0; i < 3000; i++) {
      Coordinate[] cs = aors.get(random.nextInt(aors.size())).area().getCoordinates();
      Coordinate c = cs[random.nextInt(cs.length)];
      point(
          random,
          c.y + (random.nextDouble() - 0.5) * 0.08,
          c.x + (random.nextDouble() - 0.5) * 0.08);
    }
    List<ZipCode> zips = TestData.shipped().zips();
    for (int i = 0; i < 1000; i++) {
      ZipCode z = zips.get(random.nextInt(zips.size()));
      String date = DATES[random.nextInt(DATES.length)];
      String line = (100 + i) + " Main St, " + z.city() + ", " + z.state() + " " + z.zip();
      add(new String[] {"", "", z.zip(), "", "", "", date}, new Place.Zip(z.zip()));
      add(
          new String[] {"", "", "", line, "", "", date},
          new Place.Address(line, null, null, null, null));
      if (!z.state().isEmpty()) {
        add(
            new String[] {"", "", "", "", z.city(), z.state(), date},
            new Place.Address(null, null, z.city(), z.state(), null));
      }
    }
    add(new String[] {"", "", "", "", "", "TX", ""}, new Place.StateName("TX"));
    add(new String[] {"", "", "99999", "", "", "", ""}, new Place.Zip("99999"));
    add(new String[] {"", "", "09001", "", "", "", ""}, new Place.Zip("09001"));
  }

  private static void point(Random random, double lat, double lon) {
    String date = DATES[random.nextInt(DATES.length)];
    String y = String.format(Locale.ROOT, "%.6f", lat);
    String x = String.format(Locale.ROOT, "%.6f", lon);
    LatLon p = LatLon.of(Double.parseDouble(y), Double.parseDouble(x));
    add(new String[] {y, x, "", "", "", "", date}, new Place.Coordinate(p));
  }

  /** A row of lat, lon, zip, address, city, state, date. */
  private static void add(String[] v, Place place) {
    String date = v[6];
    When when = date.isEmpty() ? When.current() : When.on(LocalDate.parse(date));
    int id = SAMPLES.size();
    StringBuilder csv = new StringBuilder().append(id);
    StringBuilder json = new StringBuilder("{\"id\":").append(id);
    for (int i = 0; i < v.length; i++) {
      csv.append(",\"").append(v[i]).append('"');
      if (!v[i].isEmpty()) {
        boolean number = i < 2;
        json.append(",\"").append(HEADER[i + 1]).append("\":");
        json.append(number ? v[i] : "\"" + v[i] + "\"");
      }
    }
    List<String> expected = Outcome.of(resolver.resolve(place, when)).values();
    SAMPLES.add(new Sample(csv.toString(), json.append('}').toString(), expected));
  }

  @Test
  void csvRowsEqualTheResolversAnswers() {
    StringBuilder in = new StringBuilder(String.join(",", HEADER)).append('\n');
    SAMPLES.forEach(s -> in.append(s.csv()).append('\n'));

    List<List<String>> rows =
        BatchFixture.csv(BatchFixture.run(in.toString(), BatchOptions.defaults()));

    assertThat(rows).hasSize(SAMPLES.size() + 1);
    assertThat(rows.stream().filter(r -> r.get(17).equals("true")).count())
        .as("rows near a boundary")
        .isGreaterThan(100);
    assertThat(rows.stream().filter(r -> r.get(16).equals("2020|2021")).count())
        .as("rows in the transition window")
        .isGreaterThan(100);
    for (int i = 0; i < SAMPLES.size(); i++) {
      assertThat(BatchFixture.added(rows.get(i + 1), 8))
          .as("%s (seed %d)", SAMPLES.get(i).csv(), SEED)
          .isEqualTo(SAMPLES.get(i).expected());
    }
  }

  @Test
  void ndjsonRowsEqualTheResolversAnswers() {
    StringBuilder in = new StringBuilder();
    SAMPLES.forEach(s -> in.append(s.json()).append('\n'));

    List<JsonNode> rows =
        BatchFixture.ndjson(BatchFixture.run(in.toString(), BatchOptions.defaults()));

    assertThat(rows).hasSize(SAMPLES.size());
    for (int i = 0; i < SAMPLES.size(); i++) {
      List<String> actual = new ArrayList<>();
      for (String c : Outcome.COLUMNS) {
        actual.add(rows.get(i).has(c) ? rows.get(i).get(c).asText() : "");
      }
      assertThat(actual)
          .as("%s (seed %d)", SAMPLES.get(i).json(), SEED)
          .isEqualTo(SAMPLES.get(i).expected());
    }
  }
}
