package org.aorresolver.place.postal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aorresolver.LatLon;
import org.aorresolver.Precision;
import org.aorresolver.place.AddressParser;
import org.aorresolver.place.County;
import org.aorresolver.place.Gazetteer;
import org.aorresolver.place.Geocoder;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.State;
import org.aorresolver.place.ZipCode;
import org.aorresolver.query.Place;

/**
 * What a ZIP code, a city or an address comes to: the counties it lies in with each one's share of
 * its people, a point (a ZIP code in no county table, an address geocoded online), a whole state,
 * or nowhere and why. Addresses are geocoded online when a {@link Geocoder} is given, else (and
 * whenever it finds nothing or fails) read offline by ZIP code, city or state. Immutable.
 */
public final class PostalPlaces {
  /** Military ZIP prefixes: AA (340), AE (090-098) and AP (962-966). */
  private static final List<String> MILITARY_PREFIXES =
      List.of(
          "340", "090", "091", "092", "093", "094", "095", "096", "097", "098", "962", "963", "964",
          "965", "966");

  /** Where a postal place is. */
  public sealed interface Found {}

  /**
   * Counties with their shares of the place (summing to 1), in order, the point where the answer is
   * worked out, the state (null when the counties are not all in one) and the precision.
   */
  public record Counties(Map<County, Double> shares, LatLon at, State state, Precision precision)
      implements Found {}

  /**
   * A point to locate: a ZIP code's internal point ({@code ZIP}: the answer rests on the ZIP code
   * wherever the point falls) or a geocoded address ({@code STREET}: a street where the point is in
   * a county).
   */
  public record Point(LatLon at, Precision precision) implements Found {}

  /** A whole state: an address whose ZIP code and city are unknown. */
  public record WholeState(State state) implements Found {}

  /** Nowhere: why, and the precision the query had. */
  public record Nowhere(Precision precision, String reason, String message) implements Found {}

  /**
   * How an address was read, where it is, notes on how it was resolved (a ZIP code in another
   * state, the state alone, the geocoder unavailable) and where the geocoder put it (or null).
   */
  public record Reading(ParsedAddress parsed, Found found, List<String> notes, LatLon geocoded) {}

  private final Gazetteer gazetteer;
  private final AddressParser addresses;
  private final OfflineAddress offline;
  private final Geocoder geocoder;

  private PostalPlaces(Gazetteer gazetteer, AddressParser addresses, Geocoder geocoder) {
    this.gazetteer = gazetteer;
    this.addresses = addresses;
    this.offline = new OfflineAddress(gazetteer);
    this.geocoder = geocoder;
  }

  /** Postal places offline. */
  public static PostalPlaces of(Gazetteer gazetteer) {
    return new PostalPlaces(gazetteer, new AddressParser(gazetteer), null);
  }

  /** The same, geocoding addresses with {@code online} first (null: offline only). */
  public PostalPlaces withGeocoder(Geocoder online) {
    return new PostalPlaces(gazetteer, addresses, online);
  }

  public boolean online() {
    return geocoder != null;
  }

  /**
   * A ZIP code as a query gives it: 5 digits or a ZIP+4, or 3 or 4 digits that lost their leading
   * zeros in a spreadsheet, padded and noted; anything else is an error naming {@code field}.
   */
  public Reading zipText(String field, String text) {
    String padded = ZipDigits.padded(text);
    if (padded == null) {
      Found found = zip(AddressParser.normalizeZip(field, text));
      return new Reading(null, found, List.of(), null);
    }
    return new Reading(null, zip(padded), List.of(ZipDigits.note(text, padded)), null);
  }

