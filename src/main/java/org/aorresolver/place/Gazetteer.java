package org.aorresolver.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;

/**
 * Names to places: states by USPS code, FIPS code or name; counties by FIPS code (old codes too) or
 * by name within a state; ZIP codes; cities by their USPS name within a state. Also estimates each
 * county's population from the ZIP shares. Immutable once built.
 */
public final class Gazetteer {
  /**
   * What a query's county is: a {@code county}, a {@code former} county code (with its {@code
   * state}), or neither, with the {@code state} named if any and why it is {@code unknown}.
   */
  public record CountyFound(County county, FormerCounty former, State state, String unknown) {}

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
  private final Map<String, ZipCode> zips = new HashMap<>();
  private final Map<String, List<ZipCode>> cities = new HashMap<>();
  private final Map<String, Double> population = new HashMap<>();
  private final Map<String, LatLon> countyPoints = new HashMap<>();

  private Gazetteer(List<County> counties, List<Geometry> countyAreas, List<ZipCode> zipCodes) {
    for (County c : counties) {
      states.putIfAbsent(c.state().usps(), c.state());
      countiesByState.computeIfAbsent(c.state().usps(), k -> new ArrayList<>()).add(c);
      countiesByFips.putIfAbsent(c.fips(), c);
      Geometry area = countyAreas.get(c.index());
      if (!area.isEmpty()) {
        countyPoints.put(c.fips(), LatLon.of(InteriorPointArea.getInteriorPoint(area)));
      }
    }
    for (ZipCode z : zipCodes) {
      zips.put(z.zip(), z);
      cities.computeIfAbsent(cityKey(z.state(), z.city()), k -> new ArrayList<>()).add(z);
      for (ZipCode.Share s : z.counties()) {
        population.merge(s.fips(), z.population() * s.percent() / 100, Double::sum);
      }
    }
  }

  /**
   * The names of the counties (with {@code countyAreas} aligned to them, for a point inside each)
   * and of the ZIP codes.
   */
  public static Gazetteer of(
      List<County> counties, List<Geometry> countyAreas, List<ZipCode> zipCodes) {
    return new Gazetteer(counties, countyAreas, zipCodes);
  }

  /** A state by USPS code, FIPS code or name (case and punctuation ignored). */
  public Optional<State> state(String text) {
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

  /**
   * The state a query field names, or an error naming the field: the military "states" AA, AE and
   * AP are none.
   */
  public State stateNamed(String field, String text) {
    if (text.strip().toUpperCase(Locale.ROOT).matches("A[AEP]")) {
      throw new InvalidInputException(
          field, text, "a state or territory (AA, AE and AP are military mail)");
    }
    return state(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, text, "a state or territory: USPS code, FIPS code or name"));
  }

  /**
   * The county a query names by FIPS code, or by name together with a state ({@code stateText}):
   * found, a former county code, or unknown (with the state, if one was named, and why). Text that
   * is neither a FIPS code nor a name, or a name without state, is an error.
   */
  public CountyFound findCounty(String text, String stateText) {
    String t = text.strip();
    if (t.matches("\\d{5}")) {
      County c = countiesByFips.get(t);
      FormerCounty f = FormerCounty.of(t).orElse(null);
      Optional<State> whole = f == null ? Optional.empty() : state(f.state());
      if (c != null || whole.isEmpty()) {
        return new CountyFound(c, null, null, c == null ? "no county has FIPS code " + t : null);
      }
      return new CountyFound(null, f, whole.get(), null);
    }
    if (stateText == null || stateText.isBlank()) {
      throw new InvalidInputException(
          "county", t, "a 5-digit FIPS code, or a county name together with state");
    }
    if (t.isEmpty() || t.chars().anyMatch(Character::isDigit)) {
      throw new InvalidInputException("county", t, "a 5-digit FIPS code or a county name");
    }
    State state = stateNamed("state", stateText);
    List<County> named = countiesNamed(t, state);
    return named.isEmpty()
        ? new CountyFound(null, null, state, "no county named '" + t + "' in " + state.name())
        : new CountyFound(named.get(0), null, null, null);
  }

  public Collection<State> states() {
    return states.values();
  }

  public List<County> counties(State state) {
    return countiesByState.getOrDefault(state.usps(), List.of());
  }

  public Optional<County> county(String fips) {
    return Optional.ofNullable(countiesByFips.get(fips));
  }

  /**
   * Counties of a state by name: "Cameron", "cameron county", "St. Louis city". Where a name fits a
   * county and an independent city, the county wins unless the text says "city".
   */
  public List<County> countiesNamed(String name, State state) {
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

  public Optional<ZipCode> zip(String zip5) {
    return Optional.ofNullable(zips.get(zip5));
  }

  /** The states in which ZIP codes of the same 3-digit prefix lie. */
  public List<String> statesOfPrefix(String zip5) {
    String prefix = zip5.substring(0, 3);
    return zips.values().stream()
        .filter(z -> z.zip().startsWith(prefix) && !z.state().isEmpty())
        .map(ZipCode::state)
        .distinct()
        .sorted()
        .toList();
  }

  /** The states (USPS codes, in order) that have a city named {@code city}. */
  public List<String> statesWithCity(String city) {
    String name = cityName(city);
    return states.values().stream()
        .map(State::usps)
        .filter(usps -> cities.containsKey(usps + "|" + name))
        .sorted()
        .toList();
  }

  /** The ZIP codes whose USPS city name is {@code city} in {@code state}. */
  public List<ZipCode> city(State state, String city) {
    return cities.getOrDefault(cityKey(state.usps(), city), List.of());
  }

  private double population(String fips) {
    return population.getOrDefault(fips, 0.0);
  }

  /**
   * Each county's share of the counties' people (estimated from the ZIP shares), in order; equal
   * shares where none has people.
   */
  public Map<County, Double> populationShares(List<County> counties) {
    double total = counties.stream().mapToDouble(c -> population(c.fips())).sum();
    Map<County, Double> shares = new LinkedHashMap<>();
    for (County c : counties) {
      shares.put(c, total > 0 ? population(c.fips()) / total : 1.0 / counties.size());
    }
    return shares;
  }

  /** A point inside the county's polygon, or null for a county generalized away. */
  public LatLon pointIn(County county) {
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

  private static String cityKey(String state, String city) {
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
