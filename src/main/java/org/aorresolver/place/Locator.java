package org.aorresolver.place;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.LatLon;
import org.aorresolver.Precision;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.JtsAreaIndex;
import org.aorresolver.geo.SegmentIndex;
import org.locationtech.jts.geom.Geometry;

/**
 * Where a coordinate falls: which county holds it, or, just off a generalized coast, which county
 * is nearest; and how far the nearest boundary where the office changes is. Immutable, thread-safe.
 *
 * <p>Off the coast: a point outside every county is given to the nearest county when that county is
 * within {@code snapMeters} and nearer than any foreign land (Natural Earth). Points on foreign
 * land or nearer to it are {@code outside-us}; farther out at sea, within 200 nautical miles of a
 * county, {@code offshore}; anywhere else {@code outside-us}.
 */
public final class Locator {
  /** 200 nautical miles: beyond this a point at sea is simply outside the US. */
  static final double OFFSHORE_LIMIT_METERS = 370_400;

  /** How far to look for a boundary where the office changes. */
  public static final double BOUNDARY_SEARCH_METERS = 1_000_000;

  /** Where a point falls: a county (index) with the precision, or no county with a reason. */
  public record Location(
      int county, Precision precision, Double offshoreMeters, String reason, String message) {
    public boolean found() {
      return county != AreaLocator.NONE;
    }
  }

  /**
   * The nearest boundary where the office changes: in which edition, the office across, how far.
   */
  public record Change(Edition edition, String across, double meters) {}

  private final List<County> counties;
  private final AreaLocator countyAreas;
  private final SegmentIndex countyEdges;
  private final AreaLocator foreignLand;
  private final SegmentIndex foreignEdges;
  private final List<ForeignLand> foreign;
  private final double snapMeters;
  private final Map<Edition, SegmentIndex> officeEdges = new EnumMap<>(Edition.class);
  private final Map<Edition, Map<String, Integer>> officeLabels = new EnumMap<>(Edition.class);
  private final Map<Edition, List<Aor>> aors;

