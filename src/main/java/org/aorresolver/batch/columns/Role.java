package org.aorresolver.batch.columns;

import java.util.List;
import java.util.Locale;

/**
 * What a column of a batch file holds, recognised from its header name with case, spaces,
 * underscores, dashes and dots ignored ({@code Zip Code}, {@code ZIP_CODE} and {@code zipcode} are
 * one name). Any column that plays no role passes through. Each role can also be chosen by name
 * with its {@link #option()}.
 */
public enum Role {
  ID("id-column", List.of("id")),
  LAT(
      "lat-column",
      List.of(
          "lat",
          "latitude",
          "y",
          "latdd",
          "latdeg",
          "latdecimal",
          "decimallatitude",
          "ycoord",
          "ycoordinate",
          "gpslat",
          "gpslatitude",
          "pointy")),
  LON(
      "lon-column",
      List.of(
          "lon",
          "lng",
          "long",
          "longitude",
          "x",
          "londd",
          "lngdd",
          "longdd",
          "londeg",
          "londecimal",
          "decimallongitude",
          "xcoord",
          "xcoordinate",
          "gpslon",
          "gpslng",
          "gpslongitude",
          "pointx")),
  ZIP(
      "zip-column",
      List.of(
          "zip",
          "zipcode",
          "zip5",
          "zip4",
          "zip9",
          "zipplus4",
          "postalcode",
          "postcode",
          "postal",
          "zippostalcode")),
  COUNTY(
      "county-column",
      List.of(
          "county",
          "countyname",
          "countyfips",
          "fips",
          "countycode",
          "cnty",
          "cntyfips",
          "fipscounty",
          "countyfipscode",
          "fipscode")),
  STATE(
      "state-column",
      List.of(
          "state",
          "st",
          "statecode",
          "stateabbr",
          "stateabbrev",
          "stateabbreviation",
          "statename",
          "stusps",
          "stusab",
          "stateusps",
          "statepostal")),
  ADDRESS(
      "address-column",
      List.of("address", "fulladdress", "singlelineaddress", "onelineaddress", "addressline")),
  STREET(
      "street-column", List.of("street", "streetaddress", "address1", "addressline1", "street1")),
  CITY("city-column", List.of("city", "town", "cityname", "municipality")),
  DATE("date-column", List.of("date", "datum", "fecha"));

  /** The roles whose column the command and the service let users choose by name. */
  public static final List<Role> CHOOSABLE = List.of(LAT, LON, ZIP, COUNTY, STATE, ADDRESS, DATE);

  /** The roles that name a place. */
  public static final List<Role> PLACE =
      List.of(LAT, LON, ZIP, COUNTY, STATE, ADDRESS, STREET, CITY);

  private final String option;
  private final List<String> names;

  Role(String option, List<String> names) {
    this.option = option;
    this.names = names;
  }

  /** The option that chooses this role's column: {@code --lat-column}, or {@code lat-column=}. */
  public String option() {
    return option;
  }

  /** The names this role is recognised by, as {@link #normalize} leaves them. */
  public List<String> names() {
    return names;
  }

  /** The role a header name stands for by itself, or null. */
  public static Role recognise(String header) {
    String n = normalize(header);
    for (Role r : values()) {
      if (r.names.contains(n)) {
        return r;
      }
    }
    return null;
  }

  /** A header name with case, spaces, underscores, dashes and dots taken out. */
  public static String normalize(String header) {
    StringBuilder s = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (!separator(c)) {
        s.append(Character.toLowerCase(c));
      }
    }
    return s.toString();
  }

  /** True for the characters {@link #normalize} drops. */
  public static boolean separator(char c) {
    return c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t' || c == '\u00A0';
  }

  /**
   * True when a header name looks like a date: {@code date}, {@code *_date}, {@code *_dt}, or any
   * name with {@code date} in it ({@code apprehension_date}, {@code DateOfArrest}), and the date's
   * own names ({@code Datum}, {@code Fecha}). A birth date ({@code birth_date}, {@code
   * DateOfBirth}, {@code dob}) is never a record's date.
   */
  public static boolean dateLike(String header) {
    String lower = header.strip().toLowerCase(Locale.ROOT);
    String n = normalize(header);
    if (n.contains("birth") || n.equals("dob")) {
      return false;
    }
    return n.contains("date")
        || recognise(header) == DATE
        || lower.equals("dt")
        || lower.endsWith("_dt")
        || lower.endsWith(" dt")
        || lower.endsWith("-dt");
  }

  /** How the mapping line names the role: {@code lat}, {@code county}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
