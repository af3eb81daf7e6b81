package org.aorresolver.batch.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Worksheet;

/**
 * The cells of an {@code .xlsx} answer, typed from their text as a person reading the CSV would: a
 * plain decimal number of at most 15 digits without a leading zero is a number ({@code 1001},
 * {@code -97.4975}; not {@code 01001}); an ISO date or date and time (from 1900) a date cell shown
 * as {@code yyyy-mm-dd} or {@code yyyy-mm-dd hh:mm:ss}; {@code TRUE} and {@code FALSE} booleans;
 * anything else text. Columns of codes are always text, so leading zeros and ZIP codes survive:
 * those whose header names a ZIP, postal code or FIPS code, and the columns the batch adds. The
 * header is text.
 */
final class CellValue {
  private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?");
  private static final int MAX_DIGITS = 15;

  private final Worksheet sheet;
  private boolean[] text = new boolean[0];

  CellValue(Worksheet sheet) {
    this.sheet = sheet;
  }

  /** The header's names; columns from {@code added} on are the batch's. */
  void header(List<String> names, int added) {
    text = new boolean[names.size()];
    for (int i = 0; i < text.length; i++) {
      String n = names.get(i).toLowerCase(Locale.ROOT);
      text[i] = i >= added || n.contains("zip") || n.contains("postal") || n.contains("fips");
    }
  }

  void put(int row, int column, String v) {
    if (v.isEmpty()) {
      return;
    }
    if (row == 0 || (column < text.length && text[column])) {
      sheet.inlineString(row, column, v);
    } else if (number(v)) {
      sheet.value(row, column, new BigDecimal(v));
    } else if (v.equals("TRUE") || v.equals("FALSE")) {
      sheet.value(row, column, Boolean.valueOf(v.equals("TRUE")));
    } else if (!date(row, column, v)) {
      sheet.inlineString(row, column, v);
    }
  }

  private static boolean number(String v) {
    char first = v.charAt(0);
    if (v.length() > MAX_DIGITS + 2 || !(first == '-' || first >= '0' && first <= '9')) {
      return false;
    }
    if (!NUMBER.matcher(v).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < v.length(); i++) {
      digits += v.charAt(i) >= '0' && v.charAt(i) <= '9' ? 1 : 0;
    }
    return digits <= MAX_DIGITS;
  }

  /** Writes an ISO date or date and time as a date cell; false if it is neither. */
  private boolean date(int row, int column, String v) {
    if (v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return false;
    }
    try {
      if (DATE.matcher(v).matches()) {
        LocalDate d = LocalDate.parse(v);
        if (d.getYear() >= 1900) {
          sheet.value(row, column, d);
          sheet.style(row, column).format("yyyy-mm-dd").set();
          return true;
        }
      } else if (DATE_TIME.matcher(v).matches()) {
        LocalDateTime t = LocalDateTime.parse(v.replace(' ', 'T'));
        if (t.getYear() >= 1900) {
          sheet.value(row, column, t);
          sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
          return true;
        }
      }
    } catch (DateTimeParseException e) {
      // not a calendar date (2021-02-30): text
    }
    return false;
  }
}
