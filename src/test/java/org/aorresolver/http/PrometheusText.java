package org.aorresolver.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4): every line a comment, a
 * {@code # HELP}, a {@code # TYPE} or a sample; metric and label names as the format allows them;
 * label values with only the escapes it defines; values as Go parses them ({@code +Inf}, {@code
 * NaN}). Anything else fails the test that reads it. Histograms are checked as Prometheus needs
 * them for {@code histogram_quantile}: per series, buckets whose bounds rise, counts that never
 * fall, a {@code +Inf} bucket equal to {@code _count}, and a {@code _sum}.
 */
final class PrometheusText {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)( -?\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");

  /** One sample: its name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  /** A histogram series: its labels (without {@code le}), buckets by bound, count and sum. */
  record Histogram(
      Map<String, String> labels, TreeMap<Double, Double> buckets, double count, double sum) {

    /** The quantile as Prometheus's {@code histogram_quantile} computes it from the buckets. */
    double quantile(double q) {
      double rank = q * count;
      double lower = 0;
      double below = 0;
      for (Map.Entry<Double, Double> b : buckets.entrySet()) {
        if (b.getValue() >= rank) {
          if (b.getKey().isInfinite()) {
            return lower;
          }
          return lower + (b.getKey() - lower) * (rank - below) / (b.getValue() - below);
        }
        lower = b.getKey();
        below = b.getValue();
      }
      throw new AssertionError("no +Inf bucket");
    }
  }

  final Map<String, String> types = new LinkedHashMap<>();
  final List<Sample> samples = new ArrayList<>();

  private PrometheusText() {}

  static PrometheusText parse(String text) {
    PrometheusText out = new PrometheusText();
    if (!text.endsWith("\n")) {
      throw new AssertionError("the exposition must end with a line feed");
    }
    for (String line : text.split("\n", -1)) {
      out.line(line);
    }
    return out;
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("# TYPE ")) {
      String[] p = line.split(" ");
      require(p.length == 4 && NAME.matcher(p[2]).matches(), line);
      require(p[3].matches("counter|gauge|histogram|summary|untyped"), line);
      require(types.put(p[2], p[3]) == null, "a second TYPE: " + line);
    } else if (line.startsWith("# HELP ")) {
      require(NAME.matcher(line.split(" ")[2]).matches(), line);
    } else if (!line.startsWith("#")) {
      Matcher m = SAMPLE.matcher(line);
      require(m.matches(), line);
      samples.add(new Sample(m.group(1), labels(m.group(3), line), value(m.group(4), line)));
    }
  }

  private static Map<String, String> labels(String text, String line) {
    Map<String, String> labels = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return labels;
    }
    Matcher m = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      require(m.find(at) && m.start() == at, "labels of " + line);
      String value = m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
      require(labels.put(m.group(1), value) == null, "a label twice in " + line);
      at = m.end();
    }
    return labels;
  }

  private static double value(String text, String line) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> {
        require(text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"), "value of " + line);
        yield Double.parseDouble(text);
      }
    };
  }

  /** The samples of a family whose name is {@code name}, with labels containing {@code having}. */
  List<Sample> samples(String name, Map<String, String> having) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(having.entrySet()))
        .toList();
  }

  /** The one histogram series of family {@code name} whose labels contain {@code having}. */
  Histogram histogram(String name, Map<String, String> having) {
    require("histogram".equals(types.get(name)), name + " is typed " + types.get(name));
    List<Sample> buckets = samples(name + "_bucket", having);
    require(!buckets.isEmpty(), "no buckets of " + name + " with " + having);
    Map<String, String> series = new TreeMap<>(buckets.get(0).labels());
    series.remove("le");
    TreeMap<Double, Double> byBound = new TreeMap<>();
    for (Sample b : buckets) {
      Map<String, String> rest = new TreeMap<>(b.labels());
      require(rest.remove("le") != null, "a bucket without le: " + b);
      require(rest.equals(series), "buckets of more than one series match " + having);
      byBound.put(value(b.labels().get("le"), b.toString()), b.value());
    }
    double previous = 0;
    for (double count : byBound.values()) {
      require(count >= previous, "buckets not cumulative: " + byBound);
      previous = count;
    }
    require(byBound.lastKey().isInfinite(), "no +Inf bucket: " + byBound);
    double count = only(name + "_count", series);
    require(byBound.lastEntry().getValue() == count, "+Inf bucket differs from _count");
    return new Histogram(series, byBound, count, only(name + "_sum", series));
  }

  private double only(String name, Map<String, String> labels) {
    List<Sample> s =
        samples.stream().filter(x -> x.name().equals(name) && x.labels().equals(labels)).toList();
    require(s.size() == 1, "expected one " + name + labels + ", found " + s.size());
    return s.get(0).value();
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("not valid Prometheus text: " + what);
    }
  }
}
