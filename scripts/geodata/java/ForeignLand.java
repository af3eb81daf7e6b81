// Keeps the land of other countries that lies within a band around the US counties, for telling
// foreign soil from sea near US shores and borders.
//
// Usage: java -cp jts-core.jar:CLASSES ForeignLand COUNTIES.tsv COUNTRIES.tsv BAND_DEGREES OUT.json
//   COUNTIES.tsv lines: ... <TAB> WKT (as for Coverage.java: the WKT last)
//   COUNTRIES.tsv lines: iso <TAB> name <TAB> WKT (pieces already split at the antimeridian)
//   OUT.json: {iso: polygons} of each country's land inside the band, 6 decimals

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

public class ForeignLand {
  static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1e6));

  public static void main(String[] args) throws IOException, ParseException {
    WKTReader wkt = new WKTReader(GF);
    double margin = Double.parseDouble(args[2]);
    List<Geometry> boxes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      Geometry county = wkt.read(line.substring(line.lastIndexOf('\t') + 1));
      for (int i = 0; i < county.getNumGeometries(); i++) {
        Envelope e = county.getGeometryN(i).getEnvelopeInternal();
        e.expandBy(margin);
        boxes.add(GF.toGeometry(e));
      }
    }
    Geometry band = UnaryUnionOp.union(boxes);
    try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      out.write("{");
      boolean first = true;
      for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 3);
        Geometry country = GeometryFixer.fix(wkt.read(f[2]));
        if (!country.getEnvelopeInternal().intersects(band.getEnvelopeInternal())) {
          continue;
        }
        Geometry land = GeometryPrecisionReducer.reduce(OverlayNGRobust.overlay(country, band, OverlayNG.INTERSECTION), GF.getPrecisionModel());
        if (land.isEmpty() || land.getArea() == 0) {
          continue;
        }
        out.write((first ? "" : ",") + "\n\"" + f[0] + "\":" + PolygonText.coordinates(land));
        first = false;
      }
      out.write("}\n");
    }
  }
}
