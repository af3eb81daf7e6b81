package org.aorresolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aorresolver.Resolution.Candidate;
import org.aorresolver.Resolution.CheckinRef;
import org.aorresolver.Resolution.CountyRef;
import org.aorresolver.Resolution.NearbyOffice;
import org.aorresolver.Resolution.ParsedAddress;
import org.aorresolver.Resolution.StateRef;

/** Collects the parts of a {@link Resolution} while the resolver works them out. */
final class Answer {
  final Map<String, String> query;
  Status status = Status.NO_MATCH;
  String reason;
  String edition;
  Precision precision;
  Contact office;
  LatLon location;
  CountyRef county;
  StateRef state;
  Double boundaryDistanceMeters;
  Boolean nearBoundary;
  Double offshoreMeters;
  final List<Candidate> candidates = new ArrayList<>();
  CheckinRef checkinOffice;
  List<NearbyOffice> nearestOffices;
  ParsedAddress parsed;
  String message;

  Answer(Map<String, String> query) {
    this.query = query;
  }

  Answer noMatch(String reason, String message) {
    this.status = Status.NO_MATCH;
    this.reason = reason;
    this.message = message;
    return this;
  }

  /** Takes the decision's status, reason, edition, office, candidates and (if any) message. */
  Answer decided(Decision d) {
    status = d.status();
    reason = d.reason();
    edition = d.edition();
    office = d.office();
    candidates.addAll(d.candidates());
    if (d.message() != null) {
      message = d.message();
    }
    return this;
  }

  Answer county(County c) {
    county = c == null ? null : new CountyRef(c.fips(), c.name());
    if (c != null) {
      state(c.state());
    }
    return this;
  }

  Answer state(State s) {
    state = s == null ? null : new StateRef(s.usps(), s.fips(), s.name());
    return this;
  }

  Resolution build() {
    return new Resolution(
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query)),
        status,
        reason,
        edition,
        precision,
        office,
        location,
        county,
        state,
        boundaryDistanceMeters,
        nearBoundary,
        offshoreMeters,
        candidates.isEmpty() ? null : List.copyOf(candidates),
        checkinOffice,
        nearestOffices,
        parsed,
        message);
  }
}
