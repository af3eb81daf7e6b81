package org.aorresolver.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.QueryParser;
import org.aorresolver.Resolver;
import org.aorresolver.When;
import org.aorresolver.batch.io.IsoDate;

/**
 * Any row, the slow and safe way: its fields become the query parameters of {@code GET
 * /v1/resolve}, checked by {@link QueryParser} and answered by {@link Resolver#resolve}, so a row
 * gets exactly the API's answer. Which place a row names, when it has several: the point when
 * {@code lat} or {@code lon} is given; else {@code county_fips} (with {@code state}); else {@code
 * address} as one line when no other address part is given; else the parts {@code street} (or
 * {@code address}), {@code city}, {@code state}, {@code zip}; else {@code zip} and {@code state}. A
 * row's {@code date} overrides the batch's default edition or date.
 *
 * <p>Answers for places other than points are remembered (up to {@link #CACHE_SIZE}), keyed by what
 * the answer depends on: a ZIP code repeats, and so do a city, state and ZIP whatever the street
 * (addresses are answered offline, by ZIP, city or state). One per thread.
 */
final class RowResolver {
  static final int CACHE_SIZE = 1 << 16;

  private final Resolver resolver;
  private final When defaults;
  private final Map<String, Outcome> cache =
      new LinkedHashMap<>(CACHE_SIZE * 2) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  RowResolver(Resolver resolver, When defaults) {
    this.resolver = resolver;
    this.defaults = defaults;
  }

  /** The answer for a row whose fields are {@code v} (by {@link Field} ordinal; null if absent). */
  Outcome resolve(String[] v) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    String kind = place(v, q);
    String key = cacheKey(kind, q, v[Field.DATE.ordinal()]);
    Outcome known = key == null ? null : cache.get(key);
    if (known != null) {
      return known;
    }
    when(v[Field.DATE.ordinal()], q);
    Outcome o;
    try {
      QueryParser.Request r = QueryParser.parse(q);
      o = Outcome.of(resolver.resolve(r.place(), r.when(), Resolver.Detail.BRIEF));
    } catch (InvalidInputException e) {
      o = Outcome.error("invalid-input", e.getMessage());
    }
    if (key != null) {
      cache.put(key, o);
    }
    return o;
  }

  /** Puts the place's parameters; returns the kind of place. */
  private static String place(String[] v, Map<String, List<String>> q) {
    if (given(v, Field.LAT) || given(v, Field.LON)) {
      put(q, v, "lat", Field.LAT);
      put(q, v, "lon", Field.LON);
      return "point";
    }
    if (given(v, Field.COUNTY_FIPS)) {
      put(q, v, "county", Field.COUNTY_FIPS);
      put(q, v, "state", Field.STATE);
      return "county";
    }
    boolean parts = given(v, Field.CITY) || given(v, Field.STATE) || given(v, Field.ZIP);
    if (given(v, Field.ADDRESS) && !parts && !given(v, Field.STREET)) {
      put(q, v, "address", Field.ADDRESS);
      return "line";
    }
    if (given(v, Field.STREET) || given(v, Field.ADDRESS) || given(v, Field.CITY)) {
      put(q, v, "street", given(v, Field.STREET) ? Field.STREET : Field.ADDRESS);
    }
    put(q, v, "city", Field.CITY);
    put(q, v, "state", Field.STATE);
    put(q, v, "zip", Field.ZIP);
    return "parts";
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

  /** What the answer depends on, or null for points (not worth remembering) and bad dates. */
  private String cacheKey(String kind, Map<String, List<String>> q, String date) {
    if (kind.equals("point")) {
      return null;
    }
    int key = BatchResolver.key(defaults);
    if (date != null && !date.isBlank()) {
      int day = IsoDate.parse(date.strip());
      if (day < 0) {
        return null;
      }
      key = BatchResolver.keyOfDay(day);
    }
    List<String> parts = new ArrayList<>();
    parts.add(kind);
    parts.add(Integer.toString(key));
    q.forEach((name, values) -> parts.add(name.equals("street") ? "street" : name + values));
    return String.join("\u0000", parts);
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
