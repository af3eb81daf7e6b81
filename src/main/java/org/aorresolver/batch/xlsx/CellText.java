package org.aorresolver.batch.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell as the text a row is read from, as Excel shows it in the General format where that is
 * unambiguous: numbers to 15 significant digits without exponent or trailing zeros ({@code 1001},
 * not {@code 1001.0}; {@code 10000000}, not {@code 1.0E7}); a number formatted as a date as an ISO
 * date ({@code 2021-03-01}), with its time when the format shows one ({@code 2021-03-01T14:22:00},
 * to the second); booleans {@code TRUE} and {@code FALSE}; errors as Excel writes them ({@code
 * #N/A}); a formula as its value when the file was last saved; an empty cell as nothing.
 */
final class CellText {
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private CellText() {}

  static String of(Cell c, boolean date1904) {
    if (c == null) {
      return "";
    }
    Object v = c.getValue();
    return switch (c.getType()) {
      case EMPTY -> "";
      case ERROR -> c.getRawValue() == null ? "" : c.getRawValue();
      case NUMBER -> number(c, date1904);
      case BOOLEAN -> Boolean.TRUE.equals(v) ? "TRUE" : "FALSE";
      case FORMULA ->
          v instanceof BigDecimal
              ? number(c, date1904)
              : v instanceof Boolean b ? (b ? "TRUE" : "FALSE") : v == null ? "" : v.toString();
      default -> v == null ? "" : v.toString();
    };
  }

  private static String number(Cell c, boolean date1904) {
    String raw = c.getRawValue().strip();
    Integer id = c.getDataFormatId();
    DateFormat kind = DateFormat.of(id == null ? 0 : id, c.getDataFormatString());
    String date = kind == DateFormat.NONE ? null : date(Double.parseDouble(raw), kind, date1904);
    return date != null ? date : plain(raw);
  }

  /**
   * The number as Excel's General format shows it, to 15 significant digits: the text itself when
   * it is already so written (most are), else rounded and written out.
   */
  static String plain(String raw) {
    if (shown(raw)) {
      return raw;
    }
    BigDecimal d = new BigDecimal(raw).round(EXCEL).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    int integerDigits = d.precision() - d.scale();
    return integerDigits > 21 || integerDigits < -8 ? d.toString() : d.toPlainString();
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  /**
   * Whether a number's text is as General shows it: digits with an optional sign and fraction, no
   * exponent, no leading or trailing zero that General drops, at most 15 digits.
   */
  private static boolean shown(String s) {
    int digits = 0;
    int dot = -1;
    int start = s.startsWith("-") ? 1 : 0;
    for (int i = start; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.' && dot < 0) {
        dot = i;
      } else if (ch >= '0' && ch <= '9') {
        digits++;
      } else {
        return false;
      }
    }
    boolean leadingZero = s.length() > start + 1 && s.charAt(start) == '0' && dot != start + 1;
    boolean trailingZero = dot >= 0 && (s.endsWith("0") || s.endsWith("."));
    return digits > 0
        && digits <= 15
        && dot != start
        && !leadingZero
        && !trailingZero
        && !s.equals("-0");
  }

  /** A serial day number as an ISO date or time, to the second; null when it is no day. */
  private static String date(double serial, DateFormat kind, boolean date1904) {
    if (!(serial >= 0 && serial < 2_958_466)) {
      return null; // before 1900 or after 9999: Excel shows ####
    }
    long days = (long) serial;
    long seconds = Math.round((serial - days) * 86_400);
    if (seconds == 86_400) {
      days++;
      seconds = 0;
    }
    String time = two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60);
    if (kind == DateFormat.TIME) {
      return time;
    }
    LocalDate day;
    if (date1904) {
      day = EPOCH_1904.plusDays(days);
    } else if (days == 0 || days == 60) {
      return null; // Excel's 0 January 1900 and its 29 February 1900, which never were
    } else {
      day = EPOCH_1900.plusDays(days < 60 ? days + 1 : days);
    }
    return kind == DateFormat.DATE ? day.toString() : day + "T" + time;
  }
}
