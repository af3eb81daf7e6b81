package org.aorresolver.place.postal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aorresolver.place.AddressParser;

/**
 * ZIP codes that lost their leading zeros in a spreadsheet: "1001" is 01001, "501" is 00501. Only
 * New England, New Jersey, Puerto Rico and the other ZIP codes below 10000 are written this way.
 */
final class ZipDigits {
  private static final Pattern SHORT = Pattern.compile("\\s*(\\d{3,4})(?:-(\\d{4}))?\\s*");

  /** A line ending in 3 or 4 digits after a space or comma: "Agawam, MA 1001". */
  private static final Pattern ENDING = Pattern.compile("(.*[\\s,])(\\d{3,4})\\s*");

  private ZipDigits() {}

  /** The 5-digit ZIP code of 3 or 4 digits (optionally with a ZIP+4 suffix), else null. */
  static String padded(String text) {
    Matcher m = SHORT.matcher(text);
    return m.matches() ? "0".repeat(5 - m.group(1).length()) + m.group(1) : null;
  }

  /**
   * An address line that is, or ends with, a ZIP code that lost its leading zeros ("1001", "Agawam,
   * MA 1001": the digits must follow a state there), as the line with the ZIP code padded and the
   * note saying so; else null.
   */
  static String[] inLine(String line, AddressParser addresses) {
    String alone = padded(line);
    if (alone != null) {
      return new String[] {alone, note(line, alone)};
    }
    Matcher m = ENDING.matcher(line);
    if (!m.matches() || addresses.parse(m.group(1)).state() == null) {
      return null;
    }
    String zip = padded(m.group(2));
    return new String[] {m.group(1) + zip, note(m.group(2), zip)};
  }

  /** The note an answer carries for a padded ZIP code. */
  static String note(String text, String padded) {
    return "ZIP "
        + text.strip()
        + " read as "
        + padded
        + ": ZIP codes have 5 digits, and leading zeros are often lost in spreadsheets";
  }
}
