package org.aorresolver.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aorresolver.InvalidInputException;

/**
 * Reads a one-line US address offline into street, city, state and ZIP: "1717 Zoy St, Harlingen, TX
 * 78550", "Harlingen TX", "San Juan, Puerto Rico 00901", "Sacramento, Calif.". It never guesses a
 * street location: what it finds is only used at ZIP, city or state precision.
 */
public final class AddressParser {
  private static final Pattern COUNTRY =
      Pattern.compile(
          "[\\s,]*(?:USA|U\\.S\\.A\\.|US|U\\.S\\.|United States(?: of America)?)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ZIP = Pattern.compile("(?:^|[\\s,])(\\d{5})(?:[-\\s]?\\d{4})?\\s*$");
  private static final Pattern CODE = Pattern.compile("(?:^|[\\s,])([A-Za-z]{2})\\.?\\s*$");
  private static final Pattern SEPARATORS = Pattern.compile("^[\\s,]+|[\\s,]+$");

  private static final Pattern ZIP_FIELD = Pattern.compile("^(\\d{5})(?:[-\\s]?\\d{4})?$");

  /**
   * The Associated Press abbreviations of state names ("Calif.", "N.Y."), read with or without
   * dots.
   */
  private static final Map<String, String> AP_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("Ala", "AL"),
          Map.entry("Ariz", "AZ"),
          Map.entry("Ark", "AR"),
          Map.entry("Calif", "CA"),
          Map.entry("Colo", "CO"),
          Map.entry("Conn", "CT"),
          Map.entry("Del", "DE"),
          Map.entry("D.C", "DC"),
          Map.entry("Fla", "FL"),
          Map.entry("Ill", "IL"),
          Map.entry("Ind", "IN"),
          Map.entry("Kan", "KS"),
          Map.entry("Mass", "MA"),
          Map.entry("Mich", "MI"),
          Map.entry("Minn", "MN"),
          Map.entry("Miss", "MS"),
          Map.entry("Mont", "MT"),
          Map.entry("Neb", "NE"),
          Map.entry("Nev", "NV"),
          Map.entry("N.H", "NH"),
          Map.entry("N.J", "NJ"),
          Map.entry("N.M", "NM"),
          Map.entry("N.Y", "NY"),
          Map.entry("N.C", "NC"),
          Map.entry("N.D", "ND"),
          Map.entry("Okla", "OK"),
          Map.entry("Ore", "OR"),
          Map.entry("P.R", "PR"),
          Map.entry("R.I", "RI"),
          Map.entry("S.C", "SC"),
          Map.entry("S.D", "SD"),
          Map.entry("Tenn", "TN"),
          Map.entry("Tex", "TX"),
          Map.entry("W.Va", "WV"),
          Map.entry("W. Va", "WV"),
          Map.entry("Wash", "WA"),
          Map.entry("Wis", "WI"),
          Map.entry("Wyo", "WY"));

  /** A way a state's name can end an address; an abbreviation may take a final dot. */
  private record StateName(State state, String name, boolean abbreviation) {
    /** Where this name starts if it ends {@code text} as a word of its own, else -1. */
    int startIn(String text) {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (abbreviation && end > 0 && text.charAt(end - 1) == '.') {
        end--;
      }
      int start = end - name.length();
      if (start < 0 || !text.regionMatches(true, start, name, 0, name.length())) {
        return -1;
      }
      char before = start == 0 ? ' ' : text.charAt(start - 1);
      return Character.isWhitespace(before) || before == ',' ? start : -1;
    }
  }

  private final Gazetteer gazetteer;

  /**
   * Full names and abbreviations of every state by their last letter (lower case), longest first.
   */
  private final Map<Character, List<StateName>> stateNames;

  public AddressParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    List<StateName> names = new ArrayList<>();
    for (State s : gazetteer.states()) {
      names.add(new StateName(s, s.name(), false));
    }
    AP_ABBREVIATIONS.forEach(
        (name, usps) ->
            gazetteer
                .state(usps)
                .filter(s -> s.usps().equals(usps))
                .ifPresent(s -> names.add(new StateName(s, name, true))));
    names.sort(Comparator.comparingInt((StateName n) -> -n.name().length()));
    this.stateNames =
        names.stream()
            .collect(
                Collectors.groupingBy(
                    n -> Character.toLowerCase(n.name().charAt(n.name().length() - 1)),
                    Collectors.toUnmodifiableList()));
  }

  public ParsedAddress parse(String line) {
    String rest = COUNTRY.matcher(line.strip()).replaceFirst("");
    String zip = null;
    Matcher z = ZIP.matcher(rest);
    if (z.find()) {
      zip = z.group(1);
      rest = rest.substring(0, z.start());
    }
    rest = trimSeparators(rest);
    // names and abbreviations first, so that "W. Va." is not read as "Va."
    State state = null;
    for (StateName s : stateNames.getOrDefault(lastLetter(rest), List.of())) {
      int start = s.startIn(rest);
      if (start >= 0) {
        state = s.state();
        rest = rest.substring(0, start);
        break;
      }
    }
    Matcher code = CODE.matcher(rest);
    if (state == null
        && code.find()
        && gazetteer
            .state(code.group(1))
            .filter(s -> s.usps().equalsIgnoreCase(code.group(1)))
            .isPresent()) {
      state = gazetteer.state(code.group(1)).get();
      rest = rest.substring(0, code.start());
    }
    rest = trimSeparators(rest);
    String street = null;
    String city = null;
    int comma = rest.lastIndexOf(',');
    if (comma >= 0) {
      city = rest.substring(comma + 1).strip();
      street = trimSeparators(rest.substring(0, comma));
    } else if (!rest.isEmpty()) {
      Optional<String> known = state == null ? Optional.empty() : knownCitySuffix(rest, state);
      if (known.isPresent()) {
        city = known.get();
        street = trimSeparators(rest.substring(0, rest.length() - city.length()));
      } else if (rest.chars().anyMatch(Character::isDigit)) {
        street = rest;
      } else {
        city = rest;
      }
    }
    return new ParsedAddress(
        blankToNull(street), blankToNull(city), state == null ? null : state.usps(), zip);
  }

  /** The longest run of final words (up to four) that names a city of the state. */
  private Optional<String> knownCitySuffix(String text, State state) {
    String[] words = text.split("\\s+");
    for (int n = Math.min(4, words.length); n >= 1; n--) {
      String candidate =
          String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
      if (!gazetteer.city(state, candidate).isEmpty()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The last character (lower case) but for spaces and one final dot; a space if none. */
  private static char lastLetter(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == '.') {
      end--;
    }
    return end == 0 ? ' ' : Character.toLowerCase(text.charAt(end - 1));
  }

  private static String trimSeparators(String s) {
    return SEPARATORS.matcher(s).replaceAll("");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The 5-digit ZIP code of a query field holding a ZIP code or a ZIP+4, else an error. */
  public static String normalizeZip(String field, String text) {
    String digits = text.strip();
    Matcher m = ZIP_FIELD.matcher(digits);
    if (!m.matches()) {
      throw new InvalidInputException(
          field, text, "a 5-digit ZIP code or a ZIP+4 (12345 or 12345-6789)");
    }
    return m.group(1);
  }
}
