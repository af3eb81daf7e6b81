package org.aorresolver.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Office;
import org.aorresolver.tiles.mvt.TileGeometry;
import org.aorresolver.tiles.mvt.VectorTileEncoder;
import org.aorresolver.tiles.mvt.VectorTileEncoder.GeomType;

/**
 * The {@code offices} layer of one edition: a point for each field office of the edition and for
 * each check-in office of those field offices, with its directory entry. Built once; immutable.
 */
final class OfficeLayer {
  static final String NAME = "offices";
  static final String FIELD_OFFICE = "field-office";
  static final String CHECKIN_OFFICE = "checkin-office";

  static final LayerInfo INFO =
      new LayerInfo(
          NAME,
          "The ICE ERO field offices of the edition and their check-in offices, each placed at"
              + " its ZIP code's location",
          TileCoord.MIN_ZOOM,
          TileCoord.MAX_ZOOM,
          fields());

  /** A point in {@link WebMercator} world coordinates with its properties. */
  private record Site(double x, double y, Map<String, String> properties) {}

  private final List<Site> sites;

  private OfficeLayer(List<Site> sites) {
    this.sites = List.copyOf(sites);
  }

  static OfficeLayer build(Edition edition, List<Office> offices, List<CheckinOffice> checkins) {
    List<Site> sites = new ArrayList<>();
    Set<String> codes =
        offices.stream()
            .filter(o -> o.existsIn(edition))
            .map(Office::code)
            .collect(Collectors.toSet());
    for (Office o : offices) {
      if (codes.contains(o.code())) {
        sites.add(site(o.location(), FIELD_OFFICE, o.code(), null, o.contact()));
      }
    }
    for (CheckinOffice c : checkins) {
      if (codes.contains(c.office())) {
        sites.add(site(c.location(), CHECKIN_OFFICE, c.office(), c.id(), c.contact()));
      }
    }
    return new OfficeLayer(sites);
  }

  /** Adds every site in the tile's windows. */
  void addTo(VectorTileEncoder tile, TileCoord coord, List<TileWindow> windows) {
    double scale = TileWindow.scale(coord.z());
    for (Site s : sites) {
      for (TileWindow w : windows) {
        double x = s.x() * scale;
        double y = s.y() * scale;
        if (w.world().contains(x, y)) {
          tile.add(
              NAME, GeomType.POINT, TileGeometry.point(x + w.dx(), y + w.dy()), s.properties());
          break;
        }
      }
    }
  }

  private static Site site(LatLon at, String kind, String office, String id, Contact contact) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kind", kind);
    p.put("office", office);
    p.put("name", contact.name());
    p.put("id", id);
    p.put("address", address(contact));
    p.put("phone", contact.phone());
    return new Site(WebMercator.x(at.lon()), WebMercator.y(at.lat()), p);
  }

  /** One line: "street, city, ST zip", leaving out what is missing. */
  static String address(Contact c) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {c.street(), c.city()}) {
      if (part != null && !part.isBlank()) {
        b.append(b.length() == 0 ? "" : ", ").append(part.strip());
      }
    }
    String stateZip =
        ((c.state() == null ? "" : c.state()) + " " + (c.zip() == null ? "" : c.zip())).strip();
    if (!stateZip.isEmpty()) {
      b.append(b.length() == 0 ? "" : ", ").append(stateZip);
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("kind", "field-office or checkin-office");
    f.put("office", "code of the field office, e.g. HLG (for a check-in office: its field office)");
    f.put("name", "office name");
    f.put("id", "check-in office id, e.g. atlanta-ga (check-in offices only)");
    f.put("address", "street address: street, city, state and ZIP code");
    f.put("phone", "telephone number");
    return f;
  }
}
