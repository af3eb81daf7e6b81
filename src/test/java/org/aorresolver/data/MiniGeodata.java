package org.aorresolver.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small geodata folder for tests: a split state (TX, counties on a 2 x 2 grid of 1° squares, two
 * offices) and a whole state (OK, one square), in both editions. Tests change one file to break it.
 */
final class MiniGeodata {
  final Map<String, String> files = new LinkedHashMap<>();

  MiniGeodata() {
    files.put(
        "manifest.json",
        """
        {"dataVersion":"test","boundarySource":"unit squares","accuracy":{"nearBoundaryMeters":1000,"snapMeters":5556},"files":{}}
        """);
    files.put(
        "counties.geojson",
        collection(
            county("48001", "Alpha", "DAL", square(0, 0, 1, 1)),
            county("48003", "Bravo", "DAL", square(1, 0, 2, 1)),
            county("48005", "Charlie", "SNA", square(0, 1, 1, 2)),
            county("48007", "Delta", "SNA", square(1, 1, 2, 2)),
            oklahoma()));
    for (String e : new String[] {"2020", "2021"}) {
      files.put(
          "aor-" + e + ".geojson",
          collection(
              aor("DAL", e, "[" + rings(0, 0, 1, 0, 2, 0, 3, 0, 3, 1, 2, 1, 1, 1, 0, 1) + "]"),
              aor("SNA", e, "[" + rings(0, 1, 1, 1, 2, 1, 2, 2, 1, 2, 0, 2) + "]")));
      files.put(
          "definitions-" + e + ".csv",
          """
          kind,code,name,office,source
          state,OK,Oklahoma,DAL,test
          county,48001,Alpha,DAL,test
          county,48003,Bravo,DAL,test
          county,48005,Charlie,SNA,test
          county,48007,Delta,SNA,test
          """);
    }
    files.put("offices.geojson", collection(office("DAL"), office("SNA")));
    files.put("checkin-offices.geojson", collection(checkin("dallas-tx", "DAL")));
    files.put(
        "zips.csv",
        "zip,lat,lon,state,city,population,counties\n75201,0.5,0.5,TX,Alpha,100,48001:100\n");
    files.put("foreign-land.geojson", collection());
    files.put(
        "sources/split-state-county-counts.csv",
        """
        edition,state,office,counties,source
        2020,TX,DAL,2,test
        2020,TX,SNA,2,test
        2021,TX,DAL,2,test
        2021,TX,SNA,2,test
        """);
  }

  Path writeTo(Path dir) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",\n", features) + "]}";
  }

  /** The one county of the whole state, Oklahoma, east of the Texas squares. */
  static String oklahoma() {
    return """
        {"type":"Feature","id":"40001","properties":{"fips":"40001","name":"Echo","state":"OK","stateFips":"40",\
        "stateName":"Oklahoma","office2020":"DAL","office2021":"DAL"},"geometry":%s}"""
        .formatted(square(2, 0, 3, 1));
  }

  static String county(String fips, String name, String office, String geometry) {
    return """
        {"type":"Feature","id":"%s","properties":{"fips":"%s","name":"%s","state":"TX","stateFips":"48",\
        "stateName":"Texas","office2020":"%s","office2021":"%s"},"geometry":%s}"""
        .formatted(fips, fips, name, office, office, geometry);
  }

  static String aor(String office, String edition, String polygonCoordinates) {
    return """
        {"type":"Feature","id":"%s","properties":{"office":"%s","name":"%s office","edition":"%s"},\
        "geometry":{"type":"Polygon","coordinates":%s}}"""
        .formatted(
            office,
            office,
            office,
            edition,
            polygonCoordinates.startsWith("{")
                ? polygonCoordinates.replaceAll(".*\"coordinates\":(.*)}$", "$1")
                : polygonCoordinates);
  }

  static String office(String code) {
    return """
        {"type":"Feature","id":"%s","properties":{"office":"%s","name":"%s office","editions":["2020","2021"]},\
        "geometry":{"type":"Point","coordinates":[0.5,0.5]}}"""
        .formatted(code, code, code);
  }

  static String checkin(String id, String office) {
    return """
        {"type":"Feature","id":"%s","properties":{"id":"%s","name":"%s","office":"%s","counties":["48001"],\
        "states":[]},"geometry":{"type":"Point","coordinates":[0.5,0.5]}}"""
        .formatted(id, id, id, office);
  }

  /** A counter-clockwise axis-aligned square as a GeoJSON Polygon geometry. */
  static String square(double x0, double y0, double x1, double y1) {
    return "{\"type\":\"Polygon\",\"coordinates\":[" + rings(x0, y0, x1, y0, x1, y1, x0, y1) + "]}";
  }

  /** One closed ring through the given x,y pairs. */
  static String rings(double... xy) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i <= xy.length; i += 2) {
      int j = i % xy.length;
      sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%s,%s]", xy[j], xy[j + 1]));
    }
    return sb.append(']').toString();
  }

  static String withoutLine(String text, String startsWith) {
    return text.lines()
        .filter(l -> !l.startsWith(startsWith))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
