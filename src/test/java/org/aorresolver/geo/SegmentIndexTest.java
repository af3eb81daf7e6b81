package org.aorresolver.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Nearest boundary segments: of every area, or of the outline of a coverage only. */
class SegmentIndexTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** Two unit squares side by side at the equator: west [0, 1], east [1, 2]. */
  private static final List<Geometry> SQUARES =
      List.of(
          FACTORY.toGeometry(new Envelope(0, 1, 0, 1)),
          FACTORY.toGeometry(new Envelope(1, 2, 0, 1)));

  @Test
  void everySegmentCountsIncludingTheSharedEdge() {
    SegmentIndex.Hit hit = SegmentIndex.of(SQUARES).nearest(0.9, 0.5, -1, 1e6);

    assertThat(hit.meters()).isCloseTo(0.1 * 111_195, within(50.0));
  }

  @Test
  void theOutlineLeavesOutTheEdgeNeighboursShare() {
    SegmentIndex.Hit hit = SegmentIndex.outline(SQUARES).nearest(0.9, 0.5, -1, 1e6);

    assertThat(hit.meters()).isCloseTo(0.5 * 111_195, within(50.0));
  }

  @Test
  void fromOutsideTheOutlineAnswersAsAllSegmentsDo() {
    SegmentIndex all = SegmentIndex.of(SQUARES);
    SegmentIndex outline = SegmentIndex.outline(SQUARES);

    for (double[] p : new double[][] {{2.3, 0.5}, {1.3, 1.2}, {-0.4, -0.4}, {1.5, -0.01}}) {
      SegmentIndex.Hit a = all.nearest(p[0], p[1], -1, 1e6);
      SegmentIndex.Hit b = outline.nearest(p[0], p[1], -1, 1e6);
      assertThat(b.meters()).as("(%s, %s)", p[0], p[1]).isEqualTo(a.meters());
      assertThat(b.label()).as("(%s, %s)", p[0], p[1]).isEqualTo(a.label());
    }
  }
}
