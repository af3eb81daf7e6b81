package org.aorresolver.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aorresolver.LatLon;
import org.aorresolver.Seeds;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;
import org.junit.jupiter.api.Test;

/**
 * Rows outside the US, most of them answered from a prepared answer their cell shares (on foreign
 * land, far at sea): each row's added columns, in CSV and NDJSON, and the summary's count of each
 * status, equal what {@code Resolver.resolve} gives the same point and date. Seeded points uniform
 * over the globe and around the Great Lakes, the {@code 0,0} placeholder, and points whose swapped
 * coordinates fall in a county (their message says so, so they share no answer).
 */
class OutsideRowsTest {
  private static final long SEED = Seeds.of("seed", 20261204L);
  private static final String[] DATES = {"", "2019-06-01", "2021-03-01", "2022-01-15"};

  @Test
  void rowsOutsideTheUsAreAnsweredAsTheResolverAnswersThem() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    points.add(new double[] {-75.2, 40.1}); // swapped: (40.1, -75.2) is near Philadelphia
    points.add(new double[] {-89.9, -179.9});
    for (int i = 0; i < 1000; i++) {
      double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
      points.add(new double[] {lat, -180 + 360 * random.nextDouble()});
    }
    for (int i = 0; i < 300; i++) { // the Great Lakes and Canada beside them
      points.add(new double[] {41 + 9 * random.nextDouble(), -93 + 18 * random.nextDouble()});
    }
    StringBuilder csv = new StringBuilder("id,lat,lon,date\n");
    StringBuilder ndjson = new StringBuilder();
    List<List<String>> expected = new ArrayList<>();
    long[] counts = new long[Outcome.Kind.values().length];
    for (int i = 0; i < points.size(); i++) {
      String lat = String.format(Locale.ROOT, "%.6f", points.get(i)[0]);
      String lon = String.format(Locale.ROOT, "%.6f", points.get(i)[1]);
      String date = DATES[random.nextInt(DATES.length)];
      csv.append(i).append(',').append(lat).append(',').append(lon).append(',').append(date);
      csv.append('\n');
      ndjson.append(String.format(Locale.ROOT, "{\"id\":%d,\"lat\":%s,\"lon\":%s", i, lat, lon));
      ndjson.append(date.isEmpty() ? "}\n" : ",\"date\":\"" + date + "\"}\n");
      When when = date.isEmpty() ? When.current() : When.on(LocalDate.parse(date));
      LatLon p = LatLon.of(Double.parseDouble(lat), Double.parseDouble(lon));
      Outcome o =
          Outcome.of(BatchFixture.resolver().resolver().resolve(new Place.Coordinate(p), when));
      expected.add(o.values());
      counts[o.status().ordinal()]++;
    }

    List<List<String>> rows = BatchFixture.csv(BatchFixture.run(csv.toString(), defaults()));
    List<JsonNode> lines = BatchFixture.ndjson(BatchFixture.run(ndjson.toString(), defaults()));

    assertThat(rows).hasSize(points.size() + 1);
    assertThat(lines).hasSize(points.size());
    for (int i = 0; i < points.size(); i++) {
      assertThat(BatchFixture.added(rows.get(i + 1), 4))
          .as("CSV row %d, seed %d", i, SEED)
          .isEqualTo(expected.get(i));
      List<String> json = new ArrayList<>();
      for (String c : Outcome.COLUMNS) {
        json.add(lines.get(i).has(c) ? lines.get(i).get(c).asText() : "");
      }
      assertThat(json).as("NDJSON row %d, seed %d", i, SEED).isEqualTo(expected.get(i));
    }
    assertThat(expected.get(1).get(10)).contains("lat and lon may be swapped");
    Summary summary = summary(csv.toString());
    assertThat(
            new long[] {summary.match(), summary.ambiguous(), summary.noMatch(), summary.error()})
        .as("rows by status, seed %d", SEED)
        .containsExactly(counts);
  }

  private static BatchOptions defaults() {
    return BatchOptions.defaults();
  }

  private static Summary summary(String input) throws Exception {
    byte[] in = input.getBytes(StandardCharsets.UTF_8);
    return Batch.open(new ByteArrayInputStream(in), defaults())
        .run(BatchFixture.resolver(), new ByteArrayOutputStream(), rows -> {});
  }
}
