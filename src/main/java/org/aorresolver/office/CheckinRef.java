package org.aorresolver.office;

/**
 * A check-in office (its contact's code is its id) of the field office {@code office}, with its
 * published coverage and the rule that chose it: named-county, named-state or nearest.
 */
public record CheckinRef(
    Contact contact, String office, String coverage, String rule, Double distanceMeters) {}
