package org.aorresolver.place;

import java.util.List;
import org.aorresolver.LatLon;

/**
 * A ZIP Code Tabulation Area: its Census internal point, USPS state and city, population, and the
 * counties it touches with each one's share of its population in percent (largest first).
 */
public record ZipCode(
    String zip, LatLon point, String state, String city, int population, List<Share> counties) {

  /** A county's share of a ZIP's population, in percent. */
  public record Share(String fips, double percent) {}
}
