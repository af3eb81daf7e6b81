package org.aorresolver.place;

import org.aorresolver.Edition;
import org.locationtech.jts.geom.Geometry;

/** The area of responsibility of one field office in one edition. */
public record Aor(Edition edition, String office, String name, Geometry area) {}
