package org.aorresolver;

import java.util.List;
import java.util.Map;
import org.aorresolver.office.Candidate;
import org.aorresolver.office.CheckinRef;
import org.aorresolver.office.Contact;
import org.aorresolver.office.NearbyOffice;
import org.aorresolver.place.County;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.State;

/**
 * The answer to "which field office is responsible here?". Fields that do not apply are null.
 *
 * @param query what was asked, echoed
 * @param status match, ambiguous or no_match
 * @param reason why there is no single office: {@code outside-us}, {@code offshore}, {@code
 *     unassigned-area}, {@code unknown-zip}, {@code military-zip}, {@code unknown-county}, {@code
 *     unknown-place}, {@code split-state}, {@code spans-offices}, {@code transition-window}
 * @param edition the office structure the answer holds for: "2020", "2021", or "2020|2021" for a
 *     date in the transition window when both agree
 * @param precision what the answer rests on
 * @param office the responsible office, when there is one, with its address and phone
 * @param location where the answer was worked out: the coordinate itself (or the geocoded address),
 *     the ZIP's internal point, the city's population-weighted centre or a point inside the county
 * @param county the county (or county equivalent) of the place, when known: the place's only
 *     county, or the one holding at least 99 % of its people (with that {@code share})
 * @param state the state or territory of the place, when known
 * @param boundaryDistanceMeters distance to the nearest boundary where the office changes
 * @param nearBoundary true when that boundary is within the stated accuracy of the boundary data
 * @param offshoreMeters for {@code nearest} answers: how far the point is from the AOR it was given
 * @param candidates possible offices with their weight (population share) and why
 * @param checkinOffice where to check in for the place
 * @param nearestOffices field offices by great-circle distance
 * @param parsed for addresses: the street, city, state and ZIP read from the input
 * @param message a sentence for people
 */
public record Resolution(
    Map<String, String> query,
    Status status,
    String reason,
    String edition,
    Precision precision,
    Contact office,
    LatLon location,
    CountyRef county,
    StateRef state,
    Double boundaryDistanceMeters,
    Boolean nearBoundary,
    Double offshoreMeters,
    List<Candidate> candidates,
    CheckinRef checkinOffice,
    List<NearbyOffice> nearestOffices,
    ParsedAddress parsed,
    String message) {

  /**
   * A county by FIPS code and name; {@code share}, for a place of several counties, is this one's
   * share of its people (null: the place lies wholly in it).
   */
  public record CountyRef(String fips, String name, Double share) {
    static CountyRef of(County c) {
      return new CountyRef(c.fips(), c.name(), null);
    }
  }

  public record StateRef(String usps, String fips, String name) {
    static StateRef of(State s) {
      return s == null ? null : new StateRef(s.usps(), s.fips(), s.name());
    }
  }

  /** The office code, or null when there is no single office. */
  public String officeCode() {
    return office == null ? null : office.code();
  }
}
