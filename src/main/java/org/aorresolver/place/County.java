package org.aorresolver.place;

import org.aorresolver.Edition;

/**
 * A county or county equivalent with the office responsible for it in each edition (null where no
 * published AOR covers it, as in American Samoa). {@code index} is its position in FIPS order.
 */
public record County(
    int index, String fips, String name, State state, String office2020, String office2021) {

  public String office(Edition edition) {
    return edition == Edition.E2020 ? office2020 : office2021;
  }

  public boolean assigned() {
    return office2021 != null || office2020 != null;
  }
}
