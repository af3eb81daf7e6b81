package org.aorresolver.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.io.IsoDate;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.query.QueryParser;
import org.aorresolver.query.When;

/**
 * Any row, the slow and safe way: its fields become the query parameters of {@code GET
 * /v1/resolve}, checked by {@link QueryParser} and answered by {@link Resolver#resolve}, so a row
 * gets exactly the API's answer. Which place a row names, when it has several: the point when
 * {@code lat} or {@code lon} is given; else {@code county_fips} (with {@code state}); else {@code
 * address} as one line when no other address part is given; else the parts {@code street} (or
 * {@code address}), {@code city}, {@code state}, {@code zip}; else {@code zip} and {@code state}. A
 * row's {@code date} overrides the batch's default edition or date.
 *
 * <p>Answers for places other than points are remembered in the {@link BatchResolver}'s cache,
 * keyed by what the answer depends on: a ZIP code repeats, and so do a city, state and ZIP whatever
 * the street (addresses are answered offline, by ZIP, city or state; a one-line address is keyed by
 * how {@link Resolver#readAddress} reads it). One per thread.
 */
final class RowResolver {
  private enum Kind {
    POINT,
    COUNTY,
    LINE,
    PARTS
  }

  private final BatchResolver answers;
  private final When defaults;
  private final int defaultKey;

  RowResolver(BatchResolver answers, When defaults) {
    this.answers = answers;
    this.defaults = defaults;
    this.defaultKey = BatchResolver.key(defaults);
  }

  /** The answer for a row whose fields are {@code v} (by {@link Field} ordinal; null if absent). */
  Encoded resolve(String[] v) {
    Kind kind = kind(v);
    String key = kind == Kind.POINT ? null : cacheKey(kind, v);
    Encoded known = key == null ? null : answers.cached(key);
    if (known != null) {
      return known;
    }
    Map<String, List<String>> q = new LinkedHashMap<>();
    place(kind, v, q);
    when(v[Field.DATE.ordinal()], q);
    Outcome o;
    try {
      QueryParser.Request r = QueryParser.parse(q);
      o = Outcome.of(answers.resolver().resolve(r.place(), r.when(), Resolver.Detail.BRIEF));
    } catch (InvalidInputException ex) {
      o = Outcome.error("invalid-input", ex.getMessage());
    }
    if (key == null) {
      return Encoded.once(o);
    }
    Encoded e = Encoded.shared(o);
    answers.remember(key, e);
    return e;
  }

  private static Kind kind(String[] v) {
    if (given(v, Field.LAT) || given(v, Field.LON)) {
      return Kind.POINT;
    }
    if (given(v, Field.COUNTY_FIPS)) {
      return Kind.COUNTY;
    }
    boolean parts = given(v, Field.CITY) || given(v, Field.STATE) || given(v, Field.ZIP);
    return given(v, Field.ADDRESS) && !parts && !given(v, Field.STREET) ? Kind.LINE : Kind.PARTS;
  }

  /** Puts the place's parameters. */
  private static void place(Kind kind, String[] v, Map<String, List<String>> q) {
    switch (kind) {
      case POINT -> {
        put(q, v, "lat", Field.LAT);
        put(q, v, "lon", Field.LON);
      }
      case COUNTY -> {
        put(q, v, "county", Field.COUNTY_FIPS);
        put(q, v, "state", Field.STATE);
      }
      case LINE -> put(q, v, "address", Field.ADDRESS);
      default -> {
        if (given(v, Field.STREET) || given(v, Field.ADDRESS) || given(v, Field.CITY)) {
          put(q, v, "street", given(v, Field.STREET) ? Field.STREET : Field.ADDRESS);
        }
        put(q, v, "city", Field.CITY);
        put(q, v, "state", Field.STATE);
        put(q, v, "zip", Field.ZIP);
      }
    }
  }

  private void when(String date, Map<String, List<String>> q) {
    if (date != null && !date.isBlank()) {
      q.put("date", List.of(IsoDate.dayOf(date.strip())));
    } else if (defaults.edition() != null) {
      q.put("edition", List.of(defaults.edition().id()));
    } else if (defaults.date() != null) {
      q.put("date", List.of(defaults.date().toString()));
    }
  }

  /**
   * What the answer depends on: the kind of place, the editions, the fields that count (for an
   * address in parts, whether a street is given but not which). Null for a date that is no date.
   */
  private String cacheKey(Kind kind, String[] v) {
    // the resolver of a batch is offline (BatchResolver makes it so): streets never count
    int key = defaultKey;
    String date = v[Field.DATE.ordinal()];
    if (date != null && !date.isBlank()) {
      int day = IsoDate.parse(date.strip());
      if (day < 0) {
        return null;
      }
      key = BatchResolver.keyOfDay(day);
    }
    StringBuilder k = new StringBuilder(48).append(kind.ordinal()).append(key);
    switch (kind) {
      case COUNTY -> k.append(part(v, Field.COUNTY_FIPS)).append(part(v, Field.STATE));
      case LINE -> {
        ParsedAddress a = answers.resolver().readAddress(v[Field.ADDRESS.ordinal()]);
        k.append('\u0000').append(a.city()).append('\u0000').append(a.state());
        k.append('\u0000').append(a.zip());
      }
      default ->
          k.append(given(v, Field.STREET) || given(v, Field.ADDRESS) ? "\u0000s" : "\u0000")
              .append(part(v, Field.CITY))
              .append(part(v, Field.STATE))
              .append(part(v, Field.ZIP));
    }
    return k.toString();
  }

  private static String part(String[] v, Field f) {
    return given(v, f) ? "\u0000" + v[f.ordinal()] : "\u0000\u0001";
  }

  private static boolean given(String[] v, Field f) {
    String s = v[f.ordinal()];
    return s != null && !s.isBlank();
  }

  private static void put(Map<String, List<String>> q, String[] v, String name, Field f) {
    if (given(v, f)) {
      q.put(name, List.of(v[f.ordinal()]));
    }
  }
}
