package org.aorresolver.batch.answer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.Precision;
import org.aorresolver.Resolution;
import org.aorresolver.Status;
import org.aorresolver.batch.Csv;
import org.aorresolver.batch.Json;
import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.office.Candidate;

/**
 * The columns a batch adds to each row: the {@link Resolution} of its place, flattened, or an
 * error. Empty strings stand for "does not apply".
 *
 * @param status {@code Match}, {@code Ambiguous}, {@code No_Match} or {@code Error}
 * @param reason the answer's reason, or for errors what was wrong with the row
 * @param candidates offices separated by {@code |}, each with {@code :weight} (population share,
 *     left out when it is 1) and {@code @edition} (transition window) where they apply: {@code
 *     HOU:0.63|SNA:0.37}, {@code SNA@2020|HLG@2021}
 * @param nearBoundary {@code true} or {@code false} for answers resting on a point
 */
public record Outcome(
    Kind status,
    String reason,
    String officeCode,
    String officeName,
    String candidates,
    String precision,
    String countyFips,
    String state,
    String edition,
    String nearBoundary,
    String message) {

  /** The names of the added columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "status",
          "reason",
          "office_code",
          "office_name",
          "candidates",
          "precision",
          "county_fips",
          "state",
          "edition",
          "near_boundary",
          "message");

  /** A row's status, named like the Census Geocoder's. */
  public enum Kind {
    MATCH("Match"),
    AMBIGUOUS("Ambiguous"),
    NO_MATCH("No_Match"),
    ERROR("Error");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public static Outcome of(Resolution r) {
    Kind kind =
        r.status() == Status.MATCH
            ? Kind.MATCH
            : r.status() == Status.AMBIGUOUS ? Kind.AMBIGUOUS : Kind.NO_MATCH;
    return new Outcome(
        kind,
        text(r.reason()),
        r.office() == null ? "" : r.office().code(),
        r.office() == null ? "" : r.office().name(),
        candidates(r.candidates()),
        r.precision() == null ? "" : r.precision().toString(),
        r.county() == null ? "" : r.county().fips(),
        r.state() == null ? "" : r.state().usps(),
        text(r.edition()),
        nearBoundary(r),
        text(r.message()));
  }

  public static Outcome error(String reason, String message) {
    return new Outcome(Kind.ERROR, reason, "", "", "", "", "", "", "", "", message);
  }

  /** A point inside a county, answered by its office, not near an office boundary. */
  static Outcome point(
      String office, String officeName, String fips, String state, String edition) {
    return new Outcome(
        Kind.MATCH, "", office, officeName, "", "point", fips, state, edition, "false", "");
  }

  /** This point answer near a boundary, with the office across it as the second candidate. */
  Outcome across(String otherOffice) {
    return new Outcome(
        status,
        reason,
        officeCode,
        officeName,
        officeCode + "|" + otherOffice,
        precision,
        countyFips,
        state,
        edition,
        "true",
        message);
  }

  /** The same with a note added to the message. */
  public Outcome withNote(String note) {
    String m = message.isEmpty() ? note : message + "; " + note;
    return new Outcome(
        status,
        reason,
        officeCode,
        officeName,
        candidates,
        precision,
        countyFips,
        state,
        edition,
        nearBoundary,
        m);
  }

  public List<String> values() {
    return List.of(
        status.toString(),
        reason,
        officeCode,
        officeName,
        candidates,
        precision,
        countyFips,
        state,
        edition,
        nearBoundary,
        message);
  }

  /** The values as CSV fields, each preceded by a comma. */
  public void writeCsv(ByteSink out) {
    writeCsv(out, (byte) ',');
  }

  /** The values as CSV fields, each preceded by {@code delimiter}. */
  public void writeCsv(ByteSink out, byte delimiter) {
    for (String v : values()) {
      out.write(delimiter);
      Csv.writeField(v, out, delimiter);
    }
  }

  /**
   * The values as JSON members named {@code names}, empty ones left out, and the closing brace;
   * {@code comma} when members come before them.
   */
  public void writeJson(ByteSink out, boolean comma, List<String> names) {
    List<String> values = values();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v.isEmpty()) {
        continue;
      }
      if (comma) {
        out.write(',');
      }
      comma = true;
      Json.writeString(names.get(i), out);
      out.write(':');
      if (COLUMNS.get(i).equals("near_boundary")) {
        out.write(v);
      } else {
        Json.writeString(v, out);
      }
    }
    out.write('}');
  }

  public byte[] csvBytes() {
    return csvBytes((byte) ',');
  }

  public byte[] csvBytes(byte delimiter) {
    ByteSink s = new ByteSink(128);
    writeCsv(s, delimiter);
    return s.toByteArray();
  }

  byte[] jsonBytes() {
    ByteSink s = new ByteSink(256);
    writeJson(s, true, COLUMNS);
    return s.toByteArray();
  }

  private static String candidates(List<Candidate> list) {
    if (list == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Candidate c : list) {
      StringBuilder s = new StringBuilder(c.office().code());
      if (c.weight() != null && c.weight() != 1.0) {
        s.append(':').append(BigDecimal.valueOf(c.weight()).stripTrailingZeros().toPlainString());
      }
      if (c.basis() != null && c.basis().startsWith("edition-")) {
        s.append('@').append(c.edition());
      }
      parts.add(s.toString());
    }
    return String.join("|", parts);
  }

  private static String nearBoundary(Resolution r) {
    if (r.nearBoundary() != null) {
      return r.nearBoundary().toString();
    }
    boolean point = r.precision() == Precision.POINT || r.precision() == Precision.NEAREST;
    return r.status() == Status.MATCH && point ? "false" : "";
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
