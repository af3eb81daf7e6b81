package org.aorresolver.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;

/**
 * Which items of a feature set to return: those meeting {@code bbox} (all when null), valid on a
 * day of {@code datetime} (all when null), whose properties equal {@code filters}, from position
 * {@code offset}, at most {@code limit}. Parsed from query parameters with every problem reported
 * at once.
 */
public record ItemQuery(
    Bbox bbox, Period datetime, Map<String, String> filters, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 10;

  /** The most items one page holds; a larger {@code limit} is taken as this, not refused. */
  public static final int MAX_LIMIT = 1000;

  public static final Set<String> PARAMETERS = Set.of("bbox", "datetime", "limit", "offset");

  private static final Pattern COUNT = Pattern.compile("\\+?[0-9]{1,12}");

  public ItemQuery {
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
    }
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }

  /** Items meeting a box (or all), without a time or property filter. */
  public ItemQuery(Bbox bbox, int limit, int offset) {
    this(bbox, null, Map.of(), limit, offset);
  }

  /** The first page of everything. */
  public static ItemQuery all() {
    return new ItemQuery(null, DEFAULT_LIMIT, 0);
  }

  /** Reads the parameters of a set without queryables; see {@link #parse(Map, Set, List)}. */
  public static ItemQuery parse(Map<String, List<String>> params, Set<String> alsoAccepted) {
    return parse(params, alsoAccepted, List.of());
  }

  /**
   * Reads {@code bbox}, {@code datetime}, {@code limit}, {@code offset} and a filter for each of
   * the {@code queryables}; {@code alsoAccepted} names the other parameters the caller reads
   * itself. Any other parameter, one given twice, or a filter value no feature has, is a problem.
   *
   * @throws InvalidInputException naming every parameter that cannot be used
   */
  public static ItemQuery parse(
      Map<String, List<String>> params, Set<String> alsoAccepted, List<Queryable> queryables) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> known = new TreeSet<>(PARAMETERS);
    known.addAll(alsoAccepted);
    queryables.forEach(q -> known.add(q.name()));
    params.forEach(
        (name, values) -> {
          if (!known.contains(name)) {
            errors.add(
                new FieldError(
                    name, values.get(0), "a known parameter: " + String.join(", ", known)));
          } else if (values.size() > 1) {
            errors.add(
                new FieldError(name, String.join(",", values), "given once (it was repeated)"));
          }
        });
    Bbox bbox = parsed("bbox", one(params, "bbox"), Bbox::parse, errors);
    Period datetime = parsed("datetime", one(params, "datetime"), Period::parse, errors);
    Map<String, String> filters = filters(params, queryables, errors);
    long limit = count("limit", one(params, "limit"), DEFAULT_LIMIT, 1, Long.MAX_VALUE, errors);
    long offset = count("offset", one(params, "offset"), 0, 0, Integer.MAX_VALUE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ItemQuery(bbox, datetime, filters, (int) Math.min(limit, MAX_LIMIT), (int) offset);
  }

  /** The same query from another position. */
  public ItemQuery at(int newOffset) {
    return new ItemQuery(bbox, datetime, filters, limit, newOffset);
  }

  /** Whether the item is one the query asks for, its position aside. */
  public boolean matches(Item item) {
    if (bbox != null && !bbox.intersects(item.geometry())) {
      return false;
    }
    if (datetime != null && !datetime.overlaps(item.validity())) {
      return false;
    }
    for (Map.Entry<String, String> f : filters.entrySet()) {
      Object value = item.properties().get(f.getKey());
      if (value == null || !value.toString().equals(f.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static String one(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }

  /** The value read by {@code parse}, or null when absent or bad (its problems added). */
  private static <T> T parsed(
      String field, String text, BiFunction<String, String, T> parse, List<FieldError> errors) {
    try {
      return text == null ? null : parse.apply(field, text);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static Map<String, String> filters(
      Map<String, List<String>> params, List<Queryable> queryables, List<FieldError> errors) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (Queryable q : queryables) {
      String value = one(params, q.name());
      if (value == null) {
        continue;
      }
      if (q.values().contains(value)) {
        filters.put(q.name(), value);
      } else {
        errors.add(new FieldError(q.name(), value, "one of " + String.join(", ", q.values())));
      }
    }
    return filters;
  }

  private static long count(
      String field, String text, long absent, long min, long max, List<FieldError> errors) {
    if (text == null) {
      return absent;
    }
    if (COUNT.matcher(text).matches()) {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    String expected =
        max == Integer.MAX_VALUE
            ? "a whole number from " + min + " to " + max
            : "a whole number from " + min + " (at most " + MAX_LIMIT + " items are returned)";
    errors.add(new FieldError(field, text, expected));
    return absent;
  }
}
