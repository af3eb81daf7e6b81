package org.aorresolver.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A CSV file of seeded random rows of every kind a batch meets, one kind of place per row: points
 * inland and on coasts (around the embedded ZIP codes' points, so every state and territory), in
 * the split states, anywhere on Earth; ZIP codes, counties, states and one-line addresses; rows
 * dated in either edition, in the transition window or not at all; and bad rows (numbers and dates
 * that are none, out of range, swapped, a field too many).
 */
final class SeededRows {
  static final String HEADER = "id,lat,lon,zip,county_fips,state,address,date";

  private record Zip(
      String zip, double lat, double lon, String state, String city, String county) {}

  private static final String[] STATES = {
    "TX", "CA", "NY", "WA", "FL", "PR", "AS", "GU", "Calif.", "Texas", "ZZ"
  };
  private static final String[][] COUNTY_NAMES = {
    {"Cameron", "TX"},
    {"St. Louis", "MO"},
    {"St. Louis city", "MO"},
    {"Los Angeles", "CA"},
    {"Kings", "NY"},
    {"Nowhere", "TX"},
    {"Cameron", ""}
  };
  private static final String[] BAD = {"abc", "95", "-200", "", "1e5", "29,42", " 29.42 ", "NaN"};
  private static final String[] BAD_DATES = {
    "2021-02-30", "2021-13-01", "2021-3-1", "yesterday", " "
  };

  private final Random random;
  private final List<Zip> zips;

  private SeededRows(long seed, List<Zip> zips) {
    this.random = new Random(seed);
    this.zips = zips;
  }

  /** Writes {@code rows} rows made from {@code seed} to {@code file}. */
  static void write(Path file, long seed, int rows) throws IOException {
    SeededRows r = new SeededRows(seed, embeddedZips());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (int i = 1; i <= rows; i++) {
        w.write(i + "," + r.row() + "\n");
      }
    }
  }

  private String row() {
    int k = random.nextInt(100);
    String date = date();
    if (k < 35) {
      return point(zip().lat + jitter(0.05), zip().lon + jitter(0.05), date);
    }
    if (k < 45) {
      return point(zip().lat + jitter(0.4), zip().lon + jitter(0.4), date);
    }
    if (k < 55) {
      double[][] boxes = {
        {25.8, 36.5, -106.6, -93.5}, {32.5, 42.0, -124.4, -114.1}, {40.5, 45.0, -79.8, -71.8}
      };
      double[] b = boxes[random.nextInt(boxes.length)];
      return point(between(b[0], b[1]), between(b[2], b[3]), date);
    }
    if (k < 60) {
      return point(between(-90, 90), between(-180, 180), date);
    }
    if (k < 70) {
      String z =
          random.nextInt(10) == 0
              ? String.format(Locale.ROOT, "%05d", random.nextInt(100_000))
              : zip().zip;
      return fields("", "", random.nextInt(20) == 0 ? z + "-1234" : z, "", "", "", date);
    }
    if (k < 78) {
      if (random.nextInt(4) == 0) {
        String[] n = COUNTY_NAMES[random.nextInt(COUNTY_NAMES.length)];
        return fields("", "", "", n[0], n[1], "", date);
      }
      String fips =
          random.nextInt(10) == 0
              ? String.format(Locale.ROOT, "%05d", random.nextInt(100_000))
              : zip().county;
      return fields("", "", "", fips, "", "", date);
    }
    if (k < 83) {
      return fields("", "", "", "", STATES[random.nextInt(STATES.length)], "", date);
    }
    if (k < 88) {
      Zip z = zip();
      String line =
          (1 + random.nextInt(9000)) + " Main St, " + z.city + ", " + z.state + " " + z.zip;
      return fields("", "", "", "", "", "\"" + line.replace("\"", "\"\"") + "\"", date);
    }
    if (k < 99) {
      Zip z = zip();
      return switch (random.nextInt(4)) {
        case 0 -> fields(BAD[random.nextInt(BAD.length)], coordinate(z.lon), "", "", "", "", date);
        case 1 -> fields(coordinate(z.lat), BAD[random.nextInt(BAD.length)], "", "", "", "", date);
        case 2 -> point(z.lon, z.lat, date); // swapped
        default -> point(z.lat, z.lon, BAD_DATES[random.nextInt(BAD_DATES.length)]);
      };
    }
    return point(zip().lat, zip().lon, date) + ",a field too many";
  }

  private String date() {
    int k = random.nextInt(100);
    String d =
        k < 40
            ? ""
            : k < 60
                ? between("2015-01-01", "2020-10-29")
                : k < 75
                    ? between("2020-10-30", "2021-09-26")
                    : k < 80
                        ? List.of("2020-10-29", "2020-10-30", "2021-09-26", "2021-09-27")
                            .get(random.nextInt(4))
                        : between("2021-09-27", "2025-12-31");
    return !d.isEmpty() && random.nextInt(20) == 0 ? d + "T10:22:00" : d;
  }

  /** A day from {@code from} to {@code to}, both included. */
  private String between(String from, String to) {
    LocalDate a = LocalDate.parse(from);
    long days = ChronoUnit.DAYS.between(a, LocalDate.parse(to));
    return a.plusDays(random.nextInt((int) days + 1)).toString();
  }

  private Zip zip() {
    return zips.get(random.nextInt(zips.size()));
  }

  private double jitter(double degrees) {
    return (random.nextDouble() * 2 - 1) * degrees;
  }

  private double between(double from, double to) {
    return from + random.nextDouble() * (to - from);
  }

  private String point(double lat, double lon, String date) {
    return fields(coordinate(lat), coordinate(lon), "", "", "", "", date);
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static String fields(String... v) {
    return String.join(",", v);
  }

  /** The embedded geodata's ZIP codes with their points, states, cities and first counties. */
  private static List<Zip> embeddedZips() throws IOException {
    List<Zip> zips = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                SeededRows.class.getResourceAsStream("/geodata/zips.csv"),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split(",", -1);
        if (f[4].contains("\"") || f[4].contains(",")) {
          continue;
        }
        zips.add(
            new Zip(
                f[0],
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                f[3],
                f[4],
                f[6].split(":")[0]));
      }
    }
    return zips;
  }
}
