package org.aorresolver.place.postal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aorresolver.Precision;
import org.aorresolver.place.County;
import org.aorresolver.place.Gazetteer;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.State;
import org.aorresolver.place.ZipCode;
import org.aorresolver.place.postal.PostalPlaces.Counties;
import org.aorresolver.place.postal.PostalPlaces.Found;
import org.aorresolver.place.postal.PostalPlaces.Nowhere;
import org.aorresolver.place.postal.PostalPlaces.Reading;
import org.aorresolver.place.postal.PostalPlaces.WholeState;

/**
 * Where an address read offline is, from the most precise part it has: its ZIP code if known; a
 * county named with its state ("Cameron County, TX", "Cameron Co., Texas"); its city in its state;
 * its state; its ZIP code even if unknown; a city without a state when exactly one state has a city
 * of that name (the state is assumed, and noted); else nowhere, naming the states that have such a
 * city when there are several.
 */
final class OfflineAddress {
  /** A county's name followed by the word for a county (or its abbreviation "Co."). */
  private static final Pattern COUNTY =
      Pattern.compile(
          "(.+?)[\\s,]+(?:county|co\\.?|parish|city and borough|borough|census area|municipio"
              + "|municipality|planning region)",
          Pattern.CASE_INSENSITIVE);

  /** An independent city that is a county equivalent: "St. Louis city", "Richmond city". */
  private static final Pattern CITY = Pattern.compile(".+\\scity", Pattern.CASE_INSENSITIVE);

  private final Gazetteer gazetteer;

  OfflineAddress(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Where a reading step put the address, and a note on how (or null). */
  private record Step(Found found, String note) {}

  /**
   * @param padding a note on the address's ZIP code, padded with zeros (or null)
   * @param unavailable a note that the online geocoder failed (or null)
   */
  Reading read(PostalPlaces postal, ParsedAddress parsed, String padding, String unavailable) {
    Step step = step(postal, parsed);
    List<String> notes =
        Stream.of(padding, step.note(), unavailable).filter(n -> n != null).toList();
    return new Reading(parsed, step.found(), notes, null);
  }

  private Step step(PostalPlaces postal, ParsedAddress parsed) {
    Optional<ZipCode> zip = parsed.zip() == null ? Optional.empty() : gazetteer.zip(parsed.zip());
    State state = parsed.state() == null ? null : gazetteer.state(parsed.state()).orElseThrow();
    if (zip.isPresent()) {
      return new Step(postal.zip(parsed.zip()), zipElsewhere(parsed, zip.get(), state));
    }
    if (state != null) {
      return inState(postal, parsed, state);
    }
    if (parsed.zip() != null) {
      return new Step(postal.zip(parsed.zip()), null);
    }
    return withoutState(postal, parsed.city());
  }

  /** An address without a known ZIP code in {@code state}: its county, its city, or the state. */
  private Step inState(PostalPlaces postal, ParsedAddress parsed, State state) {
    Optional<County> county = county(parsed, state);
    if (county.isPresent()) {
      County c = county.get();
      return new Step(
          new Counties(Map.of(c, 1.0), gazetteer.pointIn(c), state, Precision.COUNTY), null);
    }
    if (parsed.city() != null && !gazetteer.city(state, parsed.city()).isEmpty()) {
      return new Step(postal.city(state, parsed.city()), null);
    }
    return new Step(
        new WholeState(state),
        "resolved by state only: "
            + (parsed.zip() != null
                ? "ZIP " + parsed.zip() + " is unknown"
                : "no known ZIP or city found"));
  }

  /** A city without a state: the one state that has it (assumed, and said), or nowhere. */
  private Step withoutState(PostalPlaces postal, String city) {
    List<String> states = city == null ? List.of() : gazetteer.statesWithCity(city);
    if (states.size() != 1) {
      return new Step(nowhere(city, states), null);
    }
    State only = gazetteer.state(states.get(0)).orElseThrow();
    return new Step(
        postal.city(only, city),
        "assumed " + only.name() + ": no state given, and only it has a city named " + city);
  }

  /**
   * The county an address's city part names in its state: with a county word ("Cameron County"), or
   * an independent city by its county-equivalent name ("St. Louis city"; "Carson City" and
   * "Oklahoma City" are cities).
   */
  private Optional<County> county(ParsedAddress parsed, State state) {
    String text = parsed.city() == null ? "" : parsed.city().strip();
    Matcher m = COUNTY.matcher(text);
    if (m.matches()) {
      List<County> named = gazetteer.countiesNamed(m.group(1), state);
      return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
    if (CITY.matcher(text).matches()) {
      return gazetteer.countiesNamed(text, state).stream()
          .filter(c -> c.name().endsWith(" city"))
          .findFirst();
    }
    return Optional.empty();
  }

  private static String zipElsewhere(ParsedAddress parsed, ZipCode zip, State state) {
    String zipState = zip.state();
    if (state == null || zipState.isEmpty() || zipState.equals(state.usps())) {
      return null;
    }
    return "ZIP "
        + parsed.zip()
        + " is in "
        + zipState
        + ", not "
        + state.usps()
        + "; the ZIP code was used";
  }

  private static Nowhere nowhere(String city, List<String> states) {
    if (states.isEmpty()) {
      return new Nowhere(
          null, "unknown-place", "no ZIP code, known city or state found in the address");
    }
    return new Nowhere(
        null,
        "ambiguous-place",
        String.format(
            Locale.ROOT,
            "%s is a city in %d states (%s) and no state was given; add the state or the ZIP code",
            city,
            states.size(),
            String.join(", ", states)));
  }
}
