package org.aorresolver.http.lookup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.aorresolver.Edition;
import org.aorresolver.Geodata;
import org.aorresolver.InvalidInputException;
import org.aorresolver.LatLon;
import org.aorresolver.Resolver;
import org.aorresolver.http.HttpApp;
import org.aorresolver.http.Json;
import org.aorresolver.http.features.GeoJson;
import org.aorresolver.http.problem.NotFound;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.Contact;
import org.aorresolver.office.Office;
import org.aorresolver.place.Aor;
import org.aorresolver.place.County;

/**
 * The field-office directory: {@code /v1/offices}, {@code /v1/offices/{code}} (with its AOR and
 * check-in offices, or {@code ?format=geojson} for the AOR polygon) and {@code
 * /v1/checkin-offices}.
 */
public final class OfficeRoutes {
  private final Supplier<Resolver> resolver;

  public OfficeRoutes(Supplier<Resolver> resolver) {
    this.resolver = resolver;
  }

  public void register(JavalinConfig config) {
    config.routes.get("/v1/offices", this::list);
    config.routes.get("/v1/offices/{code}", this::one);
    config.routes.get("/v1/checkin-offices", this::checkins);
  }

  /** An office with its directory entry and its AOR in one edition. */
  record OfficeView(
      Contact contact,
      LatLon location,
      String locationSource,
      List<String> editions,
      AorView aor,
      List<CheckinOffice> checkinOffices) {}

  /** The directory of one edition. */
  record OfficeList(String edition, List<OfficeView> offices) {}

  /** Check-in offices. */
  record CheckinList(List<CheckinOffice> checkinOffices) {}

  /** The AOR of an office in one edition: whole states and, for split states, the counties. */
  record AorView(
      String edition, List<String> states, Map<String, List<String>> counties, int countyCount) {}

  private void list(Context ctx) throws Exception {
    Edition edition = edition(ctx);
    Resolver r = resolver.get();
    List<OfficeView> out = new ArrayList<>();
    for (Office o : r.data().offices()) {
      out.add(view(r.data(), o, edition, false));
    }
    HttpApp.json(ctx, new OfficeList(edition.id(), out));
  }

  private void one(Context ctx) throws Exception {
    Resolver r = resolver.get();
    Office office =
        r.offices()
            .office(ctx.pathParam("code"))
            .orElseThrow(
                () ->
                    new NotFound(
                        "code",
                        ctx.pathParam("code"),
                        "an office code such as HLG; see /v1/offices"));
    Edition edition = edition(ctx);
    String format = ctx.queryParam("format");
    if ("geojson".equals(format)) {
      Aor aor =
          r.data().aors().get(edition).stream()
              .filter(a -> a.office().equals(office.code()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFound(
                          "edition",
                          edition.id(),
                          "an edition in which " + office.code() + " exists"));
      ObjectNode feature = GeoJson.feature(office.code(), properties(office, edition), aor.area());
      ctx.contentType("application/geo+json").result(Json.MAPPER.writeValueAsBytes(feature));
      return;
    }
    if (format != null && !"json".equals(format)) {
      throw new InvalidInputException("format", format, "json or geojson");
    }
    HttpApp.json(ctx, view(r.data(), office, edition, true));
  }

  private void checkins(Context ctx) throws Exception {
    Resolver r = resolver.get();
    String office = ctx.queryParam("office");
    List<CheckinOffice> out =
        r.data().checkinOffices().stream()
            .filter(c -> office == null || c.office().equalsIgnoreCase(office))
            .toList();
    if (office != null && r.offices().office(office).isEmpty()) {
      throw new InvalidInputException(
          "office", office, "an office code such as HLG; see /v1/offices");
    }
    HttpApp.json(ctx, new CheckinList(out));
  }

  private static Map<String, Object> properties(Office office, Edition edition) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("office", office.code());
    p.put("name", office.name());
    p.put("edition", edition.id());
    return p;
  }

  private static Edition edition(Context ctx) {
    String e = ctx.queryParam("edition");
    return e == null ? Edition.CURRENT : Edition.parse("edition", e);
  }

  private static OfficeView view(Geodata data, Office o, Edition edition, boolean withCheckins) {
    return new OfficeView(
        o.contact(),
        o.location(),
        o.locationSource(),
        o.editions().stream().map(Edition::id).toList(),
        o.existsIn(edition) ? aor(data, o.code(), edition) : null,
        withCheckins
            ? data.checkinOffices().stream().filter(c -> c.office().equals(o.code())).toList()
            : null);
  }

  private static AorView aor(Geodata data, String office, Edition edition) {
    Map<String, List<String>> byState = new TreeMap<>();
    Map<String, Integer> stateTotals = new LinkedHashMap<>();
    for (County c : data.counties()) {
      stateTotals.merge(c.state().usps(), 1, Integer::sum);
      if (office.equals(c.office(edition))) {
        byState.computeIfAbsent(c.state().usps(), k -> new ArrayList<>()).add(c.fips());
      }
    }
    List<String> whole = new ArrayList<>();
    Map<String, List<String>> split = new TreeMap<>();
    int count = 0;
    for (Map.Entry<String, List<String>> e : byState.entrySet()) {
      count += e.getValue().size();
      if (e.getValue().size() == stateTotals.get(e.getKey())) {
        whole.add(e.getKey());
      } else {
        split.put(e.getKey(), e.getValue());
      }
    }
    return new AorView(edition.id(), whole, split, count);
  }
}
