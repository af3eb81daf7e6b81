package org.aorresolver;

import java.util.List;
import java.util.Map;

/**
 * What the geodata says about itself: its version (a checksum of its files as read), the boundary
 * source, and the measured accuracy that sets {@code nearBoundary} and the offshore snapping
 * distance.
 *
 * @param files the SHA-256 of each file, as the build wrote them
 * @param geometryVerified whether every geometry file read matched its checksum here, i.e. is
 *     exactly what the build wrote and {@code validate} checked
 * @param boundaries where the county boundaries come from and how accurate they measured
 */
public record Manifest(
    String dataVersion,
    String boundarySource,
    int nearBoundaryMeters,
    int snapMeters,
    Map<String, String> files,
    boolean geometryVerified,
    Boundaries boundaries) {

  /** A manifest that says nothing of its boundaries beyond their source. */
  public Manifest(
      String dataVersion,
      String boundarySource,
      int nearBoundaryMeters,
      int snapMeters,
      Map<String, String> files,
      boolean geometryVerified) {
    this(
        dataVersion,
        boundarySource,
        nearBoundaryMeters,
        snapMeters,
        files,
        geometryVerified,
        Boundaries.unknown(boundarySource));
  }

  /** The same manifest with the version of the data as it was read. */
  public Manifest withDataVersion(String version) {
    return new Manifest(
        version,
        boundarySource,
        nearBoundaryMeters,
        snapMeters,
        files,
        geometryVerified,
        boundaries);
  }

  /** The same manifest, saying whether the geometry files were verified against it. */
  public Manifest verified(boolean verified) {
    return new Manifest(
        dataVersion, boundarySource, nearBoundaryMeters, snapMeters, files, verified, boundaries);
  }

  /**
   * The county boundaries: what they are, the files they were built from, the counties taken from
   * the embedded data because those files lack them, and their measured accuracy.
   *
   * @param kind {@code embedded} (the data shipped in the jar) or {@code census} (built from Census
   *     files with {@code scripts/build-geodata --census})
   * @param resolution {@code 10m} (1:10,000,000), {@code 500k}, {@code 5m}, {@code 20m} or {@code
   *     tiger}; null when not known
   * @param filledIn counties the input lacked, as "FIPS name (state)"
   */
  public record Boundaries(
      String kind,
      String description,
      String vintage,
      String resolution,
      List<Input> inputs,
      List<String> filledIn,
      Accuracy accuracy) {

    public Boundaries {
      inputs = List.copyOf(inputs);
      filledIn = List.copyOf(filledIn);
    }

    static Boundaries unknown(String source) {
      return new Boundaries("unknown", source, null, null, List.of(), List.of(), null);
    }
  }

  /** A file the boundaries were built from, with its checksum and, if downloaded, where from. */
  public record Input(String role, String file, String sha256, String url) {}

  /**
   * How the boundaries measured against an independent witness: the Census internal points of the
   * ZIP Code Tabulation Areas whose whole population lies in one county.
   *
   * @param tested how many such points there are
   * @param inCounty how many lie in their own county's polygon
   * @param wrongCounty those in another county, with their distances to their own
   * @param offCoast those in no county, with their distances to their own
   */
  public record Accuracy(
      String method, int tested, int inCounty, Misses wrongCounty, Misses offCoast) {

    /** The share of the points in their own county, in percent. */
    public double inCountyPercent() {
      return tested == 0 ? 100 : Math.round(1e4 * inCounty / tested) / 100.0;
    }
  }

  /** How many points missed their county this way, and how far (metres; null when none did). */
  public record Misses(int count, Integer p50, Integer p90, Integer max) {}
}
