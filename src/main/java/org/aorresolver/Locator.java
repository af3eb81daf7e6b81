package org.aorresolver;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
final class Locator {
  /** 200 nautical miles: beyond this a point at sea is simply outside the US. */
  static final double OFFSHORE_LIMIT_METERS = 370_400;

  /** How far to look for a boundary where the office changes. */
  static final double BOUNDARY_SEARCH_METERS = 1_000_000;

  /** Where a point falls: a county (index) with the precision, or no county with a reason. */
  record Location(
      int county, Precision precision, Double offshoreMeters, String reason, String message) {
    boolean found() {
      return county != AreaLocator.NONE;
    }
  }

  private final AreaLocator counties;
  private final SegmentIndex countyEdges;
  private final AreaLocator foreignLand;
  private final SegmentIndex foreignEdges;
  private final List<ForeignLand> foreign;
  private final double snapMeters;
  private final Map<Edition, SegmentIndex> officeEdges = new EnumMap<>(Edition.class);
  private final Map<Edition, Map<String, Integer>> officeLabels = new EnumMap<>(Edition.class);
  private final Map<Edition, List<Aor>> aors;

  /**
   * Builds the segment indexes on {@code executor} while {@code counties} is being built elsewhere,
   * then waits for all of them.
   */
  Locator(Geodata data, CompletableFuture<? extends AreaLocator> counties, Executor executor) {
    CompletableFuture<SegmentIndex> countySegments =
        CompletableFuture.supplyAsync(() -> SegmentIndex.outline(data.countyAreas()), executor);
    this.foreign = data.foreignLand();
    List<Geometry> land = foreign.stream().map(ForeignLand::area).toList();
    CompletableFuture<SegmentIndex> foreignSegments =
        CompletableFuture.supplyAsync(() -> SegmentIndex.of(land), executor);
    Map<Edition, CompletableFuture<SegmentIndex>> officeSegments = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      List<Aor> list = data.aors().get(e);
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
    this.foreignLand = JtsAreaIndex.of(land);
    this.snapMeters = data.manifest().snapMeters();
    this.aors = data.aors();
    officeSegments.forEach((e, f) -> officeEdges.put(e, f.join()));
    this.countyEdges = countySegments.join();
    this.foreignEdges = foreignSegments.join();
    this.counties = counties.join();
  }

  Location locate(LatLon p) {
    int county = countyAt(p.lat(), p.lon());
    if (county != AreaLocator.NONE) {
      return new Location(county, Precision.POINT, null, null, null);
    }
    int onForeign = foreignLand.locate(p.lon(), p.lat());
    if (onForeign != AreaLocator.NONE) {
      return outside("outside-us", "on foreign land (" + foreign.get(onForeign).name() + ")");
    }
    SegmentIndex.Hit land = countyEdges.nearest(p.lon(), p.lat(), -1, snapMeters);
    if (land != null) {
      SegmentIndex.Hit abroad = foreignEdges.nearest(p.lon(), p.lat(), -1, land.meters());
      if (abroad == null || abroad.meters() > land.meters()) {
        return new Location(land.label(), Precision.NEAREST, land.meters(), null, null);
      }
      return outside(
          "outside-us",
          String.format(
              Locale.ROOT,
              "in water nearer to %s than to the US",
              foreign.get(abroad.label()).name()));
    }
    SegmentIndex.Hit far = countyEdges.nearest(p.lon(), p.lat(), -1, OFFSHORE_LIMIT_METERS);
    if (far != null) {
      return outside(
          "offshore",
          String.format(
              Locale.ROOT,
              "at sea %.1f km from the nearest county; points are given to the nearest AOR only within %.1f km",
              far.meters() / 1000,
              snapMeters / 1000));
    }
    return outside("outside-us", "more than 200 nautical miles from any US county");
  }

  /** The county whose polygon holds the point, or {@link AreaLocator#NONE}. */
  int countyAt(double lat, double lon) {
    return counties.locate(lon, lat);
  }

  /** Distance to the nearest boundary where {@code office} gives way to another office, or null. */
  SegmentIndex.Hit officeChange(LatLon p, Edition e, String office) {
    return officeChange(p, e, office, BOUNDARY_SEARCH_METERS);
  }

  /** The same, looking no farther than {@code maxMeters}. */
  SegmentIndex.Hit officeChange(LatLon p, Edition e, String office, double maxMeters) {
    Integer label = officeLabels.get(e).get(office);
    return officeEdges.get(e).nearest(p.lon(), p.lat(), label == null ? -1 : label, maxMeters);
  }

  String officeOfLabel(Edition e, int label) {
    return aors.get(e).get(label).office();
  }

  private static Location outside(String reason, String message) {
    return new Location(AreaLocator.NONE, null, null, reason, message);
  }
}
