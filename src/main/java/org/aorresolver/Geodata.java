package org.aorresolver;

import java.util.List;
import java.util.Map;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.aorresolver.place.ForeignLand;
import org.aorresolver.place.ZipCode;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything loaded from a geodata folder. {@code countyAreas} is aligned with {@code counties}
 * (FIPS order); a county generalized away has an empty geometry.
 *
 * @param countyIndex the index of {@code countyAreas} when the loader has one (read from the
 *     folder's snapshot or built while the rest was read), else null: the resolver builds it
 */
public record Geodata(
    Manifest manifest,
    List<County> counties,
    List<Geometry> countyAreas,
    Map<Edition, List<Aor>> aors,
    List<Office> offices,
    List<CheckinOffice> checkinOffices,
    List<ZipCode> zips,
    List<ForeignLand> foreignLand,
    AreaLocator countyIndex) {

  public Geodata {
    counties = List.copyOf(counties);
    countyAreas = List.copyOf(countyAreas);
    aors = Map.copyOf(aors);
    offices = List.copyOf(offices);
    checkinOffices = List.copyOf(checkinOffices);
    zips = List.copyOf(zips);
    foreignLand = List.copyOf(foreignLand);
  }

  /** Geodata without a county index: the resolver builds one. */
  public Geodata(
      Manifest manifest,
      List<County> counties,
      List<Geometry> countyAreas,
      Map<Edition, List<Aor>> aors,
      List<Office> offices,
      List<CheckinOffice> checkinOffices,
      List<ZipCode> zips,
      List<ForeignLand> foreignLand) {
    this(manifest, counties, countyAreas, aors, offices, checkinOffices, zips, foreignLand, null);
  }
}
