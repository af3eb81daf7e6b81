package org.aorresolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a JMH JSON result file as two tables. First every benchmark with its parameters: for
 * sampled benchmarks p50, p99, p99.9 and the largest sample, and the mean (the score, for other
 * modes). Then, where benchmarks differ only in their {@code index} parameter, the indexes side by
 * side with how many times faster the first is than each other ("jts/grid").
 *
 * <p>Usage: {@code JmhSummary target/bench/jmh.json}.
 */
public final class JmhSummary {
  private static final String COMPARED = "index";

  private JmhSummary() {}

  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    System.out.println(table(results));
    System.out.println(comparison(results));
  }

  static String table(JsonNode results) {
    String format = "%-36s %-32s %-6s %9s %9s %9s %9s %10s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "benchmark",
            "parameters",
            "mode",
            "p50",
            "p99",
            "p99.9",
            "max",
            "mean/score",
            "unit"));
    for (JsonNode r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              name(r),
              params(r, null),
              r.get("mode").asText(),
              number(percentile(r, "50.0")),
              number(percentile(r, "99.0")),
              number(percentile(r, "99.9")),
              number(percentile(r, "100.0")),
              number(score(r)),
              r.get("primaryMetric").get("scoreUnit").asText()));
    }
    return out.toString();
  }

  /** Benchmarks that differ only in the compared parameter, side by side. */
  static String comparison(JsonNode results) {
    Map<String, Map<String, JsonNode>> groups = new LinkedHashMap<>();
    List<String> indexes = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode index = r.path("params").get(COMPARED);
      if (index != null) {
        String key = (name(r) + " " + params(r, COMPARED)).strip();
        groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(index.asText(), r);
        if (!indexes.contains(index.asText())) {
          indexes.add(index.asText());
        }
      }
    }
    if (indexes.size() < 2) {
      return "";
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-52s", "by " + COMPARED));
    for (String i : indexes) {
      out.append(String.format(Locale.ROOT, " %9s %9s %9s", i + " p50", "p99", "mean"));
    }
    for (String i : indexes.subList(1, indexes.size())) {
      String ratio = i + "/" + indexes.get(0);
      out.append(String.format(Locale.ROOT, " %14s %11s", ratio + " p50", "mean"));
    }
    out.append('\n');
    groups.forEach((key, byIndex) -> out.append(row(key, byIndex, indexes)));
    return out.toString();
  }

  private static String row(String key, Map<String, JsonNode> byIndex, List<String> indexes) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-52s", key));
    for (String i : indexes) {
      JsonNode r = byIndex.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              " %9s %9s %9s",
              r == null ? "" : number(percentile(r, "50.0")),
              r == null ? "" : number(percentile(r, "99.0")),
              r == null ? "" : number(score(r))));
    }
    JsonNode base = byIndex.get(indexes.get(0));
    for (String i : indexes.subList(1, indexes.size())) {
      JsonNode other = byIndex.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              " %14s %11s",
              other == null || base == null
                  ? ""
                  : times(percentile(other, "50.0"), percentile(base, "50.0"), other),
              other == null || base == null ? "" : times(score(other), score(base), other)));
    }
    return out.append('\n').toString();
  }

  /** How many times faster base is than other: a time ratio, or a throughput ratio inverted. */
  private static String times(double other, double base, JsonNode r) {
    boolean perSecond = r.get("primaryMetric").get("scoreUnit").asText().startsWith("ops/");
    double ratio = perSecond ? base / other : other / base;
    return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1fx", ratio) : "";
  }

  private static double score(JsonNode r) {
    return r.get("primaryMetric").get("score").asDouble();
  }

  /** A percentile of the samples; NaN outside sample mode, where percentiles are of iterations. */
  private static double percentile(JsonNode r, String percentile) {
    JsonNode p = r.get("primaryMetric").path("scorePercentiles").get(percentile);
    return p == null || !r.get("mode").asText().equals("sample") ? Double.NaN : p.asDouble();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return v >= 1e6
        ? String.format(Locale.ROOT, "%.1fM", v / 1e6)
        : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String name(JsonNode r) {
    String[] parts = r.get("benchmark").asText().split("\\.");
    String name = parts[parts.length - 2].replace("Benchmark", "") + "." + parts[parts.length - 1];
    int threads = r.get("threads").asInt();
    return threads > 1 ? name + " (" + threads + " threads)" : name;
  }

  private static String params(JsonNode r, String except) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : r.path("params").properties()) {
      if (!p.getKey().equals(except)) {
        out.add(p.getKey() + "=" + p.getValue().asText());
      }
    }
    return String.join(" ", out);
  }
}
