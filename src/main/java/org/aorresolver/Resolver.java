package org.aorresolver;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.aorresolver.Finding.Boundary;
import org.aorresolver.Finding.Help;
import org.aorresolver.Finding.Where;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.grid.GridIndex;
import org.aorresolver.office.CheckinFinder;
import org.aorresolver.office.Decision;
import org.aorresolver.office.OfficeDirectory;
import org.aorresolver.place.County;
import org.aorresolver.place.FormerCounty;
import org.aorresolver.place.Gazetteer;
import org.aorresolver.place.Geocoder;
import org.aorresolver.place.Locator;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.place.State;
import org.aorresolver.place.postal.PostalPlaces;
import org.aorresolver.query.Detail;
import org.aorresolver.query.Place;
import org.aorresolver.query.QueryEcho;
import org.aorresolver.query.When;

/**
 * Answers "which field office is responsible for this place?" for coordinates, states, counties,
 * ZIP codes and addresses, in either edition or on a date. Built once from {@link Geodata};
 * immutable and safe for concurrent use.
 *
 * <p>Each kind of place has its step: a point is located ({@link Locator}), a state or county named
 * ({@link Gazetteer}), a ZIP code, city or address turned into counties or a point ({@link
 * PostalPlaces}); the office is then decided for the editions in force ({@link Decision}), and the
 * answer assembled once ({@link Finding}).
 */
public final class Resolver {
  private final Geodata data;
  private final Locator locator;
  private final Gazetteer gazetteer;
  private final PostalPlaces postal;
  private final OfficeDirectory offices;
  private final CheckinFinder checkins;

  private Resolver(Geodata data, Locator locator, Gazetteer gazetteer, PostalPlaces postal) {
    this.data = data;
    this.locator = locator;
    this.gazetteer = gazetteer;
    this.postal = postal;
    this.offices = OfficeDirectory.of(data.offices());
    this.checkins = new CheckinFinder(data.checkinOffices(), offices::contact);
  }

  /**
   * A resolver whose county lookups use the grid index ({@link GridIndex}), exact and fast: the one
   * the geodata comes with, else one built now.
   */
  public static Resolver build(Geodata data) {
    return build(data, data.countyIndex());
  }

  /**
   * A resolver with its own county locator (numbered as {@code data.counties()}; null: a {@link
   * GridIndex} built now). The independent indexes are built on two threads: start-up takes about
   * half as long on two cores.
   */
  public static Resolver build(Geodata data, AreaLocator countyLocator) {
    ExecutorService pool = Executors.newFixedThreadPool(2, Resolver::indexThread);
    try {
      CompletableFuture<AreaLocator> counties =
          countyLocator != null
              ? CompletableFuture.completedFuture(countyLocator)
              : CompletableFuture.supplyAsync(() -> GridIndex.of(data.countyAreas()), pool);
      CompletableFuture<Gazetteer> gazetteer =
          CompletableFuture.supplyAsync(
              () -> Gazetteer.of(data.counties(), data.countyAreas(), data.zips()), pool);
      Locator locator =
          new Locator(
              data.counties(),
              data.countyAreas(),
              counties,
              data.foreignLand(),
              data.aors(),
              data.manifest().snapMeters(),
              pool);
      return new Resolver(data, locator, gazetteer.join(), PostalPlaces.of(gazetteer.join()));
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      pool.shutdown();
    }
  }

  /** The same resolver, with addresses geocoded online first (falling back to offline parsing). */
  public Resolver withGeocoder(Geocoder online) {
    return new Resolver(data, locator, gazetteer, postal.withGeocoder(online));
  }

  /** The same resolver answering addresses offline only (for batches: no request per row). */
  public Resolver offline() {
    return postal.online() ? withGeocoder(null) : this;
  }

  public Geodata data() {
    return data;
  }

  /** The field-office directory. */
  public OfficeDirectory offices() {
    return offices;
  }

  /**
   * The first step of {@link #resolve} for a coordinate, allocating nothing: the county (index in
   * {@code data().counties()}) whose polygon holds the point, else {@link AreaLocator#NONE}.
   */
  public int countyIndexAt(double lat, double lon) {
    return locator.countyAt(lat, lon);
  }

  /**
   * Where points fall: also, for a coordinate in no county, the answer it shares with a cell of
   * such points ({@link Locator#sharedAnswer}), which the batch prepares once.
   */
  public Locator locator() {
    return locator;
  }

  /**
   * How an address line is read offline: its street, city, state and ZIP. Without an online
   * geocoder, {@code resolve} answers an address from these alone, and the street does not count.
   */
  public ParsedAddress readAddress(String line) {
    return postal.read(line);
  }

  /**
   * The office across the nearest boundary where {@code office} gives way to another in {@code
   * edition}, when that boundary is within the near-boundary distance of the point (what {@code
   * resolve} reports as {@code nearBoundary} with an {@code across-boundary} candidate); else null.
   */
  public String officeAcrossBoundary(double lat, double lon, Edition edition, String office) {
    int near = data.manifest().nearBoundaryMeters();
    Locator.Change c =
        locator.officeChange(LatLon.of(lat, lon), Editions.of(edition), office, near);
    return c == null ? null : c.across();
  }

  public Resolution resolve(Place place, When when) {
    return resolve(place, when, Detail.FULL);
  }

