package org.aorresolver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;

/**
 * Names to places: states by USPS code, FIPS code or name; counties by FIPS code (old codes too) or
 * by name within a state; ZIP codes; cities by their USPS name within a state. Also estimates each
 * county's population from the ZIP shares. Immutable once built.
 */
final class Gazetteer {
  /** A county code no longer in use, and the state whose office still answers for it. */
  record FormerCounty(String fips, String name, String state, String fate) {}

  private static final List<FormerCounty> FORMER =
      List.of(
          new FormerCounty(
              "09001",
              "Fairfield County",
              "CT",
              "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09003", "Hartford County", "CT", "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09005",
              "Litchfield County",
              "CT",
              "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09007",
              "Middlesex County",
              "CT",
              "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09009",
              "New Haven County",
              "CT",
              "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09011",
              "New London County",
              "CT",
              "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09013", "Tolland County", "CT", "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "09015", "Windham County", "CT", "replaced in 2022 by planning regions 09110-09190"),
          new FormerCounty(
              "02261", "Valdez-Cordova Census Area", "AK", "split in 2019 into 02063 and 02066"),
          new FormerCounty(
              "02270", "Wade Hampton Census Area", "AK", "renamed Kusilvak (02158) in 2015"),
          new FormerCounty(
              "02201", "Prince of Wales-Outer Ketchikan Census Area", "AK", "split in 2008"),
          new FormerCounty("02232", "Skagway-Hoonah-Angoon Census Area", "AK", "split in 2007"),
          new FormerCounty("02280", "Wrangell-Petersburg Census Area", "AK", "split in 2008"),
          new FormerCounty(
              "46113", "Shannon County", "SD", "renamed Oglala Lakota (46102) in 2015"),
          new FormerCounty(
              "51515", "Bedford city", "VA", "merged into Bedford County (51019) in 2013"),
          // in geodata built from county files older than these codes: answered by the state
          newer("09110", "Capitol Planning Region", "CT"),
          newer("09120", "Greater Bridgeport Planning Region", "CT"),
          newer("09130", "Lower Connecticut River Valley Planning Region", "CT"),
          newer("09140", "Naugatuck Valley Planning Region", "CT"),
          newer("09150", "Northeastern Connecticut Planning Region", "CT"),
          newer("09160", "Northwest Hills Planning Region", "CT"),
          newer("09170", "South Central Connecticut Planning Region", "CT"),
          newer("09180", "Southeastern Connecticut Planning Region", "CT"),
          newer("09190", "Western Connecticut Planning Region", "CT"),
          newer("02063", "Chugach Census Area", "AK"),
          newer("02066", "Copper River Census Area", "AK"));

  private static FormerCounty newer(String fips, String name, String state) {
    return new FormerCounty(fips, name, state, "newer than the county boundaries in use");
  }

  private static final Map<String, String> STATE_ALIASES =
      Map.of(
          "virginislands", "VI",
          "usvirginislands", "VI",
          "cnmi", "MP",
          "commonwealthofthenorthernmarianaislands", "MP",
          "washingtondc", "DC",
          "dc", "DC");

  private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
  private static final Pattern FORT = Pattern.compile("\\bfort\\b");
  private static final Pattern CITY_AT_END = Pattern.compile("\\bcity\\s*$");
  private static final Pattern COUNTY_WORDS =
      Pattern.compile(
          "\\b(county|parish|borough|census area|city and borough|municipio|municipality|planning region)\\b");

  private final Map<String, State> states = new LinkedHashMap<>();
  private final Map<String, List<County>> countiesByState = new HashMap<>();
  private final Map<String, County> countiesByFips = new HashMap<>();
  private final Map<String, FormerCounty> former = new HashMap<>();
  private final Map<String, ZipCode> zips = new HashMap<>();
  private final Map<String, List<ZipCode>> cities = new HashMap<>();
  private final Map<String, Double> population = new HashMap<>();
  private final Map<String, LatLon> countyPoints = new HashMap<>();

  Gazetteer(Geodata data) {
    for (County c : data.counties()) {
      states.putIfAbsent(c.state().usps(), c.state());
      countiesByState.computeIfAbsent(c.state().usps(), k -> new ArrayList<>()).add(c);
      countiesByFips.putIfAbsent(c.fips(), c);
      Geometry area = data.countyAreas().get(c.index());
      if (!area.isEmpty()) {
        countyPoints.put(c.fips(), LatLon.of(InteriorPointArea.getInteriorPoint(area)));
      }
    }
    FORMER.forEach(f -> former.put(f.fips(), f));
    for (ZipCode z : data.zips()) {
      zips.put(z.zip(), z);
      cities.computeIfAbsent(cityKey(z.state(), z.city()), k -> new ArrayList<>()).add(z);
      for (ZipCode.Share s : z.counties()) {
        population.merge(s.fips(), z.population() * s.percent() / 100, Double::sum);
      }
    }
  }

  /** A state by USPS code, FIPS code or name (case and punctuation ignored). */
  Optional<State> state(String text) {
    String t = text.strip();
    State byCode = states.get(t.toUpperCase(Locale.ROOT));
    if (byCode != null) {
      return Optional.of(byCode);
    }
    String key = letters(t);
    if (STATE_ALIASES.containsKey(key)) {
      return Optional.ofNullable(states.get(STATE_ALIASES.get(key)));
    }
    return states.values().stream()
        .filter(
            s ->
                s.fips().equals(t)
                    || letters(s.name()).equals(key)
                    || letters(s.name()).equals("us" + key))
        .findFirst();
  }

  Collection<State> states() {
    return states.values();
  }

  List<County> counties(State state) {
    return countiesByState.getOrDefault(state.usps(), List.of());
  }

  Optional<County> county(String fips) {
    return Optional.ofNullable(countiesByFips.get(fips));
  }

  Optional<FormerCounty> formerCounty(String fips) {
    return Optional.ofNullable(former.get(fips));
  }

  /**
   * Counties of a state by name: "Cameron", "cameron county", "St. Louis city". Where a name fits a
   * county and an independent city, the county wins unless the text says "city".
   */
  List<County> countiesNamed(String name, State state) {
    boolean city = name.toLowerCase(Locale.ROOT).matches(".*\\bcity\\s*$");
    String key = countyKey(name);
    List<County> found =
        counties(state).stream().filter(c -> countyKey(c.name()).equals(key)).toList();
    if (found.size() > 1) {
      List<County> preferred =
          found.stream().filter(c -> c.name().endsWith(" city") == city).toList();
      return preferred.isEmpty() ? found : preferred;
    }
    return found;
  }

  Optional<ZipCode> zip(String zip5) {
    return Optional.ofNullable(zips.get(zip5));
  }

  /** The states in which ZIP codes of the same 3-digit prefix lie. */
  List<String> statesOfPrefix(String zip5) {
    String prefix = zip5.substring(0, 3);
    return zips.values().stream()
        .filter(z -> z.zip().startsWith(prefix) && !z.state().isEmpty())
        .map(ZipCode::state)
        .distinct()
        .sorted()
        .toList();
  }

  /** The states (USPS codes, in order) that have a city named {@code city}. */
  List<String> statesWithCity(String city) {
    String name = cityName(city);
    return states.values().stream()
        .map(State::usps)
        .filter(usps -> cities.containsKey(usps + "|" + name))
        .sorted()
        .toList();
  }

  /** The ZIP codes whose USPS city name is {@code city} in {@code state}. */
  List<ZipCode> city(State state, String city) {
    return cities.getOrDefault(cityKey(state.usps(), city), List.of());
  }

  double population(String fips) {
    return population.getOrDefault(fips, 0.0);
  }

  /** A point inside the county's polygon, or null for a county generalized away. */
  LatLon pointIn(County county) {
    return countyPoints.get(county.fips());
  }

  /** The text lower-cased with only its ASCII letters and digits kept. */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String cityKey(String state, String city) {
    return state.toUpperCase(Locale.ROOT) + "|" + cityName(city);
  }

  /** A city name as keys hold it: "Saint" and "Fort" shortened, letters and digits only. */
  private static String cityName(String city) {
    String c = city.toLowerCase(Locale.ROOT);
    return letters(FORT.matcher(SAINT.matcher(c).replaceAll("st")).replaceAll("ft"));
  }

  private static String countyKey(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("&", " and ");
    n = SAINT.matcher(n).replaceAll("st");
    n = CITY_AT_END.matcher(COUNTY_WORDS.matcher(n).replaceAll(" ")).replaceAll(" ");
    return letters(n);
  }
}
