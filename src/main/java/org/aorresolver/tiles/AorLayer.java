package org.aorresolver.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aorresolver.place.Aor;
import org.aorresolver.tiles.mvt.TileGeometry;
import org.aorresolver.tiles.mvt.VectorTileEncoder;
import org.aorresolver.tiles.mvt.VectorTileEncoder.GeomType;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The {@code aor} layer of one edition: one feature per office, its AOR clipped to the tile and its
 * buffer. For every zoom the whole coverage of AORs is projected to world pixels and simplified at
 * once with JTS's {@link CoverageSimplifier}, which moves an edge shared by two AORs the same way
 * for both, so neighbours neither gap nor overlap at any zoom; each zoom from the one above it. The
 * simplified polygons (pieces on both sides of the antimeridian apart) go into one spatial index
 * per zoom. Built once; queries are thread-safe.
 */
final class AorLayer {
  static final String NAME = "aor";
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final GeometryFactory PACKED =
      new GeometryFactory(
          new PackedCoordinateSequenceFactory(PackedCoordinateSequenceFactory.DOUBLE));

  static final LayerInfo INFO =
      new LayerInfo(
          NAME,
          "Areas of responsibility of the ICE ERO field offices, one feature per office",
          TileCoord.MIN_ZOOM,
          TileCoord.MAX_ZOOM,
          fields());

  /** One polygon of an AOR in world pixels; {@code order} is the AOR's place in the edition. */
  private record Piece(int order, Polygon polygon) {}

  private final List<Aor> aors;
  private final List<STRtree> byZoom;

  private AorLayer(List<Aor> aors, List<STRtree> byZoom) {
    this.aors = List.copyOf(aors);
    this.byZoom = List.copyOf(byZoom);
  }

  /** Simplifies with {@code tolerance} in tile units (1/4096 of a tile) at every zoom. */
  static AorLayer build(List<Aor> aors, double tolerance) {
    List<STRtree> byZoom = new ArrayList<>();
    for (List<List<Polygon>> simplified : simplifiedByZoom(aors, TileCoord.MIN_ZOOM, tolerance)) {
      STRtree index = new STRtree();
      for (int order = 0; order < simplified.size(); order++) {
        for (Polygon p : simplified.get(order)) {
          index.insert(p.getEnvelopeInternal(), new Piece(order, p));
        }
      }
      index.build();
      byZoom.add(index);
    }
    return new AorLayer(aors, byZoom);
  }

  /** The polygons of each AOR at zoom {@code z} in world pixels, simplified as one coverage. */
  static List<List<Polygon>> simplified(List<Aor> aors, int z, double tolerance) {
    return simplifiedByZoom(aors, z, tolerance).get(0);
  }

  /**
   * The polygons of each AOR at every zoom from {@code lowest} to the highest (in that order), in
   * world pixels, each zoom simplified as one coverage from the zoom above it, halved: each step
   * works on fewer vertices than the last, instead of every zoom on all of them (which takes
   * minutes on precise boundaries). A line moves at most twice the tolerance, a pixel of a
   * 256-pixel tile. Stored packed, 16 bytes a vertex.
   */
  static List<List<List<Polygon>>> simplifiedByZoom(List<Aor> aors, int lowest, double tolerance) {
    Geometry[] coverage = new Geometry[aors.size()];
    for (int i = 0; i < coverage.length; i++) {
      coverage[i] = WebMercator.project(aors.get(i).area(), TileWindow.scale(TileCoord.MAX_ZOOM));
    }
    AffineTransformation halve = AffineTransformation.scaleInstance(0.5, 0.5);
    List<List<List<Polygon>>> out = new ArrayList<>();
    for (int z = TileCoord.MAX_ZOOM; z >= lowest; z--) {
      if (z < TileCoord.MAX_ZOOM) {
        for (int i = 0; i < coverage.length; i++) {
          coverage[i] = halve.transform(coverage[i]);
        }
      }
      coverage = CoverageSimplifier.simplify(coverage, tolerance);
      List<List<Polygon>> zoom = new ArrayList<>();
      for (Geometry g : coverage) {
        List<Polygon> polygons = new ArrayList<>();
        for (Object p : PolygonExtracter.getPolygons(g)) {
          polygons.add(packed((Polygon) p));
        }
        zoom.add(polygons);
      }
      out.add(0, zoom);
    }
    return out;
  }

  /** The polygon with its rings as packed x, y arrays. */
  private static Polygon packed(Polygon p) {
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = packed(p.getInteriorRingN(h));
    }
    return PACKED.createPolygon(packed(p.getExteriorRing()), holes);
  }

  private static LinearRing packed(LinearRing ring) {
    CoordinateSequence cs = ring.getCoordinateSequence();
    double[] xy = new double[2 * cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      xy[2 * i] = cs.getX(i);
      xy[2 * i + 1] = cs.getY(i);
    }
    return PACKED.createLinearRing(new PackedCoordinateSequence.Double(xy, 2, 0));
  }

  /** Adds a feature for every office whose AOR is in the tile's windows. */
  void addTo(VectorTileEncoder tile, TileCoord coord, List<TileWindow> windows) {
    Map<Integer, List<Geometry>> byOffice = new TreeMap<>();
    for (TileWindow w : windows) {
      Geometry box = FACTORY.toGeometry(w.world());
      AffineTransformation toTile = AffineTransformation.translationInstance(w.dx(), w.dy());
      for (Object o : byZoom.get(coord.z()).query(w.world())) {
        Piece piece = (Piece) o;
        Geometry clipped = clip(piece.polygon(), w.world(), box);
        if (!clipped.isEmpty()) {
          byOffice
              .computeIfAbsent(piece.order(), k -> new ArrayList<>())
              .add(toTile.transform(clipped));
        }
      }
    }
    byOffice.forEach(
        (order, parts) -> {
          Aor aor = aors.get(order);
          Map<String, String> properties = new LinkedHashMap<>();
          properties.put("office", aor.office());
          properties.put("name", aor.name());
          tile.add(
              NAME,
              GeomType.POLYGON,
              TileGeometry.polygons(FACTORY.buildGeometry(parts)),
              properties);
        });
  }

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("office", "office code, e.g. HLG");
    f.put("name", "field office name, e.g. Harlingen Field Office");
    return f;
  }

  private static Geometry clip(Polygon polygon, Envelope window, Geometry box) {
    Envelope extent = polygon.getEnvelopeInternal();
    if (window.covers(extent)) {
      return polygon;
    }
    if (!window.intersects(extent)) {
      return FACTORY.createPolygon();
    }
    return OverlayNGRobust.overlay(polygon, box, OverlayNG.INTERSECTION);
  }
}
