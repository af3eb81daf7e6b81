package org.aorresolver.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.LatLon;
import org.aorresolver.Manifest;
import org.aorresolver.geo.GeoJsonException;
import org.aorresolver.geo.GeoJsonFeature;
import org.aorresolver.geo.GeoJsonReader;
import org.aorresolver.geo.grid.GridIndex;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;
import org.aorresolver.place.ForeignLand;
import org.aorresolver.place.State;
import org.aorresolver.place.ZipCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads a geodata folder into {@link Geodata}. Structure is checked here (files present, features
 * well formed, required properties set); consistency across files is {@link GeodataValidator}'s.
 */
public final class GeodataLoader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final GeodataFiles files;
  private static final List<String> GEOMETRY_FILES =
      List.of("counties.geojson", "aor-2020.geojson", "aor-2021.geojson", "foreign-land.geojson");

  private final Map<String, String> checksums = new ConcurrentHashMap<>();

  /** The geometry files and county index of the snapshot read at the start, or none. */
  private GeometrySnapshot.Contents snapshot = GeometrySnapshot.Contents.NONE;

  /** The geometry files parsed from GeoJSON, for a new snapshot. */
  private final Map<String, GeometrySnapshot.Entry> parsed = new ConcurrentSkipListMap<>();

  private GeodataLoader(GeodataFiles files) {
    this.files = files;
  }

  public static Geodata load(GeodataFiles files) throws GeodataException {
    return new GeodataLoader(files).load();
  }

  /** What is read beside the counties. */
  private record Rest(
      Map<Edition, List<Aor>> aors,
      List<ForeignLand> land,
      List<Office> offices,
      List<CheckinOffice> checkins,
      List<ZipCode> zips) {}

  /**
   * Reads the counties on this thread and everything else on another: start-up runs on two cores.
   */
  private Geodata load() throws GeodataException {
    Manifest manifest = ManifestReader.read(files);
    snapshot = GeometrySnapshot.read(files, manifest.dataVersion(), GEOMETRY_FILES);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<Rest> rest = other.submit(this::rest);
      List<GeoJsonFeature> countyFeatures = new ArrayList<>(features("counties.geojson"));
      countyFeatures.sort(
          Comparator.comparing(
              f -> f.text("fips"), Comparator.nullsFirst(Comparator.naturalOrder())));
      List<County> counties = new ArrayList<>();
      List<Geometry> areas = new ArrayList<>();
      for (GeoJsonFeature f : countyFeatures) {
        counties.add(county(counties.size(), f));
        areas.add(area("counties.geojson", f, true));
      }
      GridIndex countyIndex =
          snapshot.countyIndex() != null ? snapshot.countyIndex() : index(areas);
      Rest r = join(rest);
      if (countyIndex != null
          && snapshot.files().isEmpty()
          && parsed.keySet().containsAll(GEOMETRY_FILES)) {
        GeometrySnapshot.write(files, manifest.dataVersion(), parsed, countyIndex);
      }
      return new Geodata(
          verified(manifest),
          counties,
          areas,
          r.aors(),
          r.offices(),
          r.checkins(),
          r.zips(),
          r.land(),
          countyIndex);
    } finally {
      other.shutdown();
    }
  }

  /**
   * The county index, built here while the other thread reads the rest; null for counties that
   * overlap, which the validator then reports (and the resolver refuses).
   */
  private static GridIndex index(List<Geometry> areas) {
    try {
      return GridIndex.of(areas);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Rest rest() throws GeodataException {
    Map<Edition, List<Aor>> aors = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      aors.put(e, aors(e));
    }
    aors.put(Edition.E2021, sharing(aors.get(Edition.E2020), aors.get(Edition.E2021)));
    return new Rest(aors, foreignLand(), offices(), checkinOffices(), ZipTableReader.read(files));
  }

  /**
   * The later edition's AORs, each taking the earlier one's geometry where the two are the same
   * (all but those Harlingen's split changed): held once, not twice.
   */
  private static List<Aor> sharing(List<Aor> earlier, List<Aor> later) {
    Map<String, Geometry> before = new HashMap<>();
    earlier.forEach(a -> before.put(a.office(), a.area()));
    return later.stream()
        .map(
            a -> {
              Geometry same = before.get(a.office());
              return same != null && same.equalsExact(a.area())
                  ? new Aor(a.edition(), a.office(), a.name(), same)
                  : a;
            })
        .toList();
  }

  private static Rest join(Future<Rest> rest) throws GeodataException {
    try {
      return rest.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GeodataException g) {
        throw g;
      }
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading geodata", e);
    }
  }

  /**
   * The manifest, marked verified when every geometry file read has the checksum it lists, with the
   * data version of the files as read ({@link ContentVersion}).
   */
  private Manifest verified(Manifest m) {
    return m.verified(
            GEOMETRY_FILES.stream()
                .allMatch(
                    f -> checksums.get(f) != null && checksums.get(f).equals(m.files().get(f))))
        .withDataVersion(ContentVersion.of(files, checksums, listed(m)));
  }

  /** The files the manifest lists and the table read beside the GeoJSON files. */
  private static Set<String> listed(Manifest m) {
    Set<String> names = new TreeSet<>(m.files().keySet());
    names.add("zips.csv");
    return names;
  }

  /**
   * Reads a GeoJSON file, noting its SHA-256; a geometry file from the snapshot when there is one
   * for this data.
   */
  List<GeoJsonFeature> features(String file) throws GeodataException {
    GeometrySnapshot.Entry saved = snapshot.files().get(file);
    if (saved != null) {
      checksums.put(file, saved.sha256());
      return saved.features();
    }
    try (InputStream in = files.open(file)) {
      byte[] bytes = in.readAllBytes();
      String sha256 = ContentVersion.sha256(bytes);
      checksums.put(file, sha256);
      List<GeoJsonFeature> features = GeoJsonReader.readFeatures(new ByteArrayInputStream(bytes));
      if (GEOMETRY_FILES.contains(file)) {
        parsed.put(file, new GeometrySnapshot.Entry(sha256, features));
      }
      return features;
    } catch (GeoJsonException e) {
      throw new GeodataException(file, e.feature(), e.getMessage(), e);
    } catch (IOException e) {
      throw new GeodataException(file, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static County county(int index, GeoJsonFeature f) throws GeodataException {
    String fips = required("counties.geojson", f, "fips");
    if (!fips.matches("\\d{5}")) {
      throw new GeodataException(
          "counties.geojson", name(f), "fips '" + fips + "' is not 5 digits");
    }
    State state =
        new State(
            required("counties.geojson", f, "state"),
            required("counties.geojson", f, "stateFips"),
            required("counties.geojson", f, "stateName"));
    return new County(
        index,
        fips,
        required("counties.geojson", f, "name"),
        state,
        f.text("office2020"),
        f.text("office2021"));
  }

  private List<Aor> aors(Edition edition) throws GeodataException {
    String file = "aor-" + edition.id() + ".geojson";
    List<Aor> out = new ArrayList<>();
    for (GeoJsonFeature f : features(file)) {
      String office = required(file, f, "office");
      if (!office.equals(f.id())) {
        throw new GeodataException(
            file, name(f), "id '" + f.id() + "' differs from office '" + office + "'");
      }
      out.add(new Aor(edition, office, required(file, f, "name"), area(file, f, false)));
    }
    return out;
  }

  private List<Office> offices() throws GeodataException {
    List<Office> out = new ArrayList<>();
    for (GeoJsonFeature f : features("offices.geojson")) {
      String file = "offices.geojson";
      Set<Edition> editions = EnumSet.noneOf(Edition.class);
      for (JsonNode e : f.properties().path("editions")) {
        editions.add(edition(file, f, e.asText()));
      }
      out.add(
          new Office(
              contact(file, f, "office"),
              f.text("aor"),
              editions,
              point(file, f),
              f.text("locationSource")));
    }
    return out;
  }

  private List<CheckinOffice> checkinOffices() throws GeodataException {
    String file = "checkin-offices.geojson";
    List<CheckinOffice> out = new ArrayList<>();
    for (GeoJsonFeature f : features(file)) {
      out.add(
          new CheckinOffice(
              contact(file, f, "id"),
              required(file, f, "office"),
              f.text("coverage"),
              strings(f.properties().path("counties")),
              strings(f.properties().path("states")),
              point(file, f),
              f.text("locationSource")));
    }
    return out;
  }

  /** An office's contact: its code (the property {@code code}), name, address and phone. */
  private static Contact contact(String file, GeoJsonFeature f, String code)
      throws GeodataException {
    return new Contact(
        required(file, f, code),
        required(file, f, "name"),
        f.text("street"),
        f.text("city"),
        f.text("state"),
        f.text("zip"),
        f.text("phone"));
  }

  private List<ForeignLand> foreignLand() throws GeodataException {
    String file = "foreign-land.geojson";
    List<ForeignLand> out = new ArrayList<>();
    for (GeoJsonFeature f : features(file)) {
      out.add(
          new ForeignLand(
              required(file, f, "iso"), required(file, f, "name"), area(file, f, false)));
    }
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return Set.copyOf(out);
  }

  private static Edition edition(String file, GeoJsonFeature f, String id) throws GeodataException {
    for (Edition e : Edition.values()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new GeodataException(file, name(f), "unknown edition '" + id + "'");
  }

  private static LatLon point(String file, GeoJsonFeature f) throws GeodataException {
    if (!(f.geometry() instanceof Point p)) {
      throw new GeodataException(file, name(f), "needs a Point geometry");
    }
    return LatLon.fromXy(p.getX(), p.getY());
  }

  private static Geometry area(String file, GeoJsonFeature f, boolean nullAllowed)
      throws GeodataException {
    Geometry g = f.geometry();
    if (g == null && nullAllowed) {
      return GeoJsonReader.FACTORY.createMultiPolygon();
    }
    if (!(g instanceof Polygonal)) {
      throw new GeodataException(file, name(f), "needs a Polygon or MultiPolygon geometry");
    }
    return g;
  }

  private static String required(String file, GeoJsonFeature f, String property)
      throws GeodataException {
    String v = f.text(property);
    if (v == null || v.isBlank()) {
      throw new GeodataException(file, name(f), "property '" + property + "' is missing");
    }
    return v;
  }

  static String name(GeoJsonFeature f) {
    return "feature " + f.position() + (f.id() == null ? "" : " (id " + f.id() + ")");
  }
}
