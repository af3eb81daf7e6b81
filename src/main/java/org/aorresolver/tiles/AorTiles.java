package org.aorresolver.tiles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.tiles.mvt.VectorTileEncoder;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mapbox Vector Tiles of the AORs and offices of each edition: layer {@code aor} (one polygon
 * feature per office, simplified per zoom so that neighbours keep sharing their edges), layer
 * {@code labels} (where to write each office's code) and layer {@code offices} (field and check-in
 * offices as points). Extent 4096, a buffer of {@value #BUFFER} units, zooms {@value
 * TileCoord#MIN_ZOOM} to {@value TileCoord#MAX_ZOOM}. Built once from the geodata by {@link
 * #build}; encoded tiles are kept in a bounded cache. Thread-safe.
 */
public final class AorTiles {
  private static final Logger LOG = LoggerFactory.getLogger(AorTiles.class);

  /** Tile units (1/4096 of a tile side) of geometry kept around each tile. */
  public static final int BUFFER = 64;

  /**
   * Simplification tolerance in tile units at every zoom: half a pixel of a 256-pixel tile, one
   * pixel of a 512-pixel one (the Visvalingam-Whyatt area threshold is its square).
   */
  public static final double TOLERANCE = 8;

  /**
   * Default bound of the tile cache: 64 MiB, or a quarter of the most heap the JVM may take if that
   * is less, so that a small heap (the service holds about 70 MB of live data) is not filled by
   * tiles.
   */
  public static final long DEFAULT_CACHE_BYTES =
      Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 4);

  /** Where a map of the AORs opens: the geographic centre of the conterminous United States. */
  public static final LatLon CENTER = LatLon.of(39.8283, -98.5795);

  public static final int CENTER_ZOOM = 3;

  private record Key(Edition edition, TileCoord coord) {}

  private final String dataVersion;
  private final Map<Edition, AorLayer> aors;
  private final Map<Edition, LabelLayer> labels;
  private final Map<Edition, OfficeLayer> offices;
  private final Map<Edition, Envelope> bounds;
  private final TileCache<Key> cache;

  private AorTiles(
      String dataVersion,
      Map<Edition, AorLayer> aors,
      Map<Edition, LabelLayer> labels,
      Map<Edition, OfficeLayer> offices,
      Map<Edition, Envelope> bounds,
      long cacheBytes) {
    this.dataVersion = dataVersion;
    this.aors = Map.copyOf(aors);
    this.labels = Map.copyOf(labels);
    this.offices = Map.copyOf(offices);
    this.bounds = Map.copyOf(bounds);
    this.cache = new TileCache<>(cacheBytes);
  }

  public static AorTiles build(Geodata data) {
    return build(data, DEFAULT_CACHE_BYTES);
  }

  /** Simplifies every edition's AORs for every zoom; the cache holds up to {@code cacheBytes}. */
  public static AorTiles build(Geodata data, long cacheBytes) {
    long started = System.nanoTime();
    Map<Edition, AorLayer> aors = new EnumMap<>(Edition.class);
    Map<Edition, LabelLayer> labels = new EnumMap<>(Edition.class);
    Map<Edition, OfficeLayer> offices = new EnumMap<>(Edition.class);
    Map<Edition, Envelope> bounds = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      List<Aor> editionAors = data.aors().get(e);
      aors.put(e, AorLayer.build(editionAors, TOLERANCE));
      labels.put(e, LabelLayer.build(editionAors));
      offices.put(e, OfficeLayer.build(e, data.offices(), data.checkinOffices()));
      bounds.put(e, bounds(editionAors, data.offices(), data.checkinOffices()));
    }
    LOG.debug(
        "vector tiles: zooms {}-{} simplified for {} editions in {} ms",
        TileCoord.MIN_ZOOM,
        TileCoord.MAX_ZOOM,
        aors.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new AorTiles(data.manifest().dataVersion(), aors, labels, offices, bounds, cacheBytes);
  }

  /** The tile, from the cache or encoded now; {@link Tile#isEmpty()} when nothing is in it. */
  public Tile tile(Edition edition, TileCoord coord) {
    return cache.get(new Key(edition, coord), () -> encode(edition, coord));
  }

  /** Encodes the tile without the cache. */
  public Tile encode(Edition edition, TileCoord coord) {
    VectorTileEncoder tile = new VectorTileEncoder();
    List<TileWindow> windows = TileWindow.of(coord, BUFFER);
    aors.get(edition).addTo(tile, coord, windows);
    labels.get(edition).addTo(tile, coord);
    offices.get(edition).addTo(tile, coord, windows);
    return Tile.of(tile.encode());
  }

  /** The layers in every tile, in order. */
  public List<LayerInfo> layers() {
    return List.of(AorLayer.INFO, LabelLayer.INFO, OfficeLayer.INFO);
  }

  /** Where the {@code labels} layer of the edition writes each office's code, at every zoom. */
  public List<Label> labels(Edition edition) {
    return labels.get(edition).labels();
  }

  /** Longitude (x) and latitude (y) extent of the edition's AORs and offices. */
  public Envelope bounds(Edition edition) {
    return new Envelope(bounds.get(edition));
  }

  /** The version of the geodata the tiles are made from. */
  public String dataVersion() {
    return dataVersion;
  }

  private static Envelope bounds(
      List<Aor> aors, List<Office> offices, List<CheckinOffice> checkins) {
    Envelope e = new Envelope();
    aors.forEach(a -> e.expandToInclude(a.area().getEnvelopeInternal()));
    offices.forEach(o -> e.expandToInclude(o.location().toCoordinate()));
    checkins.forEach(c -> e.expandToInclude(c.location().toCoordinate()));
    return e;
  }
}
