package org.aorresolver.office;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aorresolver.LatLon;
import org.aorresolver.place.County;
import org.aorresolver.place.State;

/**
 * Chooses where to check in for a county: the check-in office whose published coverage names the
 * county ({@code named-county}); else one that names the whole state ({@code named-state}); else
 * the nearest check-in office of the responsible field office that can be reached by land, in the
 * same state or territory or, for a place in the conterminous states and DC, in any of them ({@code
 * nearest}); else no listed check-in office serves the place (Puerto Rico, the Virgin Islands), and
 * the field office itself is given ({@code field-office}, without a distance, with a note saying
 * so) to ask where to report. Where several qualify, the nearest to the place wins. Coverage may
 * cross field-office lines (Spokane, WA covers north Idaho): it says where people report, not which
 * office holds the case.
 */
public final class CheckinFinder {
  /** Places reached by land from the rest: not Alaska, Hawaii or the territories. */
  private static final Set<String> APART = Set.of("AK", "HI", "PR", "VI", "GU", "MP", "AS");

  /** The rule of an answer that names the field office because no check-in office serves. */
  public static final String FIELD_OFFICE = "field-office";

  private final List<CheckinOffice> offices;
  private final Function<String, Contact> fieldOffices;

  /**
   * @param fieldOffices a field office's contact by its code
   */
  public CheckinFinder(List<CheckinOffice> offices, Function<String, Contact> fieldOffices) {
    this.offices = List.copyOf(offices);
    this.fieldOffices = fieldOffices;
  }

  /**
   * @param at the place, or null when only the county is known (ties then go to the first listed)
   */
  public CheckinRef find(County county, String fieldOffice, LatLon at) {
    String state = county.state().usps();
    CheckinOffice chosen = nearest(c -> c.counties().contains(county.fips()), at);
    String rule = "named-county";
    if (chosen == null) {
      chosen = nearest(c -> c.states().contains(state), at);
      rule = "named-state";
    }
    if (chosen == null) {
      chosen = nearest(c -> c.office().equals(fieldOffice) && byLand(c, state), at);
      rule = "nearest";
    }
    if (chosen != null) {
      return ref(chosen, rule, at);
    }
    Contact office = fieldOffices.apply(fieldOffice);
    if (office == null) {
      return null;
    }
    String note =
        "no listed check-in office serves "
            + county.name()
            + ", "
            + state
            + "; ask the "
            + office.name()
            + " where to report";
    return new CheckinRef(office, fieldOffice, null, FIELD_OFFICE, null, note);
  }

  /** For a whole state: the check-in office naming it, when exactly one does. */
  public CheckinRef forState(State state) {
    List<CheckinOffice> naming =
        offices.stream().filter(c -> c.states().contains(state.usps())).toList();
    return naming.size() == 1 ? ref(naming.get(0), "named-state", null) : null;
  }

  /**
   * Whether a check-in office can be reached by land from a place in {@code state}: in the same
   * state or territory, or both in the conterminous states and DC.
   */
  private static boolean byLand(CheckinOffice c, String state) {
    String there = c.contact().state();
    return state.equals(there) || (!APART.contains(state) && !APART.contains(there));
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
        at == null ? null : Math.round(at.metersTo(c.location())) * 1.0,
        null);
  }
}
