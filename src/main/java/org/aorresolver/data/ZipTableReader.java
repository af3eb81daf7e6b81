package org.aorresolver.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.aorresolver.place.ZipCode;

/**
 * Reads {@code zips.csv}: zip, lat, lon, state, city, population, counties ("fips:percent|...").
 */
final class ZipTableReader {
  private static final String FILE = "zips.csv";

  private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

  private ZipTableReader() {}

  static List<ZipCode> read(GeodataFiles files) throws GeodataException {
    List<CsvTable.Row> rows = CsvTable.read(files, FILE);
    Map<String, String> same = new HashMap<>(); // one copy of each state, city and county code
    List<ZipCode> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CsvTable.Row r = rows.get(i);
      try {
        String zip = r.get("zip");
        if (zip == null || !FIVE_DIGITS.matcher(zip).matches()) {
          throw new GeodataException(FILE, CsvTable.row(i), "zip '" + zip + "' is not 5 digits");
        }
        LatLon point =
            LatLon.of(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")));
        String population = r.getOrDefault("population", "");
        out.add(
            new ZipCode(
                zip,
                point,
                one(same, r.getOrDefault("state", "")),
                one(same, r.getOrDefault("city", "")),
                population.isEmpty() ? 0 : Integer.parseInt(population),
                shares(r.getOrDefault("counties", ""), same)));
      } catch (NumberFormatException | InvalidInputException e) {
        throw new GeodataException(FILE, CsvTable.row(i), "bad number: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String one(Map<String, String> same, String s) {
    String seen = same.putIfAbsent(s, s);
    return seen == null ? s : seen;
  }

  private static List<ZipCode.Share> shares(String text, Map<String, String> same) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<ZipCode.Share> out = new ArrayList<>();
    for (String part : text.split("\\|")) {
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw new NumberFormatException("county share '" + part + "' is not fips:percent");
      }
      out.add(
          new ZipCode.Share(
              one(same, part.substring(0, colon)), Double.parseDouble(part.substring(colon + 1))));
    }
    return List.copyOf(out);
  }
}
