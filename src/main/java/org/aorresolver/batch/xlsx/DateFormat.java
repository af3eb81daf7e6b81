package org.aorresolver.batch.xlsx;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell's number format makes of its number: a date, a date and time, a time of day, or none
 * of these. Built-in formats 14 to 22, 27 to 36, 45 to 47 and 50 to 58 are dates or times; another
 * format is one when, outside quoted text, escapes and brackets, it has the letters of a day
 * ({@code y}, {@code d}, {@code m}) or of a time ({@code h}, {@code s}). A duration ({@code
 * [h]:mm}) is a number.
 */
enum DateFormat {
  NONE,
  DATE,
  DATE_TIME,
  TIME;

  /** Formats seen, with what they are: a sheet has a few, each met on many cells. */
  private static final Map<String, DateFormat> SEEN = new ConcurrentHashMap<>();

  private static final int MAX_SEEN = 4096;

  static DateFormat of(int id, String format) {
    if (format == null || format.isEmpty()) {
      return builtIn(id);
    }
    DateFormat known = SEEN.get(format);
    if (known != null) {
      return known;
    }
    if (SEEN.size() >= MAX_SEEN) {
      SEEN.clear();
    }
    DateFormat f = ofFormat(format);
    SEEN.put(format, f);
    return f;
  }

  private static DateFormat ofFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (f.contains("[h") || f.contains("[m") || f.contains("[s")) {
      return NONE;
    }
    f = f.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]|_.|\\*.", "");
    if (f.equals("general") || f.contains("general")) {
      return NONE;
    }
    boolean time = f.indexOf('h') >= 0 || f.indexOf('s') >= 0;
    boolean day = f.indexOf('y') >= 0 || f.indexOf('d') >= 0 || (!time && f.indexOf('m') >= 0);
    return day && time ? DATE_TIME : day ? DATE : time ? TIME : NONE;
  }

  private static DateFormat builtIn(int id) {
    if (id == 22) {
      return DATE_TIME;
    }
    if (id >= 18 && id <= 21 || id >= 45 && id <= 47) {
      return TIME;
    }
    return id >= 14 && id <= 17 || id >= 27 && id <= 36 || id >= 50 && id <= 58 ? DATE : NONE;
  }
}
