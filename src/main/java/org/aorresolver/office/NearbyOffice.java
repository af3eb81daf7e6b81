package org.aorresolver.office;

/** A field office with its address, phone, location and great-circle distance. */
public record NearbyOffice(Contact office, double lat, double lon, double distanceMeters) {}
