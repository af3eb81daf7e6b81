package org.aorresolver;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aorresolver.Resolution.Candidate;
import org.aorresolver.Resolution.CountyRef;
import org.aorresolver.Resolution.NearbyOffice;
import org.aorresolver.Resolution.OfficeRef;
import org.aorresolver.Resolution.ParsedAddress;
import org.aorresolver.geo.AreaLocator;
import org.aorresolver.geo.GridIndex;
import org.aorresolver.geo.SegmentIndex;

/**
 * Answers "which field office is responsible for this place?" for coordinates, states, counties,
 * ZIP codes and addresses, in either edition or on a date. Built once from {@link Geodata};
 * immutable and safe for concurrent use.
 */
public final class Resolver {
  /** Military ZIP prefixes: AA (340), AE (090-098) and AP (962-966). */
  private static final List<String> MILITARY_PREFIXES =
      List.of(
          "340", "090", "091", "092", "093", "094", "095", "096", "097", "098", "962", "963", "964",
          "965", "966");

  /**
   * How much of an answer to compute: the check-in office, how many nearest field offices, and
   * whether to measure the distance to an office boundary however far it is ({@code false}: only
   * whether the point is near one, which is all {@code nearBoundary} needs).
   */
  public record Detail(boolean checkin, int nearestOffices, boolean boundaryDistance) {
    public static final Detail FULL = new Detail(true, 3, true);
    public static final Detail BRIEF = new Detail(false, 0, false);
  }

  /** A possible office for a place in one edition, with its population share and counties. */
  private record Share(String office, double weight, List<String> counties) {}

  private final Geodata data;
  private final Locator locator;
  private final Gazetteer gazetteer;
  private final AddressParser addresses;
  private final CheckinFinder checkins;
  private final Geocoder geocoder;
  private final Map<String, Office> offices = new LinkedHashMap<>();

  private Resolver(Geodata data, Locator locator, Gazetteer gazetteer, Geocoder geocoder) {
    this.data = data;
    this.locator = locator;
    this.gazetteer = gazetteer;
    this.addresses = new AddressParser(gazetteer);
    this.checkins = new CheckinFinder(data.checkinOffices());
    this.geocoder = geocoder;
    data.offices().forEach(o -> offices.put(o.code(), o));
  }

  /**
   * A resolver whose county lookups use the grid index ({@link GridIndex}), exact and fast: the one
   * the geodata comes with, else one built now.
   */
  public static Resolver build(Geodata data) {
    return build(
        data,
        () -> data.countyIndex() != null ? data.countyIndex() : GridIndex.of(data.countyAreas()));
  }

  /** A resolver with its own county locator (same numbering as {@code data.counties()}). */
  public static Resolver build(Geodata data, AreaLocator countyLocator) {
    return build(data, () -> countyLocator);
  }

