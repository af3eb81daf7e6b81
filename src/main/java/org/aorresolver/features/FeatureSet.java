package org.aorresolver.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A named set of features, as an OGC API - Features collection serves it: an id, a title, a
 * description, the items in a fixed order, the box around them, the type of their geometries, the
 * days they are valid for and the properties it can be filtered on. Built once; immutable and safe
 * for concurrent queries.
 */
public final class FeatureSet {
  private final String id;
  private final String title;
  private final String description;
  private final List<Item> items;
  private final Map<String, Item> byId;
  private final Bbox extent;
  private final Schema schema;
  private final Period time;
  private final List<Queryable> queryables;

  private FeatureSet(
      String id,
      String title,
      String description,
      List<Item> items,
      Map<String, String> queryables) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.items = List.copyOf(items);
    Map<String, Item> ids = new HashMap<>();
    this.items.forEach(i -> ids.put(i.id(), i));
    this.byId = Map.copyOf(ids);
    this.extent = Bbox.around(this.items.stream().map(Item::geometry).toList());
    this.schema = Schema.of(this.items);
    this.time = time(this.items);
    List<Queryable> q = new ArrayList<>();
    queryables.forEach((name, meaning) -> q.add(new Queryable(name, meaning, values(name))));
    this.queryables = List.copyOf(q);
  }

  /**
   * @throws IllegalArgumentException if two items share an id
   */
  public static FeatureSet of(String id, String title, String description, List<Item> items) {
    return of(id, title, description, items, Map.of());
  }

  /**
   * A set whose items can be filtered on the properties named in {@code queryables} (name, then
   * what it means, in order).
   *
   * @throws IllegalArgumentException if two items share an id
   */
  public static FeatureSet of(
      String id,
      String title,
      String description,
      List<Item> items,
      Map<String, String> queryables) {
    FeatureSet set = new FeatureSet(id, title, description, items, new LinkedHashMap<>(queryables));
    if (set.byId.size() != set.items.size()) {
      throw new IllegalArgumentException("feature set " + id + " has items with the same id");
    }
    return set;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The box around every item's geometry; null when no item has one. */
  public Bbox extent() {
    return extent;
  }

  /** What its items look like: geometry type and property types. */
  public Schema schema() {
    return schema;
  }

  /** The days its items are valid for together; null when that is every day. */
  public Period time() {
    return time;
  }

  /** The properties {@code /items} can filter on, in order. */
  public List<Queryable> queryables() {
    return queryables;
  }

  public int size() {
    return items.size();
  }

  public Optional<Item> item(String itemId) {
    return Optional.ofNullable(byId.get(itemId));
  }

  /**
   * The items the query asks for: those whose geometry meets its box (envelopes first, then the
   * geometry itself; items without geometry never meet a box), valid on a day of its period and
   * equal to its filters, in the set's order, from its offset, at most its limit.
   */
  public Page page(ItemQuery query) {
    List<Item> matching = items.stream().filter(query::matches).toList();
    int from = Math.min(query.offset(), matching.size());
    int to = (int) Math.min((long) from + query.limit(), matching.size());
    return new Page(matching.subList(from, to), matching.size(), query);
  }

  private List<String> values(String property) {
    TreeSet<String> values = new TreeSet<>();
    for (Item i : items) {
      Object v = i.properties().get(property);
      if (v != null) {
        values.add(v.toString());
      }
    }
    return List.copyOf(values);
  }

  private static Period time(List<Item> items) {
    boolean openStart = items.stream().anyMatch(i -> i.validity().first() == null);
    boolean openEnd = items.stream().anyMatch(i -> i.validity().last() == null);
    if (items.isEmpty() || (openStart && openEnd)) {
      return null;
    }
    return new Period(
        openStart
            ? null
            : items.stream()
                .map(i -> i.validity().first())
                .min(Comparable::compareTo)
                .orElseThrow(),
        openEnd
            ? null
            : items.stream()
                .map(i -> i.validity().last())
                .max(Comparable::compareTo)
                .orElseThrow());
  }
}
