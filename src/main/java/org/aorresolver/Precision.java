package org.aorresolver;

import java.util.Locale;

/**
 * What an answer rests on: the point itself; the nearest AOR to a point just off the generalized
 * coast; a street address geocoded online; or, offline, a ZIP code, a city, a county or a state.
 */
public enum Precision {
  POINT,
  NEAREST,
  STREET,
  ZIP,
  CITY,
  COUNTY,
  STATE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
