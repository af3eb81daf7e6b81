package org.aorresolver.batch.answer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.LatLon;
import org.aorresolver.Resolver;
import org.aorresolver.office.Decision;
import org.aorresolver.place.County;
import org.aorresolver.query.Detail;
import org.aorresolver.query.Place;
import org.aorresolver.query.When;

/**
 * A {@link Resolver} prepared for batches: the resolver itself (offline) for any row, and a fast
 * path for points inside a county. For each county and each {@link Editions} (its ordinal is the
 * edition key of a row: 2020, 2021, or both for a date in the transition window) the resolver's
 * answer and its CSV and NDJSON bytes are made once; a point then costs one county lookup (whatever
 * locator the resolver holds) and one grid test, plus the exact boundary distance in the few grid
 * cells near an office boundary. Points outside every county whose answer many points share (on the
 * same foreign land, far at sea: {@link org.aorresolver.place.Locator#sharedAnswer}) are answered
 * the same way, from answers prepared after those numbers. Other points outside every county,
 * unassigned counties and editions that disagree take the full {@code resolve}. Answers to other
 * places (ZIP codes, addresses) are remembered, up to {@link #REMEMBERED} of them. Built once;
 * thread-safe.
 */
public final class BatchResolver {
  private static final int KEYS = Editions.values().length;
  private static final int BOTH = Editions.BOTH.ordinal();

  /**
   * How many answers are remembered: 100,000, or fewer in a small heap (an answer with its key
   * takes about 500 bytes; they are kept to a thirtieth of the heap).
   */
  static final int REMEMBERED = (int) Math.min(100_000, Runtime.getRuntime().maxMemory() >> 14);

  private final Resolver resolver;
  private final List<County> counties;
  private final int firstShared;
  private final NearBoundaryGrid[] grids = new NearBoundaryGrid[2];
  private final Outcome[] plain;
  private final byte[][] csv;
  private final byte[][] json;
  private final ConcurrentHashMap<String, Encoded> remembered = new ConcurrentHashMap<>();

  private BatchResolver(Resolver resolver) {
    this.resolver = resolver.offline();
    this.counties = resolver.data().counties();
    int meters = resolver.data().manifest().nearBoundaryMeters();
    // one grid per edition: the 2021 one on another thread while this one makes the 2020 one
    CompletableFuture<NearBoundaryGrid> current =
        CompletableFuture.supplyAsync(
            () -> NearBoundaryGrid.of(resolver.data().aors().get(Edition.E2021), meters));
    grids[Edition.E2020.ordinal()] =
        NearBoundaryGrid.of(resolver.data().aors().get(Edition.E2020), meters);
    grids[Edition.E2021.ordinal()] = current.join();
    List<LatLon> shared = resolver.locator().sharedAnswerPoints();
    firstShared = counties.size() * KEYS;
    plain = new Outcome[firstShared + shared.size() * KEYS];
    csv = new byte[plain.length][];
    json = new byte[plain.length][];
    for (Editions inForce : Editions.values()) {
      for (County c : counties) {
        prepare(c.index() * KEYS + inForce.ordinal(), plainAnswer(c, inForce));
      }
      for (int n = 0; n < shared.size(); n++) {
        Outcome o = shared.get(n) == null ? null : sharedAnswer(shared.get(n), inForce);
        prepare(firstShared + n * KEYS + inForce.ordinal(), o);
      }
    }
  }

  private void prepare(int i, Outcome o) {
    plain[i] = o;
    csv[i] = o == null ? null : o.csvBytes();
    json[i] = o == null ? null : o.jsonBytes();
  }

  public static BatchResolver of(Resolver resolver) {
    return new BatchResolver(resolver);
  }

  public Resolver resolver() {
    return resolver;
  }

  /** The edition key of the editions a {@link When} asks for. */
  public static int key(When when) {
    return when.inForce().ordinal();
  }

  /** The edition key of a date given as {@code yyyymmdd}. */
  public static int keyOfDay(int yyyymmdd) {
    return Editions.onDay(yyyymmdd).ordinal();
  }

  /**
   * The plain answer's index for a point in range, or -1 when only the full {@code resolve} can
   * answer it. The answer may still be near a boundary: ask {@link #mayBeNear}.
   */
  public int pointIndex(double lat, double lon, int key) {
    int county = resolver.countyIndexAt(lat, lon);
    if (county < 0) {
      int n = resolver.locator().sharedAnswer(lat, lon);
      return n < 0 ? -1 : firstShared + n * KEYS + key;
    }
    if (plain[county * KEYS + key] == null) {
      return -1;
    }
    if (key == BOTH && (grids[0].marked(lat, lon) || grids[1].marked(lat, lon))) {
      return -1;
    }
    return county * KEYS + key;
  }

  /** False when the point is surely not near an office boundary in the key's one edition. */
  public boolean mayBeNear(double lat, double lon, int key) {
    return key != BOTH && grids[key].marked(lat, lon);
  }

  /** The answer near a boundary, or null when the exact distance says it is not near after all. */
  public Outcome near(int index, double lat, double lon) {
    if (index >= firstShared) {
      return null; // in no county: no office, no office boundary
    }
    Outcome o = plain[index];
    Edition e = Editions.values()[index % KEYS].latest();
    String across = resolver.officeAcrossBoundary(lat, lon, e, o.officeCode());
    return across == null ? null : o.across(across);
  }

  /** A remembered answer (see {@link RowResolver}), or null. */
  Encoded cached(String key) {
    return remembered.get(key);
  }

  void remember(String key, Encoded o) {
    if (remembered.size() >= REMEMBERED) {
      remembered.clear();
    }
    remembered.put(key, o);
  }

  /** How many plain answers there are: indexes run from 0 to this. */
  public int answers() {
    return plain.length;
  }

  public Outcome plain(int index) {
    return plain[index];
  }

  public byte[] csv(int index) {
    return csv[index];
  }

  public byte[] json(int index) {
    return json[index];
  }

  NearBoundaryGrid grid(Edition e) {
    return grids[e.ordinal()];
  }

  /** The answer {@code resolve} gives a point outside every county, in these editions. */
  private Outcome sharedAnswer(LatLon p, Editions inForce) {
    When when =
        switch (inForce) {
          case E2020 -> When.of(Edition.E2020);
          case E2021 -> When.of(Edition.E2021);
          case BOTH -> When.on(Edition.LAST_DAY_2020.plusDays(1));
        };
    return Outcome.of(resolver.resolve(new Place.Coordinate(p), when, Detail.BRIEF));
  }

  /** The answer for a point in a county, as the resolver decides it, when that is one office. */
  private Outcome plainAnswer(County c, Editions inForce) {
    if (!c.assigned()) {
      return null;
    }
    Decision d = Decision.ofCounty(c, inForce, resolver.offices()::contact);
    return d.matched()
        ? Outcome.point(
            d.office().code(), d.office().name(), c.fips(), c.state().usps(), d.edition())
        : null;
  }
}
