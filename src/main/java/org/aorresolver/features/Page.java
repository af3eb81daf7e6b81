package org.aorresolver.features;

import java.util.List;

/**
 * The items of a {@link FeatureSet} that a query asked for.
 *
 * @param items the items returned, at most the query's limit
 * @param matched how many items match the query in all
 * @param query the query, for links to the pages before and after
 */
public record Page(List<Item> items, int matched, ItemQuery query) {
  public Page {
    items = List.copyOf(items);
  }

  /** Whether items are left after this page. */
  public boolean hasNext() {
    return query.offset() + items.size() < matched;
  }

  /** Whether this page starts after the first item. */
  public boolean hasPrevious() {
    return query.offset() > 0 && matched > 0;
  }

  /** The query for the next page. */
  public ItemQuery next() {
    return query.at(query.offset() + query.limit());
  }

  /** The query for the page before: the previous {@code limit} items, or the first page. */
  public ItemQuery previous() {
    return query.at(Math.max(0, Math.min(query.offset(), matched) - query.limit()));
  }
}
