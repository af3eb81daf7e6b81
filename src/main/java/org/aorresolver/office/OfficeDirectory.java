package org.aorresolver.office;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;

/**
 * The field offices by code: an office's entry and contact, and the offices nearest a point. {@code
 * HAL}, the code Harlingen is also known by, names {@code HLG}. Immutable.
 */
public final class OfficeDirectory {
  private final Map<String, Office> offices = new LinkedHashMap<>();

  private OfficeDirectory(List<Office> offices) {
    offices.forEach(o -> this.offices.put(o.code(), o));
  }

  public static OfficeDirectory of(List<Office> offices) {
    return new OfficeDirectory(offices);
  }

  /** The office of a code as people type it: any case, spaces around, {@code HAL} for Harlingen. */
  public Optional<Office> office(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    return Optional.ofNullable(offices.get("HAL".equals(c) ? "HLG" : c));
  }

  /** The contact of an office code; a code missing from the directory is its own name. */
  public Contact contact(String code) {
    Office o = offices.get(code);
    return o == null ? Contact.named(code, code) : o.contact();
  }

  /** The {@code k} field offices of an edition nearest a point, by great-circle distance. */
  public List<NearbyOffice> nearest(LatLon at, int k, Edition edition) {
    record Away(Office office, double meters) {}
    return offices.values().stream()
        .filter(o -> o.existsIn(edition))
        .map(o -> new Away(o, at.metersTo(o.location())))
        .sorted(Comparator.comparingDouble(Away::meters))
        .limit(k)
        .map(
            a ->
                new NearbyOffice(
                    a.office().contact(),
                    a.office().location().lat(),
                    a.office().location().lon(),
                    Math.round(a.meters() * 10) / 10.0))
        .toList();
  }
}
