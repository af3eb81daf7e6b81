package org.aorresolver.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.geo.Dissolve;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.aorresolver.place.State;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The feature sets of areas: the AORs of an edition, the counties and the states. Every area is a
 * MultiPolygon, so each set has one geometry type.
 */
final class AreaSets {
  private static final GeometryFactory GF = new GeometryFactory();

  private AreaSets() {}

  static FeatureSet aors(Geodata data, Edition edition, String version) {
    Period valid = Validity.of(edition);
    List<Item> items = new ArrayList<>();
    for (Aor a : data.aors().get(edition)) {
      Map<String, Object> p =
          Catalog.properties("office", a.office(), "name", a.name(), "edition", edition.id());
      p.putAll(Validity.properties(valid));
      items.add(new Item(a.office(), p, multi(a.area()), valid));
    }
    String inForce =
        edition == Edition.E2020
            ? "up to "
                + Edition.LAST_DAY_2020
                + " at least and no longer from "
                + Edition.FIRST_DAY_2021
            : "from "
                + Edition.FIRST_DAY_2021
                + " at the latest and not up to "
                + Edition.LAST_DAY_2020;
    return FeatureSet.of(
        "aor-" + edition.id(),
        "Areas of responsibility, " + edition.id() + " (" + edition.officeCount() + " offices)",
        "The area of responsibility of each ICE ERO field office in the "
            + edition.id()
            + " office structure, in force "
            + inForce
            + ", made of whole counties (geodata "
            + version
            + "). Harlingen was split off on a day not published within the transition window "
            + Validity.transition().toText()
            + ", on whose days either structure may have been in force: validFrom and validTo"
            + " are the first and last day it may have been, and datetime selects by them as"
            + " /v1/resolve does by date. The feature id is the office code.",
        items,
        aorQueryables());
  }

  private static Map<String, String> aorQueryables() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("office", Catalog.OFFICE);
    q.put("edition", "the office structure: 2020 (24 offices) or 2021 (25)");
    return q;
  }

  static FeatureSet counties(Geodata data) {
    List<Item> items = new ArrayList<>();
    for (County c : data.counties()) {
      Map<String, Object> p = Catalog.properties("fips", c.fips(), "name", c.name());
      p.putAll(Catalog.properties("state", c.state().usps(), "stateName", c.state().name()));
      p.putAll(Catalog.properties("office2020", c.office2020(), "office2021", c.office2021()));
      Geometry area = data.countyAreas().get(c.index());
      items.add(new Item(c.fips(), p, multi(area)));
    }
    Map<String, String> queryables = new LinkedHashMap<>();
    queryables.put("state", Catalog.STATE);
    queryables.put("office2020", "the code of the county's office in the 2020 edition");
    queryables.put("office2021", "the code of the county's office in the 2021 edition");
    return FeatureSet.of(
        "counties",
        "Counties with their field office in each edition",
        "Counties and county equivalents (5-digit FIPS code as id) with the office responsible"
            + " for each in the 2020 and 2021 editions (null where no published AOR covers it)."
            + " A county that generalization reduced to nothing has no geometry.",
        items,
        queryables);
  }

  static FeatureSet states(Geodata data) {
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
                    Catalog.properties("usps", s.usps(), "fips", s.fips(), "name", s.name()),
                    multi(Dissolve.union(parts)))));
    return FeatureSet.of(
        "states",
        "States, DC and territories",
        "Each state, the District of Columbia and each territory as the union of its counties"
            + " (USPS code as id).",
        items);
  }

  /**
   * The polygons of an area as one MultiPolygon, so that a collection has one geometry type whether
   * an area has one part or several (GIS formats such as GeoPackage want one per layer); null for
   * no area.
   */
  static MultiPolygon multi(Geometry area) {
    if (area == null || area.isEmpty()) {
      return null;
    }
    if (area instanceof MultiPolygon m) {
      return m;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (Object p : PolygonExtracter.getPolygons(area)) {
      polygons.add((Polygon) p);
    }
    return GF.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }
}
