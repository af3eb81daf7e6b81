package org.aorresolver.query;

/**
 * How much of an answer to compute: the check-in office, how many nearest field offices, and
 * whether to measure the distance to an office boundary however far it is ({@code false}: only
 * whether the point is near one, which is all {@code nearBoundary} needs).
 */
public record Detail(boolean checkin, int nearestOffices, boolean boundaryDistance) {
  public static final Detail FULL = new Detail(true, 3, true);
  public static final Detail BRIEF = new Detail(false, 0, false);
}
