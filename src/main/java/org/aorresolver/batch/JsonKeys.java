package org.aorresolver.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.columns.ColumnMap;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.io.JsonLine;

/**
 * NDJSON keys as bytes: which {@link Role} a key plays (ASCII case, spaces, underscores, dashes and
 * dots ignored, as {@link Role#normalize} does), and which added names an object already uses
 * (those get {@code aor_} in front). A role chosen by name is played by that key only; the date by
 * the key the {@link ColumnMap} of the first object found. Immutable.
 */
final class JsonKeys {
  private static final byte[][] ADDED =
      Outcome.COLUMNS.stream()
          .map(c -> c.getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);

  private final byte[][] aliases;
  private final Role[] roles;

  JsonKeys(ColumnMap map, ColumnOptions options) {
    List<byte[]> names = new ArrayList<>();
    List<Role> of = new ArrayList<>();
    for (Role r : Role.values()) {
      for (String n : names(r, map, options)) {
        names.add(Role.normalize(n).getBytes(StandardCharsets.UTF_8));
        of.add(r);
      }
    }
    this.aliases = names.toArray(new byte[0][]);
    this.roles = of.toArray(new Role[0]);
  }

  private static List<String> names(Role r, ColumnMap map, ColumnOptions options) {
    if (options.chosen(r) != null) {
      return List.of(options.chosen(r));
    }
    if (r == Role.DATE) {
      int c = map.column(Role.DATE);
      return c < 0 ? List.of() : List.of(map.header().get(c));
    }
    return r.names();
  }

  /** The role the key {@code b[from, to)} plays, or null. */
  Role field(byte[] b, int from, int to) {
    for (int k = 0; k < aliases.length; k++) {
      if (sameNormalized(b, from, to, aliases[k])) {
        return roles[k];
      }
    }
    return null;
  }

  /** The same for a key as text. */
  Role field(String key) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    return field(b, 0, b.length);
  }

  /** The added names for an object: {@link Outcome#COLUMNS} unless one of its keys is taken. */
  List<String> names(JsonLine json, byte[] b) {
    List<String> taken = null;
    for (int m = 0; m < json.members(); m++) {
      if (added(b, json.keyStart(m), json.keyEnd(m))) {
        taken = taken == null ? new ArrayList<>() : taken;
        int from = json.keyStart(m);
        taken.add(new String(b, from, json.keyEnd(m) - from, StandardCharsets.ISO_8859_1));
      }
    }
    return taken == null ? Outcome.COLUMNS : names(taken);
  }

  /** The added names for an object with these keys. */
  static List<String> names(List<String> keys) {
    if (keys.stream().noneMatch(Outcome.COLUMNS::contains)) {
      return Outcome.COLUMNS;
    }
    return Outcome.COLUMNS.stream().map(c -> keys.contains(c) ? "aor_" + c : c).toList();
  }

  /**
   * A message naming a member that the object has twice among the members {@code m[0, n)}, or null
   * when their names all differ. Members that name a field need no look here: two of the same name
   * name the same field.
   */
  static String repeated(JsonLine json, byte[] b, int[] m, int n) {
    for (int i = 1; i < n; i++) {
      int from = json.keyStart(m[i]);
      int to = json.keyEnd(m[i]);
      for (int j = 0; j < i; j++) {
        if (Arrays.equals(b, from, to, b, json.keyStart(m[j]), json.keyEnd(m[j]))) {
          return sameName(new String(b, from, to - from, StandardCharsets.UTF_8));
        }
      }
    }
    return null;
  }

  static String sameName(String key) {
    return "the object has \"" + key + "\" twice: keep one";
  }

  static String sameField(String first, String second) {
    if (first.equals(second)) {
      return sameName(first);
    }
    return "\"" + first + "\" and \"" + second + "\" name the same field: keep one";
  }

  private static boolean added(byte[] b, int from, int to) {
    for (byte[] name : ADDED) {
      if (name.length == to - from && Arrays.equals(b, from, to, name, 0, name.length)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code b[from, to)} is {@code normalized} once normalized (ASCII case folded). */
  private static boolean sameNormalized(byte[] b, int from, int to, byte[] normalized) {
    int j = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c < 128 && Role.separator((char) c)) {
        continue;
      }
      if (j == normalized.length || (c >= 'A' && c <= 'Z' ? c + 32 : c) != normalized[j]) {
        return false;
      }
      j++;
    }
    return j == normalized.length;
  }
}
