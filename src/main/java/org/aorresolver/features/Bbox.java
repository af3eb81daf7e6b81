package org.aorresolver.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.aorresolver.InvalidInputException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A box of longitudes and latitudes in degrees (CRS84). When {@code west > east} it crosses the
 * antimeridian and holds the longitudes from {@code west} to 180 and from -180 to {@code east}, as
 * RFC 7946 section 5.2 and OGC API - Features have it. Immutable.
 */
public record Bbox(double west, double south, double east, double north) {
  static final String FORM =
      "four numbers west,south,east,north in degrees (CRS84): longitudes within [-180, 180],"
          + " latitudes within [-90, 90], south <= north; west > east crosses the antimeridian";

  /** Plain decimal numbers: no hex, no NaN or Infinity. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

  private static final GeometryFactory GF = new GeometryFactory();

  /**
   * Parses {@code west,south,east,north}.
   *
   * @throws InvalidInputException naming {@code field} when the text is not such a box
   */
  public static Bbox parse(String field, String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new InvalidInputException(field, text, FORM);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i].strip();
      if (!NUMBER.matcher(p).matches()) {
        throw new InvalidInputException(field, text, FORM);
      }
      v[i] = Double.parseDouble(p);
    }
    boolean lonsOk = Math.abs(v[0]) <= 180 && Math.abs(v[2]) <= 180;
    boolean latsOk = Math.abs(v[1]) <= 90 && Math.abs(v[3]) <= 90 && v[1] <= v[3];
    if (!lonsOk || !latsOk) {
      throw new InvalidInputException(field, text, FORM);
    }
    return new Bbox(v[0], v[1], v[2], v[3]);
  }

  /**
   * The smallest box around the geometries, crossing the antimeridian when that is narrower (the
   * Aleutians, Guam with Hawaii). Each geometry's parts are taken as lying on one side of it, as
   * the geodata has them. Null for no geometry.
   */
  public static Bbox around(List<Geometry> geometries) {
    List<Envelope> parts = envelopesOfParts(geometries);
    if (parts.isEmpty()) {
      return null;
    }
    double south = parts.stream().mapToDouble(Envelope::getMinY).min().orElseThrow();
    double north = parts.stream().mapToDouble(Envelope::getMaxY).max().orElseThrow();
    // leave out the widest stretch of longitude that nothing covers: usually the one across the
    // antimeridian; if another is wider, the box crosses the antimeridian
    double east = parts.stream().mapToDouble(Envelope::getMaxX).max().orElseThrow();
    double west = parts.get(0).getMinX();
    double widestGap = west + 360 - east;
    double reach = parts.get(0).getMaxX();
    for (Envelope e : parts) {
      if (e.getMinX() - reach > widestGap) {
        widestGap = e.getMinX() - reach;
        west = e.getMinX();
        east = reach;
      }
      reach = Math.max(reach, e.getMaxX());
    }
    return new Bbox(west, south, east, north);
  }

  /** The envelope of every non-empty part of the geometries, from west to east. */
  private static List<Envelope> envelopesOfParts(List<Geometry> geometries) {
    List<Envelope> parts = new ArrayList<>();
    for (Geometry g : geometries) {
      for (int i = 0; g != null && i < g.getNumGeometries(); i++) {
        if (!g.getGeometryN(i).isEmpty()) {
          parts.add(g.getGeometryN(i).getEnvelopeInternal());
        }
      }
    }
    parts.sort(Comparator.comparingDouble(Envelope::getMinX));
    return parts;
  }

  public boolean crossesAntimeridian() {
    return west > east;
  }

  /** Whether the geometry has a point in the box (its boundary included). */
  public boolean intersects(Geometry g) {
    if (g == null || g.isEmpty()) {
      return false;
    }
    for (Envelope part : envelopes()) {
      if (part.intersects(g.getEnvelopeInternal()) && GF.toGeometry(part).intersects(g)) {
        return true;
      }
    }
    return false;
  }

  /** The box as one envelope, or two that meet at the antimeridian. */
  List<Envelope> envelopes() {
    return crossesAntimeridian()
        ? List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north))
        : List.of(new Envelope(west, east, south, north));
  }

  /** West, south, east, north. */
  public List<Double> toList() {
    return List.of(west, south, east, north);
  }

  /** As a query value, e.g. {@code -98,26,-97.5,26.5}. */
  public String toText() {
    return plain(west) + "," + plain(south) + "," + plain(east) + "," + plain(north);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
