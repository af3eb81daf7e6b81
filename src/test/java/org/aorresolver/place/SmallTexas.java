package org.aorresolver.place;

import java.util.List;
import org.aorresolver.LatLon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small Texas for tests, in unit squares of longitude and latitude: Cameron (0..1, 0..1) and
 * Hidalgo (1..2, 0..1), San Antonio's in 2020 and Harlingen's since; Bexar (0..1, 1..2), San
 * Antonio's; Harris (1..2, 1..2), Houston's. Its ZIP codes: 78550 and 78552 (Harlingen, in
 * Cameron), 78596 (Weslaco, 60 % Hidalgo, 40 % Cameron), 78201 (San Antonio, Bexar) and 77002
 * (Houston, Harris, with no people counted).
 */
public final class SmallTexas {
  public static final State TEXAS = new State("TX", "48", "Texas");
  public static final State OKLAHOMA = new State("OK", "40", "Oklahoma");
  public static final County CAMERON = new County(0, "48061", "Cameron", TEXAS, "SNA", "HLG");
  public static final County HIDALGO = new County(1, "48215", "Hidalgo", TEXAS, "SNA", "HLG");
  public static final County BEXAR = new County(2, "48029", "Bexar", TEXAS, "SNA", "SNA");
  public static final County HARRIS = new County(3, "48201", "Harris", TEXAS, "HOU", "HOU");
  public static final County TULSA = new County(4, "40143", "Tulsa", OKLAHOMA, "DAL", "DAL");
  public static final List<County> COUNTIES = List.of(CAMERON, HIDALGO, BEXAR, HARRIS, TULSA);

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  public static final List<Geometry> AREAS =
      List.of(square(0, 0), square(1, 0), square(0, 1), square(1, 1), square(2, 3));

  public static final List<ZipCode> ZIPS =
      List.of(
          zip("78550", 0.5, 0.5, "Harlingen", 60_000, share("48061", 100)),
          zip("78552", 0.25, 0.25, "Harlingen", 20_000, share("48061", 100)),
          zip("78596", 1.2, 0.5, "Weslaco", 50_000, share("48215", 60), share("48061", 40)),
          zip("78201", 0.5, 1.5, "San Antonio", 45_000, share("48029", 100)),
          zip("77002", 1.5, 1.5, "Houston", 0, share("48201", 100)),
          new ZipCode("74103", LatLon.of(3.5, 2.5), "OK", "Tulsa", 1000, List.of()));

  private SmallTexas() {}

  public static Gazetteer gazetteer() {
    return Gazetteer.of(COUNTIES, AREAS, ZIPS);
  }

  /** The unit square whose south-west corner is (x, y) = (lon, lat). */
  public static Geometry square(double x, double y) {
    return GEOMETRY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + 1, y),
          new Coordinate(x + 1, y + 1),
          new Coordinate(x, y + 1),
          new Coordinate(x, y)
        });
  }

  private static ZipCode zip(
      String zip, double lat, double lon, String city, int people, ZipCode.Share... shares) {
    String state = zip.startsWith("7") && !zip.startsWith("74") ? "TX" : "OK";
    return new ZipCode(zip, LatLon.of(lat, lon), state, city, people, List.of(shares));
  }

  private static ZipCode.Share share(String fips, double percent) {
    return new ZipCode.Share(fips, percent);
  }
}
