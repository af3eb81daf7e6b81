package org.aorresolver.batch.columns;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the user said about the columns: a column chosen by name for some {@link Role}s, a {@code
 * java.time} pattern for the dates, and whether a default edition or date was given for every row
 * (which changes how a date column is looked for: see {@link ColumnMap#of}). Immutable.
 *
 * @param chosen the column named for each role (by its {@link Role#option()}); absent: recognised
 * @param dateFormat a {@code java.time} pattern for the dates, or null to read every shape {@link
 *     org.aorresolver.batch.io.DateReader} knows
 * @param defaultWhen true when {@code --edition} or {@code --date} was given
 */
public record ColumnOptions(Map<Role, String> chosen, String dateFormat, boolean defaultWhen) {
  public ColumnOptions {
    EnumMap<Role, String> copy = new EnumMap<>(Role.class);
    chosen.forEach(
        (r, name) -> {
          if (name != null && !name.isBlank()) {
            copy.put(r, name);
          }
        });
    chosen = Collections.unmodifiableMap(copy);
    dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat;
  }

  /** Nothing chosen: every column recognised by name, dates in every shape, no default. */
  public static ColumnOptions none() {
    return new ColumnOptions(Map.of(), null, false);
  }

  public ColumnOptions withColumn(Role role, String name) {
    EnumMap<Role, String> c = new EnumMap<>(Role.class);
    c.putAll(chosen);
    c.put(role, name);
    return new ColumnOptions(c, dateFormat, defaultWhen);
  }

  public ColumnOptions withDateFormat(String pattern) {
    return new ColumnOptions(chosen, pattern, defaultWhen);
  }

  public ColumnOptions withDefaultWhen(boolean given) {
    return new ColumnOptions(chosen, dateFormat, given);
  }

  /** The column chosen for a role, or null. */
  public String chosen(Role role) {
    return chosen.get(role);
  }
}
