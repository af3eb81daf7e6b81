package org.aorresolver;

import java.util.Set;

/** An ERO field office: its directory entry and the editions in which it has an AOR. */
public record Office(
    String code,
    String name,
    String street,
    String city,
    String state,
    String zip,
    String phone,
    String aorSummary,
    Set<Edition> editions,
    LatLon location,
    String locationSource) {

  public boolean existsIn(Edition edition) {
    return editions.contains(edition);
  }
}
