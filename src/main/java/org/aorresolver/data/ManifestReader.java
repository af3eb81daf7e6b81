package org.aorresolver.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.Manifest;
import org.aorresolver.Manifest.Accuracy;
import org.aorresolver.Manifest.Boundaries;
import org.aorresolver.Manifest.Input;
import org.aorresolver.Manifest.Misses;

/**
 * Reads {@code manifest.json}: the data version and file checksums, the two distances the resolver
 * needs (required), and what the build says of the boundaries and their accuracy (optional: older
 * folders lack it).
 */
final class ManifestReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FILE = "manifest.json";

  private ManifestReader() {}

  static Manifest read(GeodataFiles files) throws GeodataException {
    JsonNode m;
    try (InputStream in = files.open(FILE)) {
      m = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new GeodataException(FILE, null, "cannot be read: " + e.getMessage(), e);
    }
    Map<String, String> fileSums = new LinkedHashMap<>();
    m.path("files").properties().forEach(f -> fileSums.put(f.getKey(), f.getValue().asText()));
    int near = m.path("accuracy").path("nearBoundaryMeters").asInt(-1);
    int snap = m.path("accuracy").path("snapMeters").asInt(-1);
    if (near < 0 || snap < 0 || !m.hasNonNull("dataVersion")) {
      throw new GeodataException(
          FILE, null, "needs dataVersion, accuracy.nearBoundaryMeters and accuracy.snapMeters");
    }
    String source = m.path("boundarySource").asText();
    return new Manifest(
        m.get("dataVersion").asText(),
        source,
        near,
        snap,
        fileSums,
        false,
        boundaries(source, m.path("boundaries"), m.path("accuracy")));
  }

  private static Boundaries boundaries(String source, JsonNode b, JsonNode accuracy) {
    List<Input> inputs = new ArrayList<>();
    b.path("inputs")
        .forEach(
            i ->
                inputs.add(
                    new Input(
                        text(i, "role"), text(i, "file"), text(i, "sha256"), text(i, "url"))));
    List<String> filled = new ArrayList<>();
    b.path("filledFromEmbedded")
        .forEach(
            c ->
                filled.add(
                    text(c, "fips") + " " + text(c, "name") + " (" + text(c, "state") + ")"));
    return new Boundaries(
        b.has("kind") ? text(b, "kind") : "unknown",
        b.has("description") ? text(b, "description") : source,
        text(b, "vintage"),
        text(b, "resolution"),
        inputs,
        filled,
        accuracy.has("inCounty")
            ? new Accuracy(
                text(accuracy, "method"),
                accuracy.path("tested").asInt(),
                accuracy.path("inCounty").asInt(),
                misses(accuracy.path("wrongCounty")),
                misses(accuracy.path("offCoast")))
            : null);
  }

  private static Misses misses(JsonNode m) {
    return new Misses(
        m.path("count").asInt(), number(m, "p50"), number(m, "p90"), number(m, "max"));
  }

  private static Integer number(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asInt() : null;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
