package org.aorresolver.data;

/** Geodata that cannot be used: names the file and, where there is one, the feature or row. */
public final class GeodataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String feature;
  private final String detail;

  public GeodataException(String file, String feature, String message) {
    super(file + (feature == null ? "" : ": " + feature) + ": " + message);
    this.file = file;
    this.feature = feature;
    this.detail = message;
  }

  public GeodataException(String file, String feature, String message, Throwable cause) {
    this(file, feature, message);
    initCause(cause);
  }

  public String file() {
    return file;
  }

  public String feature() {
    return feature;
  }

  /** What is wrong, without the file and feature. */
  public String detail() {
    return detail;
  }
}
