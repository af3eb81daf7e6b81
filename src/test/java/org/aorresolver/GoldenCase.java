package org.aorresolver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One row of {@code golden.csv}: a query string and what the answer must say. {@code office} is the
 * office of a match, or the candidates' offices in order ("SNA|HLG") of an ambiguous answer. {@code
 * says} holds more checks of the JSON answer, separated by ";": {@code path=value} (equal), {@code
 * path~text} (contains) and {@code path!} (absent), the path's steps separated by dots, numbers
 * indexing arrays ({@code candidates.0.weight}).
 */
public record GoldenCase(
    String query,
    String status,
    String office,
    String precision,
    String reason,
    String county,
    String says,
    String note) {

  public static List<GoldenCase> all() {
    List<GoldenCase> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                GoldenCase.class.getResourceAsStream("/golden.csv"), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", 8);
        out.add(new GoldenCase(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The query string as parameters, the way an HTTP server decodes it. */
  public Map<String, List<String>> parameters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params
          .computeIfAbsent(kv[0], k -> new ArrayList<>())
          .add(URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return params;
  }

  /** What an answer's office field means for this case: the office, or the candidates joined. */
  public static String offices(String status, String office, List<String> candidates) {
    return "ambiguous".equals(status)
        ? candidates.stream().collect(Collectors.joining("|"))
        : office == null ? "" : office;
  }

  /** Checks the answer against {@link #says}. */
  public void checkSays(JsonNode answer) {
    for (String check : says.isEmpty() ? new String[0] : says.split(";")) {
      Matcher m = CHECK.matcher(check);
      assertThat(m.matches()).as("check '%s' of %s", check, this).isTrue();
      JsonNode node = answer;
      for (String step : m.group(1).split("\\.")) {
        node = step.matches("\\d+") ? node.path(Integer.parseInt(step)) : node.path(step);
      }
      String what = String.format("%s of %s: %s", m.group(1), this, answer);
      switch (m.group(2)) {
        case "!" -> assertThat(node.isMissingNode() || node.isNull()).as(what).isTrue();
        case "~" -> assertThat(node.asText()).as(what).contains(m.group(3));
        default -> assertThat(node.asText()).as(what).isEqualTo(m.group(3));
      }
    }
  }

  private static final Pattern CHECK = Pattern.compile("([\\w.]+)(!|~|=)(.*)");

  @Override
  public String toString() {
    return query + " (" + note + ")";
  }
}
