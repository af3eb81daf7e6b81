package org.aorresolver;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aorresolver.Resolution.ParsedAddress;

/**
 * Reads a one-line US address offline into street, city, state and ZIP: "1717 Zoy St, Harlingen, TX
 * 78550", "Harlingen TX", "San Juan, Puerto Rico 00901". It never guesses a street location: what
 * it finds is only used at ZIP, city or state precision.
 */
final class AddressParser {
  private static final Pattern COUNTRY =
      Pattern.compile(
          "[\\s,]*(?:USA|U\\.S\\.A\\.|US|U\\.S\\.|United States(?: of America)?)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ZIP = Pattern.compile("(?:^|[\\s,])(\\d{5})(?:[-\\s]?\\d{4})?\\s*$");
  private static final Pattern CODE = Pattern.compile("(?:^|[\\s,])([A-Za-z]{2})\\.?\\s*$");
  private static final Pattern SEPARATORS = Pattern.compile("^[\\s,]+|[\\s,]+$");

  private final Gazetteer gazetteer;
  private final List<State> statesByNameLength;

  AddressParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.statesByNameLength =
        gazetteer.states().stream()
            .sorted(Comparator.comparingInt((State s) -> -s.name().length()))
            .toList();
  }

  ParsedAddress parse(String line) {
    String rest = COUNTRY.matcher(line.strip()).replaceFirst("");
    String zip = null;
    Matcher z = ZIP.matcher(rest);
    if (z.find()) {
      zip = z.group(1);
      rest = rest.substring(0, z.start());
    }
    rest = trimSeparators(rest);
    State state = null;
    Matcher code = CODE.matcher(rest);
    if (code.find()
        && gazetteer
            .state(code.group(1))
            .filter(s -> s.usps().equalsIgnoreCase(code.group(1)))
            .isPresent()) {
      state = gazetteer.state(code.group(1)).get();
      rest = rest.substring(0, code.start());
    } else {
      for (State s : statesByNameLength) {
        Matcher named =
            Pattern.compile(
                    "(?:^|[\\s,])" + Pattern.quote(s.name()) + "\\s*$", Pattern.CASE_INSENSITIVE)
                .matcher(rest);
        if (named.find()) {
          state = s;
          rest = rest.substring(0, named.start());
          break;
        }
      }
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
          String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
      if (!gazetteer.city(state, candidate).isEmpty()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String trimSeparators(String s) {
    return SEPARATORS.matcher(s).replaceAll("");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String normalizeZip(String field, String text) {
    String digits = text.strip();
    Matcher m = Pattern.compile("^(\\d{5})(?:[-\\s]?\\d{4})?$").matcher(digits);
    if (!m.matches()) {
      throw new InvalidInputException(
          field, text, "a 5-digit ZIP code or a ZIP+4 (12345 or 12345-6789)");
    }
    return m.group(1);
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
