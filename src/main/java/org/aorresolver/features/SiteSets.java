package org.aorresolver.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Office;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The feature sets of places: the field offices and the check-in offices, as points. */
final class SiteSets {
  private static final GeometryFactory GF = new GeometryFactory();

  private SiteSets() {}

  static FeatureSet offices(Geodata data) {
    List<Item> items = new ArrayList<>();
    for (Office o : data.offices()) {
      Period valid = Validity.of(o.editions());
      Map<String, Object> p = Catalog.properties("office", o.code(), "name", o.name());
      p.putAll(address(o.contact()));
      p.put("editions", String.join("|", o.editions().stream().map(Edition::id).sorted().toList()));
      p.putAll(Validity.properties(valid));
      p.put("aor", o.aorSummary());
      items.add(new Item(o.code(), p, point(o.location()), valid));
    }
    return FeatureSet.of(
        "offices",
        "ICE ERO field offices",
        "Each field office with its address and phone, placed at its ZIP code's location (the"
            + " Census internal point of the ZIP code area, not the building), the editions it"
            + " has an area in (2020|2021) and the days it may have had one (validFrom, validTo)."
            + " The feature id is the office code.",
        items,
        officeAndState());
  }

  private static Map<String, String> officeAndState() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("office", Catalog.OFFICE);
    q.put("state", Catalog.STATE);
    return q;
  }

  static FeatureSet checkins(Geodata data) {
    Map<String, Period> officeValidity = new LinkedHashMap<>();
    data.offices().forEach(o -> officeValidity.put(o.code(), Validity.of(o.editions())));
    List<Item> items = new ArrayList<>();
    for (CheckinOffice c : data.checkinOffices()) {
      Period valid = officeValidity.getOrDefault(c.office(), Period.ALWAYS);
      Map<String, Object> p =
          Catalog.properties("id", c.id(), "name", c.name(), "office", c.office());
      p.putAll(address(c.contact()));
      p.put("coverage", c.coverage());
      p.putAll(Validity.properties(valid));
      items.add(new Item(c.id(), p, point(c.location()), valid));
    }
    return FeatureSet.of(
        "checkin-offices",
        "ICE ERO check-in offices",
        "The check-in (sub-)offices of the field offices with the coverage ICE publishes, placed"
            + " at their ZIP code's location, with the days their field office may have had an"
            + " area (validFrom, validTo).",
        items,
        officeAndState());
  }

  private static Map<String, Object> address(Contact c) {
    return Catalog.properties(
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
