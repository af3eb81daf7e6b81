package org.aorresolver;

/**
 * The geodata a benchmark runs on, by the name its {@code geodata} parameter gives: {@code
 * embedded} (the shipped 1:10,000,000 data) or {@code precise} (built from the Census 1:500,000
 * files, see {@link PreciseGeodata}), e.g. {@code scripts/bench PointLookup -p geodata=precise}.
 */
public final class BenchGeodata {
  private BenchGeodata() {}

  public static Geodata of(String name) {
    return switch (name) {
      case "embedded" -> TestData.shipped();
      case "precise" -> PreciseGeodata.data();
      default -> throw new IllegalArgumentException("geodata is embedded or precise, not " + name);
    };
  }
}
