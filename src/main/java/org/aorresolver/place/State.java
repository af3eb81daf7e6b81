package org.aorresolver.place;

/** A state, the District of Columbia or a territory: USPS code, FIPS code and name. */
public record State(String usps, String fips, String name) {}
