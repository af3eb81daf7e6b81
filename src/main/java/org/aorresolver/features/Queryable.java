package org.aorresolver.features;

import java.util.List;

/**
 * A property of a feature set that {@code /items} filters on by equality, as OGC API - Features -
 * Part 3 has it ({@code ?state=TX}): its name, what it means, and every value the set's features
 * have, in order; any other value is refused rather than silently matching nothing.
 */
public record Queryable(String name, String description, List<String> values) {
  public Queryable {
    values = List.copyOf(values);
  }
}
