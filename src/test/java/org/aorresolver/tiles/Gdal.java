package org.aorresolver.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * GDAL's MVT driver ({@code ogr2ogr}, {@code ogrinfo} from gdal-bin) as the reference decoder: it
 * reads a tile file as map clients do, telling exterior rings from holes by their winding.
 */
public final class Gdal {
  /** Half the side of the Web Mercator square in metres. */
  public static final double R = 20037508.342789244;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A decoded feature: its properties as text and its geometry. */
  public record Feature(Map<String, String> properties, Geometry geometry) {
    public String text(String property) {
      return properties.get(property);
    }
  }

  private Gdal() {}

  /** Writes a tile to {@code dir} as {@code z-x-y.mvt}. */
  public static Path write(Path dir, TileCoord coord, byte[] tile) throws IOException {
    return Files.write(dir.resolve(coord.z() + "-" + coord.x() + "-" + coord.y() + ".mvt"), tile);
  }

  /** A layer's features in longitude and latitude, clipped to the tile as GDAL does by default. */
  public static List<Feature> lonLat(Path mvt, String layer, TileCoord coord)
      throws IOException, InterruptedException {
    return decode(mvt, layer, coord, true, true);
  }

  /** A layer's features in EPSG:3857 metres. */
  public static List<Feature> mercator(Path mvt, String layer, TileCoord coord, boolean clipToTile)
      throws IOException, InterruptedException {
    return decode(mvt, layer, coord, clipToTile, false);
  }

  /** {@code ogrinfo -al -so}: each layer's name, geometry type, feature count and fields. */
  public static String summary(Path mvt, TileCoord coord) throws IOException, InterruptedException {
    return run(
        "ogrinfo",
        "-al",
        "-so",
        "MVT:" + mvt,
        "-oo",
        "X=" + coord.x(),
        "-oo",
        "Y=" + coord.y(),
        "-oo",
        "Z=" + coord.z());
  }

  /** Metres of EPSG:3857 to tile units (x right, y down) of {@code coord}. */
  public static double[] toTileUnits(double mx, double my, TileCoord coord) {
    double worldUnits = 4096.0 * coord.tilesPerSide();
    return new double[] {
      (mx + R) / (2 * R) * worldUnits - coord.x() * 4096.0,
      (R - my) / (2 * R) * worldUnits - coord.y() * 4096.0
    };
  }

  private static List<Feature> decode(
      Path mvt, String layer, TileCoord coord, boolean clip, boolean lonLat)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(mvt.getParent(), layer, ".geojson");
    Files.delete(out);
    List<String> command =
        new ArrayList<>(
            List.of(
                "ogr2ogr",
                "-f",
                "GeoJSON",
                out.toString(),
                "MVT:" + mvt,
                layer,
                "-oo",
                "X=" + coord.x(),
                "-oo",
                "Y=" + coord.y(),
                "-oo",
                "Z=" + coord.z(),
                "-oo",
                "CLIP=" + (clip ? "YES" : "NO")));
    if (lonLat) {
      command.addAll(List.of("-t_srs", "EPSG:4326"));
    }
    run(command.toArray(String[]::new));
    List<Feature> features = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out)) {
      for (JsonNode f : MAPPER.readTree(in).path("features")) {
        Map<String, String> properties = new LinkedHashMap<>();
        f.path("properties")
            .properties()
            .forEach(e -> properties.put(e.getKey(), e.getValue().asText()));
        Geometry g = new GeoJsonReader().read(MAPPER.writeValueAsString(f.get("geometry")));
        features.add(new Feature(properties, g));
      }
    } catch (ParseException e) {
      throw new IOException(e);
    }
    return features;
  }

  /** Runs a GDAL command, failing the test unless it exits 0 within a minute; its output. */
  public static String run(String... command) throws IOException, InterruptedException {
    return run(Map.of(), command);
  }

  /** Runs a GDAL command with these environment variables (e.g. {@code CPL_DEBUG}) set. */
  public static String run(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
    return output;
  }
}
