package org.aorresolver.geo;

import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Merges neighbouring polygons into one area, dropping the edges they share. */
public final class Dissolve {
  private static final GeometryFactory GF = new GeometryFactory();

  private Dissolve() {}

  /**
   * The union of polygons that tile without overlaps. Where neighbours have identical coordinates
   * along their common edges (a clean coverage, as the geodata build makes) this is the fast
   * coverage union; otherwise, or if that result is not valid, the general overlay union. Empty and
   * null geometries are skipped; no polygon gives an empty polygon.
   */
  public static Geometry union(List<Geometry> polygons) {
    Geometry[] parts =
        polygons.stream().filter(g -> g != null && !g.isEmpty()).toArray(Geometry[]::new);
    if (parts.length == 0) {
      return GF.createPolygon();
    }
    try {
      Geometry merged = CoverageUnion.union(parts);
      if (merged != null && merged.isValid()) {
        return merged;
      }
    } catch (TopologyException e) {
      // not a clean coverage: fall through to the overlay union
    }
    return UnaryUnionOp.union(List.of(parts));
  }
}
