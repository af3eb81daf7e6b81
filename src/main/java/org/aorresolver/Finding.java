package org.aorresolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.aorresolver.Resolution.CountyRef;
import org.aorresolver.Resolution.StateRef;
import org.aorresolver.office.Candidate;
import org.aorresolver.office.CheckinRef;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Decision;
import org.aorresolver.office.NearbyOffice;
import org.aorresolver.place.County;
import org.aorresolver.place.Locator;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.State;

/**
 * What the resolver found for a place, in the parts its steps work out: where the answer rests, the
 * office decision, the nearest office boundary (points only), where to check in and the nearest
 * offices, and a message. {@link #answer} assembles the {@link Resolution}. Immutable.
 */
record Finding(Where where, Decision decision, Boundary boundary, Help help, String message) {

  /**
   * What the answer rests on: its precision, the point where it was worked out, the county and
   * state, and for a point just off the coast, how far off.
   */
  record Where(
      Precision precision,
      LatLon location,
      CountyRef county,
      StateRef state,
      Double offshoreMeters) {
    static final Where NOWHERE = new Where(null, null, null, null, null);

    /** The share of a place's people that makes a county its county: 99 %. */
    static final double MOSTLY = 0.99;

    static Where of(Precision precision, County county) {
      return new Where(precision, null, CountyRef.of(county), StateRef.of(county.state()), null);
    }

    static Where of(Precision precision, State state) {
      return new Where(precision, null, null, StateRef.of(state), null);
    }

    /**
     * Where a place of counties with these shares of its people rests: in its county if it has one,
     * or one holding at least {@link #MOSTLY} of its people (with that share); else in {@code
     * state}.
     */
    static Where of(Precision precision, Map<County, Double> shares, State state) {
      County main =
          shares.keySet().stream().max(Comparator.comparingDouble(shares::get)).orElseThrow();
      if (shares.size() == 1) {
        return of(precision, main);
      }
      double share = shares.get(main);
      return share >= MOSTLY
          ? new Where(
              precision,
              null,
              new CountyRef(main.fips(), main.name(), Math.round(share * 1e4) / 1e4),
              StateRef.of(main.state()),
              null)
          : of(precision, state);
    }

    /** The same in a county named by its FIPS code and name alone (a former county). */
    Where in(String fips, String name) {
      return new Where(precision, location, new CountyRef(fips, name, null), state, offshoreMeters);
    }

    /** For a county given by its share of the place: a sentence saying so, else null. */
    String countyShare() {
      if (county == null || county.share() == null) {
        return null;
      }
      String place = precision == Precision.ZIP ? "the ZIP code's" : "the place's";
      return String.format(
          Locale.ROOT,
          "%.1f %% of %s people live in %s, the county given",
          county.share() * 100,
          place,
          county.name());
    }

    Where at(LatLon point) {
      return new Where(precision, point, county, state, offshoreMeters);
    }

    Where offshore(Double meters) {
      return new Where(precision, location, county, state, meters);
    }

    Where withPrecision(Precision p) {
      return new Where(p, location, county, state, offshoreMeters);
    }
  }

  /**
   * The distance to the nearest boundary where the office changes (null beyond the search), whether
   * that is near, and if so the office on each side as candidates.
   */
  record Boundary(Double distanceMeters, Boolean near, List<Candidate> candidates) {
    /** Not measured: the answer does not rest on a point in one office's area. */
    static final Boundary NONE = new Boundary(null, null, List.of());

    /** No office changes within the search distance (Hawaii, Guam). */
    static final Boundary FAR = new Boundary(null, false, List.of());

    /**
     * The nearest office change from the office decided (null: none within the search distance);
     * near within {@code nearMeters}, with the office across it as the second candidate.
     */
    static Boundary of(
        Locator.Change change, int nearMeters, Decision d, Function<String, Contact> contacts) {
      if (change == null) {
        return FAR;
      }
      if (change.meters() > nearMeters) {
        return new Boundary(tenths(change.meters()), false, List.of());
      }
      Contact across = contacts.apply(change.across()).named();
      return new Boundary(
          tenths(change.meters()),
          true,
          List.of(
              new Candidate(d.office(), null, d.edition(), "contains-point", null),
              new Candidate(across, null, change.edition().id(), "across-boundary", null)));
    }
  }

  /** Where to check in, and the nearest field offices. */
  record Help(CheckinRef checkin, List<NearbyOffice> nearest) {
    static final Help NONE = new Help(null, null);
  }

  /** Metres to a tenth, as answers give distances. */
  static double tenths(double meters) {
    return Math.round(meters * 10) / 10.0;
  }

  /** The decision alone, where the answer rests (with the county's share of it, if any). */
  static Finding of(Where where, Decision decision) {
    String message = decision.message();
    String share = where.countyShare();
    if (share != null) {
      message = message == null ? share : message + "; " + share;
    }
    return new Finding(where, decision, Boundary.NONE, Help.NONE, message);
  }

  Finding withPrecision(Precision p) {
    return new Finding(where.withPrecision(p), decision, boundary, help, message);
  }

  Finding withBoundary(Boundary b) {
    return new Finding(where, decision, b, help, message);
  }

  Finding withHelp(Help h) {
    return new Finding(where, decision, boundary, h, message);
  }

  Finding withMessage(String m) {
    return new Finding(where, decision, boundary, help, m);
  }

  /** The answer to {@code query}: this, with the address as read and notes before the message. */
  Resolution answer(Map<String, String> query, ParsedAddress parsed, List<String> notes) {
    List<Candidate> candidates = new ArrayList<>(decision.candidates());
    candidates.addAll(boundary.candidates());
    StringJoiner said = new StringJoiner("; ");
    notes.forEach(said::add);
    if (message != null) {
      said.add(message);
    }
    return new Resolution(
        query,
        decision.status(),
        decision.reason(),
        decision.edition(),
        where.precision(),
        decision.office(),
        where.location(),
        where.county(),
        where.state(),
        boundary.distanceMeters(),
        boundary.near(),
        where.offshoreMeters(),
        candidates.isEmpty() ? null : List.copyOf(candidates),
        help.checkin(),
        help.nearest(),
        parsed,
        said.length() == 0 ? null : said.toString());
  }
}
