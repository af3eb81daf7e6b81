package org.aorresolver.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;

/**
 * The geodata as feature sets: {@code aor-2021} and {@code aor-2020} (one area per field office),
 * {@code offices} and {@code checkin-offices} (points at their ZIP code's location), {@code
 * counties} (with the office of each in each edition) and {@code states} (dissolved from the
 * counties). Built once by {@link #of}; immutable and safe for concurrent use.
 */
public final class Catalog {
  static final String OFFICE = "the field office's code, e.g. HLG";
  static final String STATE = "the state's USPS code, e.g. TX";

  private final String dataVersion;
  private final Map<String, FeatureSet> sets;

  private Catalog(String dataVersion, List<FeatureSet> sets) {
    this.dataVersion = dataVersion;
    Map<String, FeatureSet> byId = new LinkedHashMap<>();
    sets.forEach(s -> byId.put(s.id(), s));
    this.sets = Collections.unmodifiableMap(byId);
  }

  public static Catalog of(Geodata data) {
    String version = data.manifest().dataVersion();
    return new Catalog(
        version,
        List.of(
            AreaSets.aors(data, Edition.E2021, version),
            AreaSets.aors(data, Edition.E2020, version),
            SiteSets.offices(data),
            SiteSets.checkins(data),
            AreaSets.counties(data),
            AreaSets.states(data)));
  }

  /** The version of the geodata the sets are made from. */
  public String dataVersion() {
    return dataVersion;
  }

  /** Every set, in a fixed order. */
  public List<FeatureSet> sets() {
    return List.copyOf(sets.values());
  }

  public Optional<FeatureSet> set(String id) {
    return Optional.ofNullable(sets.get(id));
  }

  /** Properties from name, value pairs, in order; values may be null. */
  static Map<String, Object> properties(Object... pairs) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      p.put((String) pairs[i], pairs[i + 1]);
    }
    return p;
  }
}