  /** A ZIP code (5 digits). */
  public Found zip(String zip) {
    if (MILITARY_PREFIXES.contains(zip.substring(0, 3))) {
      return new Nowhere(
          Precision.ZIP,
          "military-zip",
          "ZIP " + zip + " is an APO/FPO/DPO military address (AA, AE or AP), in no AOR");
    }
    Optional<ZipCode> entry = gazetteer.zip(zip);
    if (entry.isEmpty()) {
      List<String> states = gazetteer.statesOfPrefix(zip);
      return new Nowhere(
          Precision.ZIP,
          "unknown-zip",
          "ZIP "
              + zip
              + " is not a ZIP Code Tabulation Area: a PO-box-only or single-organization ZIP, or not in use"
              + (states.isEmpty()
                  ? ""
                  : "; its prefix "
                      + zip.substring(0, 3)
                      + " is used in "
                      + String.join(", ", states)));
    }
    ZipCode z = entry.get();
    if (z.counties().isEmpty()) {
      return new Point(z.point(), Precision.ZIP);
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    z.counties().forEach(s -> weights.merge(s.fips(), s.percent(), Double::sum));
    State state = gazetteer.state(z.state()).orElse(null);
    return counties(weights, z.point(), state, Precision.ZIP);
  }

  /**
   * A city of a state: its ZIP codes' counties weighted by people, at the population-weighted
   * centre of its ZIP codes (a ZIP code counts at least one person).
   */
  public Found city(State state, String city) {
    Map<String, Double> weights = new LinkedHashMap<>();
    double lat = 0;
    double lon = 0;
    double total = 0;
    for (ZipCode z : gazetteer.city(state, city)) {
      double people = Math.max(1, z.population());
      for (ZipCode.Share s : z.counties()) {
        weights.merge(s.fips(), people * s.percent() / 100, Double::sum);
      }
      lat += z.point().lat() * people;
      lon += z.point().lon() * people;
      total += people;
    }
    return counties(weights, LatLon.of(lat / total, lon / total), state, Precision.CITY);
  }

  /** How an address line is read offline. */
  public ParsedAddress read(String line) {
    return addresses.parse(line);
  }

  /**
   * An address: geocoded online if possible, else by its ZIP code (if known), its city and state
   * (if the state has that city), or its state.
   */
  public Reading address(Place.Address address) {
    ParsedAddress parsed = parsed(address);
    String[] padded = address.line() == null ? null : ZipDigits.inLine(address.line(), addresses);
    String padding = null;
    if (padded != null && parsed.zip() == null) {
      parsed = addresses.parse(padded[0]);
      padding = padded[1];
    }
    String unavailable = null;
    if (geocoder != null && (address.line() != null || parsed.street() != null)) {
      try {
        Optional<LatLon> at =
            geocoder.locate(address.line() != null ? address.line() : oneLine(parsed));
        if (at.isPresent()) {
          return new Reading(parsed, new Point(at.get(), Precision.STREET), List.of(), at.get());
        }
      } catch (IOException e) {
        unavailable = "online geocoder unavailable (" + e.getMessage() + "); resolved offline";
      }
    }
    return offline.read(this, parsed, padding, unavailable);
  }

  /**
   * Counties with weights as shares: each county's weight over the sum (or, if every weight is 0,
   * an equal share); counties the gazetteer does not know are left out.
   */
  Found counties(Map<String, Double> weights, LatLon at, State state, Precision p) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<County, Double> shares = new LinkedHashMap<>();
    weights.forEach(
        (fips, w) ->
            gazetteer
                .county(fips)
                .ifPresent(c -> shares.put(c, total > 0 ? w / total : 1.0 / weights.size())));
    return new Counties(shares, at, state, p);
  }

  private ParsedAddress parsed(Place.Address a) {
    if (a.line() != null) {
      return addresses.parse(a.line());
    }
    String state = a.state() == null ? null : gazetteer.stateNamed("state", a.state()).usps();
    String zip = a.zip() == null ? null : AddressParser.normalizeZip("zip", a.zip());
    return new ParsedAddress(blank(a.street()), blank(a.city()), state, zip);
  }

  private static String oneLine(ParsedAddress p) {
    return Stream.of(p.street(), p.city(), p.state(), p.zip())
        .filter(s -> s != null)
        .collect(Collectors.joining(", "));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