  /**
   * Builds the segment indexes on {@code executor} while {@code countyLocator} (over the county
   * polygons {@code countyAreas}, aligned with {@code counties}) is being built elsewhere, then
   * waits for all of them.
   */
  public Locator(
      List<County> counties,
      List<Geometry> countyAreas,
      CompletableFuture<? extends AreaLocator> countyLocator,
      List<ForeignLand> foreign,
      Map<Edition, List<Aor>> aors,
      double snapMeters,
      Executor executor) {
    CompletableFuture<SegmentIndex> countySegments =
        CompletableFuture.supplyAsync(() -> SegmentIndex.outline(countyAreas), executor);
    List<Geometry> land = foreign.stream().map(ForeignLand::area).toList();
    CompletableFuture<SegmentIndex> foreignSegments =
        CompletableFuture.supplyAsync(() -> SegmentIndex.of(land), executor);
    Map<Edition, CompletableFuture<SegmentIndex>> officeSegments = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      List<Aor> list = aors.get(e);
      Map<String, Integer> labels = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        labels.put(list.get(i).office(), i);
      }
      officeLabels.put(e, labels);
      officeSegments.put(
          e,
          CompletableFuture.supplyAsync(
              () -> SegmentIndex.of(list.stream().map(Aor::area).toList()), executor));
    }
    this.counties = List.copyOf(counties);
    this.foreign = List.copyOf(foreign);
    this.foreignLand = JtsAreaIndex.of(land);
    this.snapMeters = snapMeters;
    this.aors = Map.copyOf(aors);
    officeSegments.forEach((e, f) -> officeEdges.put(e, f.join()));
    this.countyEdges = countySegments.join();
    this.foreignEdges = foreignSegments.join();
    this.countyAreas = countyLocator.join();
  }

  public Location locate(LatLon p) {
    int county = countyAt(p);
    if (county != AreaLocator.NONE) {
      return new Location(county, Precision.POINT, null, null, null);
    }
    int onForeign = foreignLand.locate(p.x(), p.y());
    boolean lakes = inGreatLakes(p);
    if (onForeign != AreaLocator.NONE) {
      String name = foreign.get(onForeign).name();
      return outside(
          "outside-us",
          lakes
              ? "in " + name + " or its waters of the Great Lakes"
              : "on foreign land (" + name + ")",
          p);
    }
    SegmentIndex.Hit land = countyEdges.nearest(p.x(), p.y(), -1, snapMeters);
    if (land != null && lakes) {
      return new Location(land.label(), Precision.NEAREST, land.meters(), null, null);
    }
    if (land != null) {
      SegmentIndex.Hit abroad = foreignEdges.nearest(p.x(), p.y(), -1, land.meters());
      if (abroad == null || abroad.meters() > land.meters()) {
        return new Location(land.label(), Precision.NEAREST, land.meters(), null, null);
      }
      String nearer = foreign.get(abroad.label()).name();
      return outside("outside-us", "in water nearer to " + nearer + " than to the US", p);
    }
    SegmentIndex.Hit far = countyEdges.nearest(p.x(), p.y(), -1, OFFSHORE_LIMIT_METERS);
    if (far != null && lakes) {
      return inGreatLakes(p, far);
    }
    if (far != null) {
      return outside(
          "offshore",
          String.format(
              Locale.ROOT,
              "at sea %.1f km from the nearest county; points are given to the nearest AOR only within %.1f km",
              far.meters() / 1000,
              snapMeters / 1000),
          p);
    }
    return outside("outside-us", "more than 200 nautical miles from any US county", p);
  }

  /**
   * A point in the Great Lakes beyond the snap distance and not in Canada (whose Natural Earth
   * polygon takes in its waters to the international boundary) is in US waters. The states' waters
   * reach through the lakes to the interstate lines, which the shoreline-clipped county boundaries
   * do not hold: the point is given to the nearest shore's county, hence its state and office.
   */
  private Location inGreatLakes(LatLon p, SegmentIndex.Hit shore) {
    County c = counties.get(shore.label());
    String message =
        String.format(
            Locale.ROOT,
            "in the Great Lakes, in the waters of %s by the nearest shore (%s, %.1f km); the state"
                + " lines through the lakes are not in the geodata, so the nearest shore decides",
            c.state().name(),
            c.name(),
            shore.meters() / 1000);
    return new Location(shore.label(), Precision.NEAREST, shore.meters(), null, message);
  }

  /**
   * Whether a point in no county is in the Great Lakes (Superior to Ontario, with their rivers and
   * Lake St. Clair): the box that holds them, in which all other US water is inside the county
   * polygons and Canada's is inside Canada's.
   */
  static boolean inGreatLakes(LatLon p) {
    return p.lat() >= 41.3 && p.lat() <= 49.1 && p.lon() >= -92.3 && p.lon() <= -75.8;
  }

  /** The county whose polygon holds the point, or {@link AreaLocator#NONE}. */
  public int countyAt(LatLon p) {
    return countyAt(p.lat(), p.lon());
  }

  /** The same for a point given as numbers, allocating nothing (for batches). */
  public int countyAt(double lat, double lon) {
    return countyAreas.locate(lon, lat);
  }

  /**
   * The nearest boundary, in any of the editions in force, where {@code office} gives way to
   * another office, no farther than {@code maxMeters}; or null.
   */
  public Change officeChange(LatLon p, Editions inForce, String office, double maxMeters) {
    Change nearest = null;
    for (Edition e : inForce.list()) {
      Integer label = officeLabels.get(e).get(office);
      SegmentIndex.Hit hit =
          officeEdges.get(e).nearest(p.x(), p.y(), label == null ? -1 : label, maxMeters);
      if (hit != null && (nearest == null || hit.meters() < nearest.meters())) {
        nearest = new Change(e, aors.get(e).get(hit.label()).office(), hit.meters());
      }
    }
    return nearest;
  }

  private Location outside(String reason, String message, LatLon p) {
    return new Location(AreaLocator.NONE, null, null, reason, message + swappedHint(p));
  }

  /** For a point in no county whose swapped coordinates fall in one: a hint that they were. */
  private String swappedHint(LatLon p) {
    if (Math.abs(p.lon()) > 90) {
      return "";
    }
    LatLon swapped = LatLon.of(p.lon(), p.lat());
    int county = countyAt(swapped);
    if (county == AreaLocator.NONE) {
      return "";
    }
    County c = counties.get(county);
    return String.format(
        Locale.ROOT,
        "; lat and lon may be swapped: (lat %s, lon %s) is in %s, %s",
        swapped.lat(),
        swapped.lon(),
        c.name(),
        c.state().usps());
  }
}
