package org.aorresolver.batch.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.columns.Cells;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateOrder;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.place.ParsedAddress;
import org.aorresolver.query.Detail;
import org.aorresolver.query.QueryParser;
import org.aorresolver.query.When;

/**
 * Any row, the slow and safe way: its fields become the query parameters of {@code GET
 * /v1/resolve}, checked by {@link QueryParser} and answered by {@link Resolver#resolve}, so a row
 * gets exactly the API's answer. Which place a row names, when it has several: the point when
 * {@code lat} or {@code lon} is given; else the county (FIPS, or name with {@code state}), as
 * {@code GET /v1/resolve?county=&state=}; else {@code address} as one line when no other address
 * part is given; else the parts {@code street} (or {@code address}), {@code city}, {@code state},
 * {@code zip}; else {@code zip} and {@code state}. A row's date, read by the column's {@link
 * DateReader}, overrides the batch's default edition or date. In files whose delimiter is not a
 * comma, a decimal comma in a coordinate is a point; a ZIP code that lost its leading zeros is
 * padded, with a note, by the resolver, as for the API.
 *
 * <p>Answers for places other than points are remembered in the {@link BatchResolver}'s cache,
 * keyed by what the answer depends on: a ZIP code repeats, and so do a city, state and ZIP whatever
 * the street (addresses are answered offline, by ZIP, city or state; a one-line address is keyed by
 * how {@link Resolver#readAddress} reads it). One per thread.
 */
public final class RowResolver {
  private enum Kind {
    POINT,
    COUNTY,
    LINE,
    PARTS
  }

  private static final DateReader ANY_DATE = DateReader.of(DateOrder.UNKNOWN);

  private final BatchResolver answers;
  private final When defaults;
  private final int defaultKey;
  private final DateReader dates;
  private final boolean decimalComma;

  /**
   * @param dates how dates are read; null for every shape {@link DateReader} reads one way
   * @param decimalComma true when coordinates may have a decimal comma
   */
  public RowResolver(BatchResolver answers, When defaults, DateReader dates, boolean decimalComma) {
    this.answers = answers;
    this.defaults = defaults;
    this.defaultKey = BatchResolver.key(defaults);
    this.dates = dates == null ? ANY_DATE : dates;
    this.decimalComma = decimalComma;
  }

  /** The answer for a row whose fields are {@code v} (by {@link Role} ordinal; null if absent). */
  public Encoded resolve(String[] v) {
    Kind kind = kind(v);
    String key = kind == Kind.POINT ? null : cacheKey(kind, v);
    Encoded known = key == null ? null : answers.cached(key);
    if (known != null) {
      return known;
    }
    Outcome o = answer(kind, v);
    if (key == null) {
      return Encoded.once(o);
    }
    Encoded e = Encoded.shared(o);
    answers.remember(key, e);
    return e;
  }

  private Outcome answer(Kind kind, String[] v) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    place(kind, v, q);
    String date = v[Role.DATE.ordinal()];
    if (date != null && !date.isBlank()) {
      int day = dates.read(date);
      if (day < 0) {
        return Outcome.error(
            "invalid-input",
            "date: '"
                + date.strip()
                + "' is not a date as this column's are read ("
                + dates.describe()
                + ")");
      }
      q.put("date", List.of(iso(day)));
    } else if (defaults.edition() != null) {
      q.put("edition", List.of(defaults.edition().id()));
    } else if (defaults.date() != null) {
      q.put("date", List.of(defaults.date().toString()));
    }
    try {
      QueryParser.Request r = QueryParser.parse(q);
      return Outcome.of(answers.resolver().resolve(r.place(), r.when(), Detail.BRIEF));
    } catch (InvalidInputException ex) {
      return Outcome.error("invalid-input", ex.getMessage());
    }
  }

  private static String iso(int yyyymmdd) {
    return String.format(
        Locale.ROOT, "%04d-%02d-%02d", yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  }

  private static Kind kind(String[] v) {
    if (given(v, Role.LAT) || given(v, Role.LON)) {
      return Kind.POINT;
    }
    if (given(v, Role.COUNTY)) {
      return Kind.COUNTY;
    }
    boolean parts = given(v, Role.CITY) || given(v, Role.STATE) || given(v, Role.ZIP);
    return given(v, Role.ADDRESS) && !parts && !given(v, Role.STREET) ? Kind.LINE : Kind.PARTS;
  }

  /** Puts the place's parameters. */
  private void place(Kind kind, String[] v, Map<String, List<String>> q) {
    switch (kind) {
      case POINT -> {
        if (decimalComma) {
          v[Role.LAT.ordinal()] = Cells.decimalPoint(v[Role.LAT.ordinal()]);
          v[Role.LON.ordinal()] = Cells.decimalPoint(v[Role.LON.ordinal()]);
        }
        put(q, v, "lat", Role.LAT);
        put(q, v, "lon", Role.LON);
      }
      case COUNTY -> {
        put(q, v, "county", Role.COUNTY);
        put(q, v, "state", Role.STATE);
      }
      case LINE -> put(q, v, "address", Role.ADDRESS);
      default -> {
        if (given(v, Role.STREET) || given(v, Role.ADDRESS) || given(v, Role.CITY)) {
          put(q, v, "street", given(v, Role.STREET) ? Role.STREET : Role.ADDRESS);
        }
        put(q, v, "city", Role.CITY);
        put(q, v, "state", Role.STATE);
        put(q, v, "zip", Role.ZIP);
      }
    }
  }

  /**
   * What the answer depends on: the kind of place, the editions, the fields that count (for an
   * address in parts, whether a street is given but not which). Null for a date that is no date.
   */
  private String cacheKey(Kind kind, String[] v) {
    // the resolver of a batch is offline (BatchResolver makes it so): streets never count
    int key = defaultKey;
    String date = v[Role.DATE.ordinal()];
    if (date != null && !date.isBlank()) {
      int day = dates.read(date);
      if (day < 0) {
        return null;
      }
      key = BatchResolver.keyOfDay(day);
    }
    StringBuilder k = new StringBuilder(48).append(kind.ordinal()).append(key);
    switch (kind) {
      case COUNTY -> k.append(part(v, Role.COUNTY)).append(part(v, Role.STATE));
      case LINE -> {
        ParsedAddress a = answers.resolver().readAddress(v[Role.ADDRESS.ordinal()]);
        k.append('\u0000').append(a.city()).append('\u0000').append(a.state());
        k.append('\u0000').append(a.zip());
      }
      default ->
          k.append(given(v, Role.STREET) || given(v, Role.ADDRESS) ? "\u0000s" : "\u0000")
              .append(part(v, Role.CITY))
              .append(part(v, Role.STATE))
              .append(part(v, Role.ZIP));
    }
    return k.toString();
  }

  private static String part(String[] v, Role f) {
    return given(v, f) ? "\u0000" + v[f.ordinal()] : "\u0000\u0001";
  }

  private static boolean given(String[] v, Role f) {
    String s = v[f.ordinal()];
    return s != null && !s.isBlank();
  }

  private static void put(Map<String, List<String>> q, String[] v, String name, Role f) {
    if (given(v, f)) {
      q.put(name, List.of(v[f.ordinal()]));
    }
  }
}
