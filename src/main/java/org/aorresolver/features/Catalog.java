package org.aorresolver.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.geo.Dissolve;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.aorresolver.place.State;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The geodata as feature sets: {@code aor-2021} and {@code aor-2020} (one area per field office),
 * {@code offices} and {@code checkin-offices} (points at their ZIP code's location), {@code
 * counties} (with the office of each in each edition) and {@code states} (dissolved from the
 * counties). Built once by {@link #of}; immutable and safe for concurrent use.
 */
public final class Catalog {
  private static final GeometryFactory GF = new GeometryFactory();

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
            aors(data, Edition.E2021, version),
            aors(data, Edition.E2020, version),
            offices(data),
            checkins(data),
            counties(data),
            states(data)));
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

  private static FeatureSet aors(Geodata data, Edition edition, String version) {
    List<Item> items = new ArrayList<>();
    for (Aor a : data.aors().get(edition)) {
      items.add(
          new Item(
              a.office(),
              properties("office", a.office(), "name", a.name(), "edition", edition.id()),
              a.area()));
    }
    String inForce =
        edition == Edition.E2020
            ? "until " + Edition.LAST_DAY_2020 + " at least"
            : "from " + Edition.FIRST_DAY_2021 + " at the latest";
    return FeatureSet.of(
        "aor-" + edition.id(),
        "Areas of responsibility, " + edition.id() + " (" + edition.officeCount() + " offices)",
        "The area of responsibility of each ICE ERO field office in the "
            + edition.id()
            + " office structure, in force "
            + inForce
            + ", made of whole counties (geodata "
            + version
            + "). The feature id is the office code.",
        items);
  }

  private static FeatureSet offices(Geodata data) {
    List<Item> items = new ArrayList<>();
    for (Office o : data.offices()) {
      Map<String, Object> p = properties("office", o.code(), "name", o.name());
      p.putAll(address(o.contact()));
      p.put("editions", o.editions().stream().map(Edition::id).sorted().toList());
      p.put("aor", o.aorSummary());
      items.add(new Item(o.code(), p, point(o.location())));
    }
    return FeatureSet.of(
        "offices",
        "ICE ERO field offices",
        "Each field office with its address and phone, placed at its ZIP code's location (the"
            + " Census internal point of the ZIP code area, not the building). The feature id is"
            + " the office code.",
        items);
  }

  private static FeatureSet checkins(Geodata data) {
    List<Item> items = new ArrayList<>();
    for (CheckinOffice c : data.checkinOffices()) {
      Map<String, Object> p = properties("id", c.id(), "name", c.name(), "office", c.office());
      p.putAll(address(c.contact()));
      p.put("coverage", c.coverage());
      items.add(new Item(c.id(), p, point(c.location())));
    }
    return FeatureSet.of(
        "checkin-offices",
        "ICE ERO check-in offices",
        "The check-in (sub-)offices of the field offices with the coverage ICE publishes, placed"
            + " at their ZIP code's location.",
        items);
  }

  private static FeatureSet counties(Geodata data) {
    List<Item> items = new ArrayList<>();
    for (County c : data.counties()) {
      Map<String, Object> p = properties("fips", c.fips(), "name", c.name());
      p.putAll(properties("state", c.state().usps(), "stateName", c.state().name()));
      p.putAll(properties("office2020", c.office2020(), "office2021", c.office2021()));
      Geometry area = data.countyAreas().get(c.index());
      items.add(new Item(c.fips(), p, area == null || area.isEmpty() ? null : area));
    }
    return FeatureSet.of(
        "counties",
        "Counties with their field office in each edition",
        "Counties and county equivalents (5-digit FIPS code as id) with the office responsible"
            + " for each in the 2020 and 2021 editions (null where no published AOR covers it)."
            + " A county that generalization reduced to nothing has no geometry.",
        items);
  }

  private static FeatureSet states(Geodata data) {
    Map<State, List<Geometry>> areas = new LinkedHashMap<>();
    for (County c : data.counties()) {
      areas
          .computeIfAbsent(c.state(), s -> new ArrayList<>())
          .add(data.countyAreas().get(c.index()));
    }
    List<Item> items = new ArrayList<>();
    areas.forEach(
        (s, parts) ->
            items.add(
                new Item(
                    s.usps(),
                    properties("usps", s.usps(), "fips", s.fips(), "name", s.name()),
                    Dissolve.union(parts))));
    return FeatureSet.of(
        "states",
        "States, DC and territories",
        "Each state, the District of Columbia and each territory as the union of its counties"
            + " (USPS code as id).",
        items);
  }

  /** Properties from name, value pairs, in order; values may be null. */
  private static Map<String, Object> properties(Object... pairs) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      p.put((String) pairs[i], pairs[i + 1]);
    }
    return p;
  }

  private static Map<String, Object> address(Contact c) {
    return properties(
        "street",
        c.street(),
        "city",
        c.city(),
        "state",
        c.state(),
        "zip",
        c.zip(),
        "phone",
        c.phone());
  }

  private static Geometry point(LatLon at) {
    return GF.createPoint(at.toCoordinate());
  }
}