  public Resolution resolve(Place place, When when, Detail detail) {
    Editions inForce = when.inForce();
    PostalPlaces.Reading r =
        place instanceof Place.Address a
            ? postal.address(a)
            : place instanceof Place.Zip z ? postal.zipText("zip", z.text()) : null;
    if (r != null) {
      return postal(r.found(), inForce, detail)
          .answer(QueryEcho.of(place, when, r.geocoded()), r.parsed(), r.notes());
    }
    Finding found;
    if (place instanceof Place.Coordinate c) {
      found = point(c.at(), inForce, detail);
    } else if (place instanceof Place.StateName s) {
      State state = gazetteer.stateNamed("state", s.text());
      found = state(state, Where.of(Precision.STATE, state), inForce, detail);
    } else {
      Place.CountyName c = (Place.CountyName) place;
      found = county(gazetteer.findCounty(c.text(), c.state()), inForce, detail);
    }
    return found.answer(QueryEcho.of(place, when), null, List.of());
  }

  private Finding point(LatLon p, Editions inForce, Detail detail) {
    Locator.Location at = locator.locate(p);
    if (!at.found()) {
      return Finding.of(Where.NOWHERE, Decision.noMatch(at.reason(), at.message()));
    }
    County county = data.counties().get(at.county());
    Double offshore = at.offshoreMeters() == null ? null : Finding.tenths(at.offshoreMeters());
    Where where = Where.of(at.precision(), county).offshore(offshore);
    if (!county.assigned()) {
      return Finding.of(where, Decision.unassigned(county.state()));
    }
    Decision d = Decision.ofCounty(county, inForce, offices::contact);
    Finding found = helped(where, d, county, p, inForce, detail);
    if (!d.matched()) {
      return found;
    }
    int near = data.manifest().nearBoundaryMeters();
    double search = detail.boundaryDistance() ? Locator.BOUNDARY_SEARCH_METERS : near;
    Locator.Change change = locator.officeChange(p, inForce, d.office().code(), search);
    found = found.withBoundary(Boundary.of(change, near, d, offices::contact));
    if (at.precision() != Precision.NEAREST) {
      return found;
    }
    return found.withMessage(
        at.message() != null
            ? at.message()
            : "outside the generalized coastline; nearest AOR " + Math.round(offshore) + " m away");
  }

  private Finding state(State state, Where where, Editions inForce, Detail detail) {
    List<County> counties = gazetteer.counties(state);
    if (counties.stream().noneMatch(County::assigned)) {
      return Finding.of(where, Decision.unassigned(state));
    }
    Decision d =
        Decision.ofCounties(
            gazetteer.populationShares(counties),
            inForce,
            offices::contact,
            "split-state",
            state.name()
                + " is split between field offices by county; give a county, ZIP or point");
    Finding found = Finding.of(where, d);
    return d.matched() && detail.checkin()
        ? found.withHelp(new Help(checkins.forState(state), null))
        : found;
  }

  private Finding county(Gazetteer.CountyFound found, Editions inForce, Detail detail) {
    if (found.former() != null) {
      FormerCounty f = found.former();
      Where where = Where.of(Precision.COUNTY, found.state()).in(f.fips(), f.name());
      return state(found.state(), where, inForce, detail)
          .withMessage(f.name() + " (" + f.fate() + ") lies wholly in " + found.state().name());
    }
    if (found.county() == null) {
      Where where = Where.of(null, found.state());
      return Finding.of(where, Decision.noMatch("unknown-county", found.unknown()));
    }
    County county = found.county();
    LatLon inside = gazetteer.pointIn(county);
    return counties(
        new PostalPlaces.Counties(Map.of(county, 1.0), inside, county.state(), Precision.COUNTY),
        inForce,
        detail);
  }

  private Finding postal(PostalPlaces.Found found, Editions inForce, Detail detail) {
    if (found instanceof PostalPlaces.Counties c) {
      return counties(c, inForce, detail);
    }
    if (found instanceof PostalPlaces.Point p) {
      Finding f = point(p.at(), inForce, detail);
      boolean rests = p.precision() == Precision.ZIP || f.where().precision() == Precision.POINT;
      return rests ? f.withPrecision(p.precision()) : f;
    }
    if (found instanceof PostalPlaces.WholeState s) {
      return state(s.state(), Where.of(Precision.STATE, s.state()), inForce, detail);
    }
    PostalPlaces.Nowhere n = (PostalPlaces.Nowhere) found;
    Where where = Where.NOWHERE.withPrecision(n.precision());
    return Finding.of(where, Decision.noMatch(n.reason(), n.message()));
  }

  /** A place known as counties with their shares (a county, a ZIP code or a city). */
  private Finding counties(PostalPlaces.Counties place, Editions inForce, Detail detail) {
    Map<County, Double> shares = place.shares();
    Where where = Where.of(place.precision(), shares, place.state());
    if (shares.keySet().stream().noneMatch(County::assigned)) {
      return Finding.of(where, Decision.unassigned(place.state()));
    }
    Decision d = Decision.ofCounties(shares, inForce, offices::contact, "spans-offices", null);
    County main =
        shares.keySet().stream().max(Comparator.comparingDouble(shares::get)).orElseThrow();
    return helped(where, d, main, place.at(), inForce, detail);
  }

  /**
   * The decision worked out at {@code at}, with where to check in (for a match, in {@code county})
   * and the nearest offices of the newest edition in force.
   */
  private Finding helped(
      Where where, Decision d, County county, LatLon at, Editions inForce, Detail detail) {
    Help help =
        new Help(
            detail.checkin() && d.matched() ? checkins.find(county, d.office().code(), at) : null,
            detail.nearestOffices() > 0 && at != null
                ? offices.nearest(at, detail.nearestOffices(), inForce.latest())
                : null);
    return Finding.of(where.at(at), d).withHelp(help);
  }

  private static Thread indexThread(Runnable r) {
    Thread t = new Thread(r, "index-build");
    t.setDaemon(true);
    return t;
  }
}
