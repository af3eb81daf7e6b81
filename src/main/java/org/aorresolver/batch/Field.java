package org.aorresolver.batch;

import java.util.List;
import java.util.Locale;

/**
 * The input columns a batch reads, recognized by name (case-insensitive); any other column is
 * passed through. The date column's name can be changed.
 */
enum Field {
  ID("id"),
  LAT("lat", "latitude", "y"),
  LON("lon", "longitude", "x"),
  ZIP("zip"),
  COUNTY_FIPS("county_fips"),
  STATE("state"),
  ADDRESS("address"),
  STREET("street"),
  CITY("city"),
  DATE("date");

  /** The fields that name a place. */
  static final List<Field> PLACE =
      List.of(LAT, LON, ZIP, COUNTY_FIPS, STATE, ADDRESS, STREET, CITY);

  private final List<String> names;

  Field(String... names) {
    this.names = List.of(names);
  }

  List<String> names() {
    return names;
  }

  /** The field a column name stands for, or null; {@code dateColumn} names the date. */
  static Field named(String column, String dateColumn) {
    String n = column.strip().toLowerCase(Locale.ROOT);
    if (n.equals(dateColumn.toLowerCase(Locale.ROOT))) {
      return DATE;
    }
    for (Field f : values()) {
      if (f != DATE && f.names.contains(n)) {
        return f;
      }
    }
    return null;
  }
}
