package org.aorresolver.geo;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The exact reference locator: an STRtree of area envelopes, then JTS's IndexedPointInAreaLocator
 * on each candidate. Built eagerly; queries are thread-safe.
 */
public final class JtsAreaIndex implements AreaLocator {
  private final STRtree tree = new STRtree();
  private final IndexedPointInAreaLocator[] locators;

  private JtsAreaIndex(List<Geometry> areas) {
    locators = new IndexedPointInAreaLocator[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      Geometry area = areas.get(i);
      if (area.isEmpty()) {
        continue;
      }
      locators[i] = new IndexedPointInAreaLocator(area);
      locators[i].locate(area.getCoordinate()); // builds its index now, not on the first query
      tree.insert(area.getEnvelopeInternal(), i);
    }
    tree.build();
  }

  public static JtsAreaIndex of(List<Geometry> areas) {
    return new JtsAreaIndex(areas);
  }

  @Override
  public int locate(double lon, double lat) {
    Coordinate p = new Coordinate(lon, lat);
    Search search = new Search(p);
    tree.query(new Envelope(p), search);
    return search.inside != NONE ? search.inside : search.onBoundary;
  }

  private final class Search implements ItemVisitor {
    final Coordinate p;
    int inside = NONE;
    int onBoundary = NONE;

    Search(Coordinate p) {
      this.p = p;
    }

    @Override
    public void visitItem(Object item) {
      int i = (Integer) item;
      if (inside != NONE) {
        return;
      }
      int where = locators[i].locate(p);
      if (where == Location.INTERIOR) {
        inside = i;
      } else if (where == Location.BOUNDARY && (onBoundary == NONE || i < onBoundary)) {
        onBoundary = i;
      }
    }
  }
}
