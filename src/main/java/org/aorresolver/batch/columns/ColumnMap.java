package org.aorresolver.batch.columns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which column of a file plays which {@link Role}, worked out once from the header names and the
 * user's {@link ColumnOptions}, then only read: the same for CSV, NDJSON keys and workbook rows.
 *
 * <ul>
 *   <li>A column chosen for a role is that role's, whatever other columns are called; a chosen name
 *       that is not in the header is refused, listing the header.
 *   <li>Other columns are recognised by {@link Role#recognise}; two columns for one role ({@code
 *       lat} and {@code Latitude}) are refused, since which to read would be a guess.
 *   <li>The date: the chosen column; else, with no default edition or date given, the one date-like
 *       column ({@link Role#dateLike}: {@code date}, {@code apprehension_date}, {@code
 *       book_in_dt}), several being refused until one is chosen; else, with a default given, a
 *       column named {@code date}, any other date-like column being named as not read.
 * </ul>
 *
 * {@link #describe()} says all this in one line, which the command prints before the first row and
 * the service sends as a header. Immutable and thread-safe.
 */
public final class ColumnMap {
  private final List<String> header;
  private final boolean census;
  private final int[] index;
  private final String dateNote;
  private final List<String> unread;

  private ColumnMap(List<String> header, int[] index, String dateNote, List<String> unread) {
    this(header, false, index, dateNote, unread);
  }

  private ColumnMap(
      List<String> header, boolean census, int[] index, String dateNote, List<String> unread) {
    this.header = List.copyOf(header);
    this.census = census;
    this.index = index;
    this.dateNote = dateNote;
    this.unread = List.copyOf(unread);
  }

  /**
   * The roles of the columns named {@code header}.
   *
   * @throws ColumnException when an option names no column, or the header leaves a role to a guess
   */
  public static ColumnMap of(List<String> header, ColumnOptions options) {
    int[] index = none();
    for (Role r : Role.values()) {
      String name = options.chosen(r);
      if (name != null) {
        index[r.ordinal()] = find(header, name, r);
      }
    }
    for (int i = 0; i < header.size(); i++) {
      Role r = Role.recognise(header.get(i));
      if (r == null || r == Role.DATE || options.chosen(r) != null || taken(index, i)) {
        continue;
      }
      if (index[r.ordinal()] >= 0) {
        throw twice(r, List.of(index[r.ordinal()], i), header);
      }
      index[r.ordinal()] = i;
    }
    if (options.chosen(Role.DATE) != null) {
      return new ColumnMap(header, index, "chosen", List.of());
    }
    return withDate(header, index, options.defaultWhen());
  }

  /** The Census Geocoder's batch layout, which has no header: id, street, city, state, zip. */
  public static ColumnMap censusLayout() {
    int[] index = none();
    Role[] layout = {Role.ID, Role.STREET, Role.CITY, Role.STATE, Role.ZIP};
    for (int i = 0; i < layout.length; i++) {
      index[layout[i].ordinal()] = i;
    }
    return new ColumnMap(List.of(), true, index, null, List.of());
  }

  /** True for the Census Geocoder's layout. */
  public boolean census() {
    return census;
  }

  /** The header's names as given; empty for the Census layout. */
  public List<String> header() {
    return header;
  }

  /** The column (from 0) playing {@code role}, or -1. */
  public int column(Role role) {
    return index[role.ordinal()];
  }

  /** True when some column names a place (a point, ZIP, county, state or address). */
  public boolean namesPlace() {
    return Role.PLACE.stream().anyMatch(r -> index[r.ordinal()] >= 0);
  }

  /**
   * The value of {@code role} in a row's cells; null when no column plays it or the row is short.
   */
  public String value(List<String> cells, Role role) {
    int c = index[role.ordinal()];
    return c >= 0 && c < cells.size() ? cells.get(c) : null;
  }

  /** The values of a row's cells by role ({@link Role#ordinal()}); null where there is none. */
  public String[] values(List<String> cells) {
    String[] v = new String[Role.values().length];
    for (Role r : Role.values()) {
      v[r.ordinal()] = value(cells, r);
    }
    return v;
  }

  /**
   * The mapping in one line: {@code lat=Latitude, lon=LNG, date=apprehension_date (the only
   * date-like column)}, with date-like columns that are not read named after it.
   */
  public String describe() {
    if (census) {
      return "no header: the Census Geocoder layout id, street, city, state, zip";
    }
    List<String> parts = new ArrayList<>();
    for (Role r : Role.values()) {
      int c = index[r.ordinal()];
      if (c >= 0) {
        String note = r == Role.DATE && dateNote != null ? " (" + dateNote + ")" : "";
        parts.add(r.label() + "=" + header.get(c) + note);
      }
    }
    if (index[Role.DATE.ordinal()] < 0) {
      parts.add("date=none");
    }
    String line = String.join(", ", parts);
    if (!unread.isEmpty()) {
      line +=
          "; not read as dates: "
              + String.join(", ", unread)
              + " (the default edition or date is used; choose a column with "
              + Role.DATE.option()
              + ")";
    }
    return line;
  }

  private static ColumnMap withDate(List<String> header, int[] index, boolean defaultWhen) {
    List<Integer> dateLike = new ArrayList<>();
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!taken(index, i) && Role.dateLike(header.get(i))) {
        dateLike.add(i);
        if (Role.recognise(header.get(i)) == Role.DATE) {
          named.add(i);
        }
      }
    }
    List<Integer> use = defaultWhen ? named : dateLike;
    if (use.size() > 1) {
      throw twice(Role.DATE, use, header);
    }
    List<String> unread = new ArrayList<>();
    for (int i : dateLike) {
      if (!use.contains(i)) {
        unread.add(header.get(i));
      }
    }
    if (use.isEmpty()) {
      return new ColumnMap(header, index, null, unread);
    }
    index[Role.DATE.ordinal()] = use.get(0);
    boolean plain = Role.recognise(header.get(use.get(0))) == Role.DATE;
    return new ColumnMap(header, index, plain ? null : "the only date-like column", unread);
  }

  private static int find(List<String> header, String name, Role role) {
    int i = header.indexOf(name);
    for (int j = 0; i < 0 && j < header.size(); j++) {
      if (Role.normalize(header.get(j)).equals(Role.normalize(name))) {
        i = j;
      }
    }
    if (i < 0) {
      throw new ColumnException(
          String.format(
              Locale.ROOT,
              "%s: the header has no column \"%s\"; its columns are: %s",
              role.option(),
              name,
              String.join(", ", header)),
          role.option(),
          name,
          "one of the columns " + String.join(", ", header));
    }
    return i;
  }

  private static ColumnException twice(Role role, List<Integer> columns, List<String> header) {
    List<String> named = new ArrayList<>();
    for (int c : columns) {
      named.add(String.format(Locale.ROOT, "column %d \"%s\"", c + 1, header.get(c)));
    }
    String what =
        role == Role.DATE ? "several date-like columns" : "two " + role.label() + " columns";
    return new ColumnException(
        String.format(
            Locale.ROOT,
            "the header has %s: %s; choose one with %s (header: %s)",
            what,
            String.join(" and ", named),
            role.option(),
            String.join(",", header)),
        role.option(),
        null,
        "one of " + String.join(", ", named));
  }

  private static boolean taken(int[] index, int column) {
    for (int c : index) {
      if (c == column) {
        return true;
      }
    }
    return false;
  }

  private static int[] none() {
    int[] index = new int[Role.values().length];
    Arrays.fill(index, -1);
    return index;
  }
}
