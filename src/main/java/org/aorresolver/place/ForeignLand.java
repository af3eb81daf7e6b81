package org.aorresolver.place;

import org.locationtech.jts.geom.Geometry;

/** Land of another country near the US (Natural Earth), where no US office is responsible. */
public record ForeignLand(String iso, String name, Geometry area) {}
