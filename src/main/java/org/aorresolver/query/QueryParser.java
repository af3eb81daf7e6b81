package org.aorresolver.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aorresolver.Edition;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.aorresolver.LatLon;

/**
 * Turns query parameters (HTTP query string or command-line options) into a {@link Place} and a
 * {@link When}, checking every field and reporting every problem at once. Exactly one kind of
 * place: {@code lat}+{@code lon}, {@code state}, {@code county} (with {@code state} for a name),
 * {@code zip}, {@code address}, or the parts {@code street}/{@code city}/{@code state}/{@code zip};
 * and at most one of {@code edition} and {@code date}.
 */
public final class QueryParser {
  /** A query: what place, and which office structure. */
  public record Request(Place place, When when) {}

  public static final Set<String> PARAMETERS =
      Set.of(
          "lat", "lon", "state", "county", "zip", "address", "street", "city", "edition", "date");

  /** Plain decimal degrees: no hex, no NaN or Infinity, no thousands separators, ASCII digits. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

  private static final String PLACE_FORMS =
      "one place: lat and lon, state, county, zip, address, or street/city/state/zip";

  private final Map<String, List<String>> params;
  private final List<FieldError> errors = new ArrayList<>();

  private QueryParser(Map<String, List<String>> params) {
    this.params = params;
  }

  public static Request parse(Map<String, List<String>> params) {
    return new QueryParser(params).parse();
  }

  private Request parse() {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      if (!PARAMETERS.contains(p.getKey())) {
        errors.add(
            new FieldError(
                p.getKey(),
                first(p.getValue()),
                "a known parameter: " + String.join(", ", sorted())));
      } else if (p.getValue().size() > 1) {
        errors.add(
            new FieldError(
                p.getKey(), String.join(",", p.getValue()), "given once (it was repeated)"));
      }
    }
    When when = when();
    Place place = place();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Request(place, when);
  }

  private Place place() {
    boolean point = has("lat") || has("lon");
    boolean line = has("address");
    boolean parts = has("street") || has("city");
    boolean county = has("county");
    int kinds = (point ? 1 : 0) + (line ? 1 : 0) + (parts ? 1 : 0) + (county ? 1 : 0);
    if (kinds > 1
        || (point && (has("state") || has("zip")))
        || (line && (has("state") || has("zip")))
        || (county && has("zip"))) {
      errors.add(
          new FieldError(
              String.join(",", givenPlaceFields()), null, PLACE_FORMS + ", not several"));
      return null;
    }
    if (point) {
      String swapped = swappedHint();
      Double lat =
          degrees("lat", 90, "a latitude in decimal degrees within [-90, 90]", "29.42", swapped);
      Double lon =
          degrees(
              "lon", 180, "a longitude in decimal degrees within [-180, 180]", "-98.49", swapped);
      return lat == null || lon == null ? null : new Place.Coordinate(LatLon.of(lat, lon));
    }
    if (line) {
      return new Place.Address(nonBlank("address"), null, null, null, null);
    }
    if (parts || (has("zip") && has("state"))) {
      return new Place.Address(null, value("street"), value("city"), value("state"), value("zip"));
    }
    if (county) {
      return new Place.CountyName(nonBlank("county"), value("state"));
    }
    if (has("zip")) {
      return new Place.Zip(nonBlank("zip"));
    }
    if (has("state")) {
      return new Place.StateName(nonBlank("state"));
    }
    errors.add(new FieldError("place", null, PLACE_FORMS));
    return null;
  }

  private When when() {
    if (has("edition") && has("date")) {
      errors.add(new FieldError("edition,date", null, "one of edition and date, not both"));
      return null;
    }
    if (has("edition")) {
      try {
        return When.of(Edition.parse("edition", value("edition")));
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
        return null;
      }
    }
    if (has("date")) {
      String d = value("date");
      try {
        if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return When.on(LocalDate.parse(d));
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      errors.add(new FieldError("date", d, "a calendar date as YYYY-MM-DD"));
      return null;
    }
    return When.current();
  }

  /** A hint when lat looks like a longitude and lon like a latitude. */
  private String swappedHint() {
    try {
      double lat = Double.parseDouble(String.valueOf(value("lat")).strip());
      double lon = Double.parseDouble(String.valueOf(value("lon")).strip());
      return Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90
          ? " (lat and lon look swapped)"
          : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private Double degrees(
      String field, double limit, String expected, String example, String swapped) {
    String v = value(field);
    if (v == null || !DECIMAL.matcher(v.strip()).matches()) {
      errors.add(new FieldError(field, v, expected + ", such as " + example + swapped));
      return null;
    }
    double d = Double.parseDouble(v.strip());
    if (!(Math.abs(d) <= limit)) {
      errors.add(new FieldError(field, v, expected + swapped));
      return null;
    }
    return d == 0 ? 0.0 : d; // -0 is 0
  }

  private boolean has(String field) {
    return params.containsKey(field);
  }

  private String value(String field) {
    List<String> v = params.get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private String nonBlank(String field) {
    String v = value(field);
    if (v == null || v.isBlank()) {
      errors.add(new FieldError(field, v, "a non-empty value"));
    }
    return v;
  }

  private List<String> givenPlaceFields() {
    return List.of("lat", "lon", "address", "street", "city", "county", "state", "zip").stream()
        .filter(this::has)
        .toList();
  }

  private static List<String> sorted() {
    return PARAMETERS.stream().sorted().toList();
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
