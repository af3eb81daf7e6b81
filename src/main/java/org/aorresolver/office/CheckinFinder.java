package org.aorresolver.office;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.aorresolver.LatLon;
import org.aorresolver.place.County;
import org.aorresolver.place.State;

/**
 * Chooses where to check in for a county: the check-in office whose published coverage names the
 * county ({@code named-county}); else one that names the whole state ({@code named-state}); else
 * the nearest check-in office of the responsible field office ({@code nearest}). Where several
 * qualify, the nearest to the place wins. Coverage may cross field-office lines (Spokane, WA covers
 * north Idaho): it says where people report, not which office holds the case.
 */
public final class CheckinFinder {
  private final List<CheckinOffice> offices;

  public CheckinFinder(List<CheckinOffice> offices) {
    this.offices = List.copyOf(offices);
  }

  /**
   * @param at the place, or null when only the county is known (ties then go to the first listed)
   */
  public CheckinRef find(County county, String fieldOffice, LatLon at) {
    CheckinOffice chosen = nearest(c -> c.counties().contains(county.fips()), at);
    String rule = "named-county";
    if (chosen == null) {
      chosen = nearest(c -> c.states().contains(county.state().usps()), at);
      rule = "named-state";
    }
    if (chosen == null) {
      chosen = nearest(c -> c.office().equals(fieldOffice), at);
      rule = "nearest";
    }
    return chosen == null ? null : ref(chosen, rule, at);
  }

  /** For a whole state: the check-in office naming it, when exactly one does. */
  public CheckinRef forState(State state) {
    List<CheckinOffice> naming =
        offices.stream().filter(c -> c.states().contains(state.usps())).toList();
    return naming.size() == 1 ? ref(naming.get(0), "named-state", null) : null;
  }

  private CheckinOffice nearest(Predicate<CheckinOffice> eligible, LatLon at) {
    return offices.stream()
        .filter(eligible)
        .min(Comparator.comparingDouble(c -> at == null ? 0 : at.metersTo(c.location())))
        .orElse(null);
  }

  private static CheckinRef ref(CheckinOffice c, String rule, LatLon at) {
    return new CheckinRef(
        c.contact(),
        c.office(),
        c.coverage(),
        rule,
        at == null ? null : Math.round(at.metersTo(c.location())) * 1.0);
  }
}
