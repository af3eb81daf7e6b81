package org.aorresolver;

import java.util.Map;

/**
 * What the geodata says about itself: its version (a checksum of its files), the boundary source,
 * and the measured accuracy that sets {@code nearBoundary} and the offshore snapping distance.
 */
public record Manifest(
    String dataVersion,
    String boundarySource,
    int nearBoundaryMeters,
    int snapMeters,
    Map<String, String> files) {}
