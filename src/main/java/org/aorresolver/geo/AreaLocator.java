package org.aorresolver.geo;

/**
 * Finds which of a set of non-overlapping areas holds a point. Areas are numbered by their position
 * in the list they were built from.
 *
 * <p>Boundary rule: a point inside an area belongs to it; a point exactly on the boundary of one or
 * more areas (a shared edge or vertex) belongs to the one with the lowest number. Implementations
 * are immutable and safe for concurrent queries.
 */
public interface AreaLocator {
  int NONE = -1;

  /** The area holding (lon, lat), or {@link #NONE}. */
  int locate(double lon, double lat);
}
