package org.aorresolver.office;

/**
 * A check-in office (its contact's code is its id) of the field office {@code office}, with its
 * published coverage and the rule that chose it: named-county, named-state or nearest; or, by the
 * rule field-office, the field office itself where no listed check-in office serves the place, with
 * a {@code note} saying so.
 */
public record CheckinRef(
    Contact contact,
    String office,
    String coverage,
    String rule,
    Double distanceMeters,
    String note) {}
