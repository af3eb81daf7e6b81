package org.aorresolver.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named set of features, as an OGC API - Features collection serves it: an id, a title, a
 * description, the items in a fixed order and the box around them. Built once; immutable and safe
 * for concurrent queries.
 */
public final class FeatureSet {
  private final String id;
  private final String title;
  private final String description;
  private final List<Item> items;
  private final Map<String, Item> byId;
  private final Bbox extent;

  private FeatureSet(String id, String title, String description, List<Item> items) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.items = List.copyOf(items);
    Map<String, Item> ids = new HashMap<>();
    this.items.forEach(i -> ids.put(i.id(), i));
    this.byId = Map.copyOf(ids);
    this.extent = Bbox.around(this.items.stream().map(Item::geometry).toList());
  }

  /**
   * @throws IllegalArgumentException if two items share an id
   */
  public static FeatureSet of(String id, String title, String description, List<Item> items) {
    FeatureSet set = new FeatureSet(id, title, description, items);
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

  public int size() {
    return items.size();
  }

  public Optional<Item> item(String itemId) {
    return Optional.ofNullable(byId.get(itemId));
  }

  /**
   * The items the query asks for: those whose geometry meets its box (envelopes first, then the
   * geometry itself; items without geometry never meet a box), in the set's order, from its offset,
   * at most its limit.
   */
  public Page page(ItemQuery query) {
    Bbox box = query.bbox();
    List<Item> matching =
        box == null ? items : items.stream().filter(i -> box.intersects(i.geometry())).toList();
    int from = Math.min(query.offset(), matching.size());
    int to = (int) Math.min((long) from + query.limit(), matching.size());
    return new Page(matching.subList(from, to), matching.size(), query);
  }
}
