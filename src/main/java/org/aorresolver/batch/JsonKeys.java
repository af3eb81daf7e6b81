package org.aorresolver.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aorresolver.batch.io.JsonLine;

/**
 * NDJSON keys as bytes: which {@link Field} a key names (ASCII case ignored), and which added names
 * an object already uses (those get {@code aor_} in front). Immutable.
 */
final class JsonKeys {
  private static final byte[][] ADDED =
      Outcome.COLUMNS.stream()
          .map(c -> c.getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);

  private final byte[][] aliases;
  private final Field[] fields;

  JsonKeys(String dateColumn) {
    List<byte[]> names = new ArrayList<>();
    List<Field> of = new ArrayList<>();
    for (Field f : Field.values()) {
      for (String n : f == Field.DATE ? List.of(dateColumn) : f.names()) {
        names.add(n.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        of.add(f);
      }
    }
    this.aliases = names.toArray(new byte[0][]);
    this.fields = of.toArray(new Field[0]);
  }

  /** The field the key {@code b[from, to)} names, or null. */
  Field field(byte[] b, int from, int to) {
    for (int k = 0; k < aliases.length; k++) {
      byte[] a = aliases[k];
      if (a.length == to - from && sameIgnoringCase(b, from, a)) {
        return fields[k];
      }
    }
    return null;
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

  private static boolean sameIgnoringCase(byte[] b, int from, byte[] lower) {
    for (int i = 0; i < lower.length; i++) {
      int c = b[from + i];
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower[i]) {
        return false;
      }
    }
    return true;
  }
}
