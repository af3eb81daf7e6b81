package org.aorresolver.place;

/** What an address was read as. */
public record ParsedAddress(String street, String city, String state, String zip) {}