  /**
   * Builds the independent indexes on two threads: start-up takes about half as long on two cores.
   */
  private static Resolver build(Geodata data, Supplier<? extends AreaLocator> counties) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "index-build");
              t.setDaemon(true);
              return t;
            });
    try {
      CompletableFuture<? extends AreaLocator> locator =
          CompletableFuture.supplyAsync(counties, pool);
      CompletableFuture<Gazetteer> gazetteer =
          CompletableFuture.supplyAsync(() -> new Gazetteer(data), pool);
      return new Resolver(data, new Locator(data, locator, pool), gazetteer.join(), null);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      pool.shutdown();
    }
  }

  /** The same resolver, with addresses geocoded online first (falling back to offline parsing). */
  public Resolver withGeocoder(Geocoder online) {
    return new Resolver(data, locator, gazetteer, online);
  }

  /** The same resolver answering addresses offline only (for batches: no request per row). */
  public Resolver offline() {
    return geocoder == null ? this : new Resolver(data, locator, gazetteer, null);
  }

  public Geodata data() {
    return data;
  }

  /**
   * The first step of {@link #resolve} for a coordinate: the index in {@code data().counties()} of
   * the county whose polygon holds the point, or {@link AreaLocator#NONE} (the point is then off
   * the coast, at sea or abroad, and only {@code resolve} answers it). Allocates nothing beyond
   * what the county locator does.
   */
  public int countyIndexAt(double lat, double lon) {
    return locator.countyAt(lat, lon);
  }

  /**
   * How an address line is read offline: its street, city, state and ZIP. Without an online
   * geocoder, {@code resolve} answers an address from these alone, and the street does not count.
   */
  public ParsedAddress readAddress(String line) {
    return addresses.parse(line);
  }

  /**
   * The office across the nearest boundary where {@code office} gives way to another in {@code
   * edition}, when that boundary is within the near-boundary distance of the point (what {@code
   * resolve} reports as {@code nearBoundary} with an {@code across-boundary} candidate); else null.
   */
  public String officeAcrossBoundary(double lat, double lon, Edition edition, String office) {
    int limit = data.manifest().nearBoundaryMeters();
    SegmentIndex.Hit hit = locator.officeChange(LatLon.of(lat, lon), edition, office, limit);
    return hit == null || hit.meters() > limit ? null : locator.officeOfLabel(edition, hit.label());
  }

  public Optional<Office> office(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    return Optional.ofNullable(offices.get("HAL".equals(c) ? "HLG" : c));
  }

  public Resolution resolve(Place place, When when) {
    return resolve(place, when, Detail.FULL);
  }

  public Resolution resolve(Place place, When when, Detail detail) {
    Answer a = new Answer(echo(place, when));
    if (place instanceof Place.Coordinate c) {
      point(a, c.at(), when, detail);
    } else if (place instanceof Place.StateName s) {
      state(a, stateOrThrow("state", s.text()), when, detail);
    } else if (place instanceof Place.CountyName c) {
      county(a, c, when, detail);
    } else if (place instanceof Place.Zip z) {
      zip(a, AddressParser.normalizeZip("zip", z.text()), when, detail);
    } else if (place instanceof Place.Address ad) {
      address(a, ad, when, detail);
    }
    return a.build();
  }

  // ---- coordinates
  // -------------------------------------------------------------------------------

  private void point(Answer a, LatLon p, When when, Detail detail) {
    Locator.Location where = locator.locate(p);
    if (!where.found()) {
      a.noMatch(where.reason(), where.message() + swappedHint(p));
      return;
    }
    County county = data.counties().get(where.county());
    a.county(county);
    a.precision = where.precision();
    a.offshoreMeters = where.offshoreMeters() == null ? null : round(where.offshoreMeters());
    if (!county.assigned()) {
      a.noMatch("unassigned-area", county.state().name() + " is in no published AOR");
      return;
    }
    Map<Edition, List<Share>> outcome = new EnumMap<>(Edition.class);
    for (Edition e : when.editions()) {
      outcome.put(e, List.of(new Share(county.office(e), 1, List.of(county.fips()))));
    }
    decide(a, outcome, "spans-offices");
    if (a.status == Status.MATCH) {
      boundary(a, p, when.editions(), a.office.code(), detail.boundaryDistance());
      if (where.precision() == Precision.NEAREST) {
        a.message =
            "outside the generalized coastline; nearest AOR "
                + Math.round(a.offshoreMeters)
                + " m away";
      }
    }
    details(a, county, p, detail);
  }

  /**
   * For a point in no county whose swapped coordinates fall in one: a hint that lat and lon were
   * swapped.
   */
  private String swappedHint(LatLon p) {
    if (Math.abs(p.lon()) > 90) {
      return "";
    }
    int swapped = locator.countyAt(p.lon(), p.lat());
    if (swapped == AreaLocator.NONE) {
      return "";
    }
    County c = data.counties().get(swapped);
    return String.format(
        Locale.ROOT,
        "; lat and lon may be swapped: (lat %s, lon %s) is in %s, %s",
        p.lon(),
        p.lat(),
        c.name(),
        c.state().usps());
  }

  /**
   * Distance to the nearest office change, nearBoundary, and the office across it as a candidate.
   */
  private void boundary(
      Answer a, LatLon p, List<Edition> editions, String office, boolean anyDistance) {
    int near = data.manifest().nearBoundaryMeters();
    SegmentIndex.Hit nearest = null;
    Edition of = null;
    for (Edition e : editions) {
      SegmentIndex.Hit hit =
          anyDistance
              ? locator.officeChange(p, e, office)
              : locator.officeChange(p, e, office, near);
      if (hit != null && (nearest == null || hit.meters() < nearest.meters())) {
        nearest = hit;
        of = e;
      }
    }
    if (nearest == null) {
      a.nearBoundary = false; // no office changes within the search distance (Hawaii, Guam)
      return;
    }
    a.boundaryDistanceMeters = round(nearest.meters());
    a.nearBoundary = nearest.meters() <= near;
    if (a.nearBoundary) {
      String across = locator.officeOfLabel(of, nearest.label());
      a.candidates.add(new Candidate(a.office, null, a.edition, "contains-point", null));
      a.candidates.add(new Candidate(officeRef(across), null, of.id(), "across-boundary", null));
    }
  }

  // ---- states and counties
  // -----------------------------------------------------------------------

  private State stateOrThrow(String field, String text) {
    if (text.strip().toUpperCase(Locale.ROOT).matches("A[AEP]")) {
      throw new InvalidInputException(
          field, text, "a state or territory (AA, AE and AP are military mail)");
    }
    return gazetteer
        .state(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, text, "a state or territory: USPS code, FIPS code or name"));
  }

  private void state(Answer a, State state, When when, Detail detail) {
    a.state(state);
    a.precision = Precision.STATE;
    List<County> counties = gazetteer.counties(state);
    if (counties.stream().noneMatch(County::assigned)) {
      a.noMatch("unassigned-area", state.name() + " is in no published AOR");
      return;
    }
    Map<Edition, List<Share>> outcome = new EnumMap<>(Edition.class);
    for (Edition e : when.editions()) {
      outcome.put(e, byPopulation(counties, c -> c.office(e)));
    }
    decide(a, outcome, "split-state");
    if (a.status == Status.AMBIGUOUS && "split-state".equals(a.reason)) {
      a.message =
          state.name() + " is split between field offices by county; give a county, ZIP or point";
    }
    if (a.status == Status.MATCH && detail.checkin()) {
      a.checkinOffice = checkins.forState(state);
    }
  }

  private void county(Answer a, Place.CountyName query, When when, Detail detail) {
    String text = query.text().strip();
    County county;
    if (text.matches("\\d{5}")) {
      Optional<County> found = gazetteer.county(text);
      if (found.isEmpty()) {
        formerCounty(a, text, when, detail);
        return;
      }
      county = found.get();
    } else {
      if (query.state() == null || query.state().isBlank()) {
        throw new InvalidInputException(
            "county", text, "a 5-digit FIPS code, or a county name together with state");
      }
      if (text.isEmpty() || text.chars().anyMatch(Character::isDigit)) {
        throw new InvalidInputException("county", text, "a 5-digit FIPS code or a county name");
      }
      State state = stateOrThrow("state", query.state());
      List<County> named = gazetteer.countiesNamed(text, state);
      if (named.isEmpty()) {
        a.state(state);
        a.noMatch("unknown-county", "no county named '" + text + "' in " + state.name());
        return;
      }
      county = named.get(0);
    }
    a.county(county);
    a.precision = Precision.COUNTY;
    if (!county.assigned()) {
      a.noMatch("unassigned-area", county.state().name() + " is in no published AOR");
      return;
    }
    Map<Edition, List<Share>> outcome = new EnumMap<>(Edition.class);
    for (Edition e : when.editions()) {
      outcome.put(e, List.of(new Share(county.office(e), 1, List.of(county.fips()))));
    }
    decide(a, outcome, "spans-offices");
    details(a, county, gazetteer.pointIn(county), detail);
  }

  /**
   * A retired county code (old Connecticut counties, Valdez-Cordova): answered by its whole state.
   */
  private void formerCounty(Answer a, String fips, When when, Detail detail) {
    Optional<Gazetteer.FormerCounty> former = gazetteer.formerCounty(fips);
    if (former.isEmpty()) {
      a.noMatch("unknown-county", "no county has FIPS code " + fips);
      return;
    }
    Gazetteer.FormerCounty f = former.get();
    state(a, gazetteer.state(f.state()).orElseThrow(), when, detail);
    a.county = new CountyRef(f.fips(), f.name());
    a.precision = Precision.COUNTY;
    a.message = f.name() + " (" + f.fate() + ") lies wholly in " + a.state.name();
  }

  // ---- ZIP codes, cities, addresses
  // --------------------------------------------------------------

  private void zip(Answer a, String zip, When when, Detail detail) {
    a.precision = Precision.ZIP;
    if (MILITARY_PREFIXES.contains(zip.substring(0, 3))) {
      a.noMatch(
          "military-zip",
          "ZIP " + zip + " is an APO/FPO/DPO military address (AA, AE or AP), in no AOR");
      return;
    }
    Optional<ZipCode> entry = gazetteer.zip(zip);
    if (entry.isEmpty()) {
      List<String> states = gazetteer.statesOfPrefix(zip);
      a.noMatch(
          "unknown-zip",
          "ZIP "
              + zip
              + " is not a ZIP Code Tabulation Area: a PO-box-only or single-organization ZIP, or not in use"
              + (states.isEmpty()
                  ? ""
                  : "; its prefix "
                      + zip.substring(0, 3)
                      + " is used in "
                      + String.join(", ", states)));
      return;
    }
    ZipCode z = entry.get();
    if (z.counties().isEmpty()) {
      point(a, z.point(), when, detail);
      a.precision = Precision.ZIP;
      return;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (ZipCode.Share s : z.counties()) {
      weights.merge(s.fips(), s.percent(), Double::sum);
    }
    places(a, weights, z.point(), gazetteer.state(z.state()).orElse(null), when, detail);
  }

  private void city(Answer a, State state, String city, When when, Detail detail) {
    List<ZipCode> zips = gazetteer.city(state, city);
    Map<String, Double> weights = new LinkedHashMap<>();
    double lat = 0;
    double lon = 0;
    double total = 0;
    for (ZipCode z : zips) {
      double people = Math.max(1, z.population());
      for (ZipCode.Share s : z.counties()) {
        weights.merge(s.fips(), people * s.percent() / 100, Double::sum);
      }
      lat += z.point().lat() * people;
      lon += z.point().lon() * people;
      total += people;
    }
    a.precision = Precision.CITY;
    places(a, weights, LatLon.of(lat / total, lon / total), state, when, detail);
  }

  /** Resolves a place known as counties with weights (a ZIP code or a city). */
  private void places(
      Answer a,
      Map<String, Double> countyWeights,
      LatLon at,
      State state,
      When when,
      Detail detail) {
    List<County> counties = new ArrayList<>();
    Map<String, Double> share = new HashMap<>();
    double total = countyWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    countyWeights.forEach(
        (fips, w) ->
            gazetteer
                .county(fips)
                .ifPresent(
                    c -> {
                      counties.add(c);
                      share.put(fips, total > 0 ? w / total : 1.0 / countyWeights.size());
                    }));
    if (counties.size() == 1) {
      a.county(counties.get(0));
    } else {
      a.state(state);
    }
    if (counties.stream().noneMatch(County::assigned)) {
      a.noMatch(
          "unassigned-area",
          (state == null ? "this place" : state.name()) + " is in no published AOR");
      return;
    }
    Map<Edition, List<Share>> outcome = new EnumMap<>(Edition.class);
    for (Edition e : when.editions()) {
      outcome.put(e, shares(counties, c -> c.office(e), c -> share.get(c.fips())));
    }
    decide(a, outcome, "spans-offices");
    County main =
        counties.stream().max(Comparator.comparingDouble(c -> share.get(c.fips()))).orElseThrow();
    details(a, main, at, detail);
  }

  private void address(Answer a, Place.Address ad, When when, Detail detail) {
    ParsedAddress parsed = parsed(ad);
    a.parsed = parsed;
    if (geocoder != null && ad.line() != null || geocoder != null && parsed.street() != null) {
      String line = ad.line() != null ? ad.line() : oneLine(parsed);
      try {
        Optional<LatLon> at = geocoder.locate(line);
        if (at.isPresent()) {
          point(a, at.get(), when, detail);
          a.precision = a.precision == Precision.POINT ? Precision.STREET : a.precision;
          a.query.put("geocoded", at.get().lat() + "," + at.get().lon());
          return;
        }
      } catch (IOException e) {
        a.message = "online geocoder unavailable (" + e.getMessage() + "); resolved offline";
      }
    }
    String note = a.message;
    if (parsed.zip() != null && gazetteer.zip(parsed.zip()).isPresent()) {
      zip(a, parsed.zip(), when, detail);
      ZipCode z = gazetteer.zip(parsed.zip()).orElseThrow();
      if (parsed.state() != null && !z.state().isEmpty() && !z.state().equals(parsed.state())) {
        note =
            "ZIP "
                + z.zip()
                + " is in "
                + z.state()
                + ", not "
                + parsed.state()
                + "; the ZIP code was used";
      }
    } else if (parsed.state() != null
        && parsed.city() != null
        && !gazetteer.city(state(parsed), parsed.city()).isEmpty()) {
      city(a, state(parsed), parsed.city(), when, detail);
    } else if (parsed.state() != null) {
      state(a, state(parsed), when, detail);
      note =
          "resolved by state only: "
              + (parsed.zip() != null
                  ? "ZIP " + parsed.zip() + " is unknown"
                  : "no known ZIP or city found");
    } else if (parsed.zip() != null) {
      zip(a, parsed.zip(), when, detail);
    } else {
      List<String> states =
          parsed.city() == null ? List.of() : gazetteer.statesWithCity(parsed.city());
      a.noMatch(
          "unknown-place",
          states.isEmpty()
              ? "no ZIP code, known city or state found in the address"
              : "a city without a state: "
                  + parsed.city()
                  + " is a city in "
                  + String.join(", ", states)
                  + "; add the state or the ZIP code");
    }
    a.parsed = parsed;
    if (note != null) {
      a.message = a.message == null ? note : note + "; " + a.message;
    }
  }

  private State state(ParsedAddress p) {
    return gazetteer.state(p.state()).orElseThrow();
  }

  private ParsedAddress parsed(Place.Address ad) {
    if (ad.line() != null) {
      return addresses.parse(ad.line());
    }
    String state = ad.state() == null ? null : stateOrThrow("state", ad.state()).usps();
    String zip = ad.zip() == null ? null : AddressParser.normalizeZip("zip", ad.zip());
    return new ParsedAddress(blank(ad.street()), blank(ad.city()), state, zip);
  }

  private static String oneLine(ParsedAddress p) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {p.street(), p.city(), p.state(), p.zip()}) {
      if (s != null) {
        parts.add(s);
      }
    }
    return String.join(", ", parts);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---- shared steps
  // ------------------------------------------------------------------------------

  private List<Share> byPopulation(List<County> counties, Function<County, String> office) {
    double total = counties.stream().mapToDouble(c -> gazetteer.population(c.fips())).sum();
    return shares(
        counties,
        office,
        c -> total > 0 ? gazetteer.population(c.fips()) / total : 1.0 / counties.size());
  }

  /**
   * Groups counties by office, summing weights; heaviest first; unassigned counties are left out.
   */
  private static List<Share> shares(
      List<County> counties, Function<County, String> office, Function<County, Double> weight) {
    Map<String, double[]> sum = new TreeMap<>();
    Map<String, List<String>> members = new TreeMap<>();
    for (County c : counties) {
      String o = office.apply(c);
      if (o != null) {
        sum.computeIfAbsent(o, k -> new double[1])[0] += weight.apply(c);
        members.computeIfAbsent(o, k -> new ArrayList<>()).add(c.fips());
      }
    }
    List<Share> out = new ArrayList<>();
    sum.forEach(
        (o, w) -> out.add(new Share(o, Math.round(w[0] * 1e4) / 1e4, List.copyOf(members.get(o)))));
    out.sort(Comparator.comparingDouble((Share s) -> -s.weight()).thenComparing(Share::office));
    return out;
  }

  /**
   * Turns the offices possible in each edition into status, office, edition and candidates. Both
   * editions (a date in the transition window) agreeing give one answer for "2020|2021";
   * disagreeing, an ambiguous answer with each edition's offices as candidates.
   */
  private void decide(Answer a, Map<Edition, List<Share>> outcome, String spanReason) {
    List<List<Share>> distinct = outcome.values().stream().distinct().toList();
    if (distinct.size() == 1) {
      List<Share> shares = distinct.get(0);
      a.edition = String.join("|", outcome.keySet().stream().map(Edition::id).toList());
      if (shares.size() == 1) {
        a.status = Status.MATCH;
        Office responsible = offices.get(shares.get(0).office());
        a.office =
            responsible == null ? officeRef(shares.get(0).office()) : OfficeRef.of(responsible);
      } else {
        a.status = Status.AMBIGUOUS;
        a.reason = spanReason;
        shares.forEach(s -> a.candidates.add(candidate(s, a.edition, "population-share")));
      }
      return;
    }
    a.status = Status.AMBIGUOUS;
    a.reason = "transition-window";
    a.edition = String.join("|", outcome.keySet().stream().map(Edition::id).toList());
    a.message =
        "the date falls between "
            + Edition.LAST_DAY_2020
            + " and "
            + Edition.FIRST_DAY_2021
            + ", when Harlingen was split off at an unpublished date, and the editions disagree here";
    outcome.forEach(
        (e, shares) ->
            shares.forEach(s -> a.candidates.add(candidate(s, e.id(), "edition-" + e.id()))));
  }

  private Candidate candidate(Share s, String edition, String basis) {
    return new Candidate(
        officeRef(s.office()),
        s.weight(),
        edition,
        basis,
        s.counties().size() > 1 ? s.counties() : null);
  }

  private void details(Answer a, County county, LatLon at, Detail detail) {
    a.location = at;
    if (detail.checkin() && a.status == Status.MATCH) {
      a.checkinOffice = checkins.find(county, a.office.code(), at);
    }
    if (detail.nearestOffices() > 0 && at != null) {
      a.nearestOffices = nearestOffices(at, detail.nearestOffices(), lastEdition(a));
    }
  }

  private static Edition lastEdition(Answer a) {
    return a.edition != null && a.edition.endsWith("2020") ? Edition.E2020 : Edition.E2021;
  }

  /** The {@code k} field offices of an edition nearest to a point, by great-circle distance. */
  public List<NearbyOffice> nearestOffices(LatLon at, int k, Edition edition) {
    return offices.values().stream()
        .filter(o -> o.existsIn(edition))
        .map(o -> new Object[] {o, CheckinFinder.distance(at, o.location())})
        .sorted(Comparator.comparingDouble(x -> (double) x[1]))
        .limit(k)
        .map(
            x -> {
              Office o = (Office) x[0];
              return new NearbyOffice(
                  o.code(),
                  o.name(),
                  o.street(),
                  o.city(),
                  o.state(),
                  o.zip(),
                  o.phone(),
                  o.location().lat(),
                  o.location().lon(),
                  round((double) x[1]));
            })
        .toList();
  }

  private OfficeRef officeRef(String code) {
    Office o = offices.get(code);
    return OfficeRef.brief(code, o == null ? code : o.name());
  }

  private static double round(double meters) {
    return Math.round(meters * 10) / 10.0;
  }

  /** What was asked, as parameter names and values, for the answer's {@code query} echo. */
  private static Map<String, String> echo(Place place, When when) {
    Map<String, String> q = new LinkedHashMap<>();
    if (place instanceof Place.Coordinate c) {
      q.put("lat", Double.toString(c.at().lat()));
      q.put("lon", Double.toString(c.at().lon()));
    } else if (place instanceof Place.StateName s) {
      q.put("state", s.text());
    } else if (place instanceof Place.CountyName c) {
      q.put("county", c.text());
      putIfPresent(q, "state", c.state());
    } else if (place instanceof Place.Zip z) {
      q.put("zip", z.text());
    } else if (place instanceof Place.Address ad) {
      putIfPresent(q, "address", ad.line());
      putIfPresent(q, "street", ad.street());
      putIfPresent(q, "city", ad.city());
      putIfPresent(q, "state", ad.state());
      putIfPresent(q, "zip", ad.zip());
    }
    if (when.edition() != null) {
      q.put("edition", when.edition().id());
    }
    LocalDate date = when.date();
    if (date != null) {
      q.put("date", date.toString());
    }
    return q;
  }

  private static void putIfPresent(Map<String, String> q, String key, String value) {
    if (value != null) {
      q.put(key, value);
    }
  }
}
