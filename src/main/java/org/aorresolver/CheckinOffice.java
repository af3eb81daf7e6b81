package org.aorresolver;

import java.util.Set;

/**
 * An ERO check-in office (sub-office) of a field office, with the coverage ICE publishes: the free
 * text as published, the counties (FIPS) it names and the states it names whole.
 */
public record CheckinOffice(
    String id,
    String name,
    String office,
    String street,
    String city,
    String state,
    String zip,
    String phone,
    String coverage,
    Set<String> counties,
    Set<String> states,
    LatLon location,
    String locationSource) {}
