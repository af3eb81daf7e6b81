package org.aorresolver.office;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.aorresolver.LatLon;

/**
 * An ERO check-in office (sub-office) of a field office ({@code office}, its code), with the
 * coverage ICE publishes: the free text as published, the counties (FIPS) it names and the states
 * it names whole, each set in order. Its contact's code is its id, such as {@code harlingen-tx}.
 */
public record CheckinOffice(
    Contact contact,
    String office,
    String coverage,
    Set<String> counties,
    Set<String> states,
    LatLon location,
    String locationSource) {

  public CheckinOffice {
    counties = Collections.unmodifiableSortedSet(new TreeSet<>(counties));
    states = Collections.unmodifiableSortedSet(new TreeSet<>(states));
  }

  public String id() {
    return contact.code();
  }

  public String name() {
    return contact.name();
  }
}
