package org.aorresolver.geo;

/** A GeoJSON document or feature that cannot be read; names the feature by position and id. */
public final class GeoJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String feature;

  public GeoJsonException(String feature, String message) {
    super(message);
    this.feature = feature;
  }

  /** "feature 12 (id 48061)", or null when the document itself is broken. */
  public String feature() {
    return feature;
  }
}
