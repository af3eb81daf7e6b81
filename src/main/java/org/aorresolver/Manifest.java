package org.aorresolver;

import java.util.Map;

/**
 * What the geodata says about itself: its version (a checksum of its files), the boundary source,
 * and the measured accuracy that sets {@code nearBoundary} and the offshore snapping distance.
 *
 * @param files the SHA-256 of each file, as the build wrote them
 * @param geometryVerified whether every geometry file read matched its checksum here, i.e. is
 *     exactly what the build wrote and {@code validate} checked
 */
public record Manifest(
    String dataVersion,
    String boundarySource,
    int nearBoundaryMeters,
    int snapMeters,
    Map<String, String> files,
    boolean geometryVerified) {}
