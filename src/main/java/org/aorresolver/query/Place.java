package org.aorresolver.query;

import org.aorresolver.LatLon;

/** What a user has in hand: a coordinate, a state, a county, a ZIP code or an address. */
public sealed interface Place {

  record Coordinate(LatLon at) implements Place {}

  /** USPS code, FIPS code or name. */
  record StateName(String text) implements Place {}

  /** A 5-digit FIPS code, or a name with {@code state} to say which state's. */
  record CountyName(String text, String state) implements Place {}

  /** 5 digits; ZIP+4 accepted. */
  record Zip(String text) implements Place {}

  /** A one-line address ({@code line}) or its parts. */
  record Address(String line, String street, String city, String state, String zip)
      implements Place {}
}
