package org.aorresolver.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.aorresolver.geo.GeoJsonFeature;
import org.aorresolver.geo.GeoJsonReader;
import org.aorresolver.geo.PrimitiveIo;
import org.aorresolver.geo.grid.GridIndex;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The geometry files of a geodata folder as read, and the county index built from them, in a binary
 * file beside them ({@code .snapshot/geometry-DATAVERSION.bin}), so that the next start reads
 * packed coordinates and the index's arrays instead of parsing tens of megabytes of GeoJSON and
 * building the index again (as GraphHopper keeps its prepared graph). A snapshot is used only if it
 * was written by this format for the same data version from files of the same size and modification
 * time, else it is written again; a folder that cannot be written to simply has none. It keeps each
 * file's SHA-256 as computed from its bytes when it was written, and ends with a CRC-32 of itself:
 * a damaged snapshot is ignored and written again.
 */
final class GeometrySnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(GeometrySnapshot.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long MAGIC = 0x414f52534e415031L; // "AORSNAP1"
  private static final int FORMAT = 2;
  private static final byte NONE = 0;
  private static final byte POINT = 1;
  private static final byte POLYGON = 2;
  private static final byte MULTI_POLYGON = 3;

  /** One geometry file as the snapshot holds it. */
  record Entry(String sha256, List<GeoJsonFeature> features) {}

  /** What a snapshot holds: the geometry files by name, and the county index built from them. */
  record Contents(Map<String, Entry> files, GridIndex countyIndex) {
    static final Contents NONE = new Contents(Map.of(), null);
  }

  private GeometrySnapshot() {}

  /** The snapshot's file for a folder and data version, or null for a folder not on disk. */
  static Path file(GeodataFiles files, String dataVersion) {
    return files
        .path("manifest.json")
        .map(m -> m.resolveSibling(".snapshot").resolve("geometry-" + dataVersion + ".bin"))
        .orElse(null);
  }

  /** What a valid snapshot holds; {@link Contents#NONE} when there is none or it does not match. */
  static Contents read(GeodataFiles files, String dataVersion, List<String> names) {
    Path file = file(files, dataVersion);
    if (file == null || !Files.isRegularFile(file)) {
      return Contents.NONE;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!intact(file)
          || in.readLong() != MAGIC
          || in.readInt() != FORMAT
          || !text(in).equals(dataVersion)) {
        return Contents.NONE;
      }
      Map<String, Entry> out = new TreeMap<>();
      for (int f = in.readInt(); f > 0; f--) {
        String name = text(in);
        long size = in.readLong();
        long modified = in.readLong();
        String sha256 = text(in);
        List<GeoJsonFeature> features = features(in);
        if (!stamp(files, name).equals(List.of(size, modified))) {
          return Contents.NONE;
        }
        out.put(name, new Entry(sha256, features));
      }
      GridIndex grid = GridIndex.read(in);
      return out.keySet().containsAll(names) ? new Contents(out, grid) : Contents.NONE;
    } catch (IOException | RuntimeException e) {
      LOG.info("geometry snapshot {} unreadable ({}); reading the GeoJSON", file, e.toString());
      return Contents.NONE;
    }
  }

  /**
   * Whether the file ends with the CRC-32 of all that comes before: checked before anything in it
   * is believed (a damaged count could ask for an array of gigabytes).
   */
  private static boolean intact(Path file) throws IOException {
    long body = Files.size(file) - Long.BYTES;
    if (body < 0) {
      return false;
    }
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (long left = body; left > 0; ) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return false;
        }
        crc.update(buffer, 0, n);
        left -= n;
      }
      return new DataInputStream(in).readLong() == crc.getValue();
    }
  }

  /**
   * Writes the snapshot (and removes those of other data versions); logs and goes on if it cannot.
   */
  static void write(
      GeodataFiles files, String dataVersion, Map<String, Entry> entries, GridIndex countyIndex) {
    Path file = file(files, dataVersion);
    if (file == null) {
      return;
    }
    Path partial = null;
    try {
      Files.createDirectories(file.getParent());
      removeOthers(file);
      partial = Files.createTempFile(file.getParent(), "geometry-", ".part");
      try (OutputStream stream =
          new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        CheckedOutputStream checked = new CheckedOutputStream(stream, new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        out.writeLong(MAGIC);
        out.writeInt(FORMAT);
        text(out, dataVersion);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
          text(out, e.getKey());
          for (long v : stamp(files, e.getKey())) {
            out.writeLong(v);
          }
          text(out, e.getValue().sha256());
          features(out, e.getValue().features());
        }
        countyIndex.write(out);
        out.flush();
        new DataOutputStream(stream).writeLong(checked.getChecksum().getValue());
      }
      move(partial, file);
    } catch (IOException | RuntimeException e) {
      LOG.info("no geometry snapshot for {}: {}", files.describe(), e.toString());
      deleteQuietly(partial);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a stray .part file: the next write removes it with the other old ones
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void removeOthers(Path file) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(file.getParent(), "geometry-*")) {
      for (Path p : old) {
        if (!p.equals(file)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Size and modification time of a file of the folder: a snapshot of other bytes is stale. */
  private static List<Long> stamp(GeodataFiles files, String name) throws IOException {
    Path p = files.path(name).orElseThrow(() -> new IOException(name + " is not on disk"));
    return List.of(Files.size(p), Files.getLastModifiedTime(p).toMillis());
  }

  private static void features(DataOutputStream out, List<GeoJsonFeature> features)
      throws IOException {
    out.writeInt(features.size());
    for (GeoJsonFeature f : features) {
      out.writeInt(f.position());
      out.writeBoolean(f.id() != null);
      text(out, f.id() == null ? "" : f.id());
      text(out, MAPPER.writeValueAsString(f.properties()));
      geometry(out, f.geometry());
    }
  }

  private static List<GeoJsonFeature> features(DataInput in) throws IOException {
    int n = in.readInt();
    List<GeoJsonFeature> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int position = in.readInt();
      boolean hasId = in.readBoolean();
      String id = text(in);
      JsonNode properties = MAPPER.readTree(text(in));
      out.add(new GeoJsonFeature(position, hasId ? id : null, properties, geometry(in)));
    }
    return out;
  }

  private static void geometry(DataOutputStream out, Geometry g) throws IOException {
    if (g == null) {
      out.writeByte(NONE);
    } else if (g instanceof Point p) {
      out.writeByte(POINT);
      out.writeDouble(p.getX());
      out.writeDouble(p.getY());
    } else if (g instanceof Polygon p) {
      out.writeByte(POLYGON);
      polygon(out, p);
    } else {
      out.writeByte(MULTI_POLYGON);
      out.writeInt(g.getNumGeometries());
      for (int i = 0; i < g.getNumGeometries(); i++) {
        polygon(out, (Polygon) g.getGeometryN(i));
      }
    }
  }

  private static Geometry geometry(DataInput in) throws IOException {
    byte kind = in.readByte();
    switch (kind) {
      case NONE:
        return null;
      case POINT:
        return GeoJsonReader.FACTORY.createPoint(
            GeoJsonReader.packed(new double[] {in.readDouble(), in.readDouble()}));
      case POLYGON:
        return polygon(in);
      case MULTI_POLYGON:
        Polygon[] parts = new Polygon[in.readInt()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(in);
        }
        return GeoJsonReader.FACTORY.createMultiPolygon(parts);
      default:
        throw new IllegalArgumentException("unknown geometry kind " + kind);
    }
  }

  private static void polygon(DataOutputStream out, Polygon p) throws IOException {
    out.writeInt(1 + p.getNumInteriorRing());
    ring(out, p.getExteriorRing());
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      ring(out, p.getInteriorRingN(h));
    }
  }

  private static Polygon polygon(DataInput in) throws IOException {
    int rings = in.readInt();
    LinearRing shell = ring(in);
    LinearRing[] holes = new LinearRing[rings - 1];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = ring(in);
    }
    return GeoJsonReader.FACTORY.createPolygon(shell, holes);
  }

  private static void ring(DataOutputStream out, LinearRing ring) throws IOException {
    var cs = ring.getCoordinateSequence();
    out.writeInt(cs.size());
    for (int i = 0; i < cs.size(); i++) {
      out.writeDouble(cs.getX(i));
      out.writeDouble(cs.getY(i));
    }
  }

  private static LinearRing ring(DataInput in) throws IOException {
    double[] xy = new double[2 * in.readInt()];
    PrimitiveIo.readDoubles(in, xy);
    return GeoJsonReader.FACTORY.createLinearRing(GeoJsonReader.packed(xy));
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInput in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
