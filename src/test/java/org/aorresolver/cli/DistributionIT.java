package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code scripts/dist} makes from the packaged jar, unpacked and run as on a
 * machine without Java: {@code PATH} holds no {@code java} (nor anything else) and {@code
 * JAVA_HOME} is unset. It serves with the port, heap and JVM options of its environment, answers a
 * point, reloads its geodata folder on SIGHUP and stops on SIGTERM; its launcher runs the other
 * commands; its systemd unit passes {@code systemd-analyze verify}.
 */
@Tag("slow")
class DistributionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+) ");
  private static final Pattern RELOADED = Pattern.compile("reloaded geodata .* from .*");

  /** The archive may not grow past this without a reason: about 45 MB today. */
  private static final long MAX_ARCHIVE_BYTES = 60L << 20;

  /** What {@link #lines} adds when the process's output ends. */
  private static final String END = "\u0000end of output";

  @TempDir static Path dir;
  private static Path archive;
  private static Path home;

  @BeforeAll
  static void buildAndUnpack() throws Exception {
    String out = run(new ProcessBuilder("scripts/dist", "--no-build", "--output", dir.toString()));
    archive = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());
    Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
    run(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString()));
    try (Stream<Path> top = Files.list(unpacked)) {
      home = top.findFirst().orElseThrow();
    }
  }

  @Test
  void isOneSmallArchiveOfOneFolderWithRuntimeJarGeodataLauncherAndUnit() throws IOException {
    assertThat(archive.getFileName().toString()).matches("aor-resolver-.+-linux-.+\\.tar\\.gz");
    assertThat(Files.size(archive)).isLessThan(MAX_ARCHIVE_BYTES);
    assertThat(home.getFileName().toString() + ".tar.gz")
        .isEqualTo(archive.getFileName().toString());
    assertThat(home.resolve("runtime/bin/java")).isExecutable();
    assertThat(home.resolve("bin/aor-resolver")).isExecutable();
    assertThat(home.resolve("lib/aor-resolver.jar")).isRegularFile();
    assertThat(home.resolve("geodata/counties.geojson")).isRegularFile();
    assertThat(home.resolve("aor-resolver.service")).isRegularFile();
  }

  @Test
  void servesWithoutJavaOnThePathWithTheHeapAndOptionsOfItsEnvironment() throws Exception {
    ProcessBuilder serve =
        withoutJava(new ProcessBuilder(home.resolve("bin/aor-resolver").toString()));
    serve.environment().putAll(Map.of("AOR_PORT", "0", "AOR_HEAP", "112m"));
    serve.environment().put("JAVA_OPTS", "-XX:+UseSerialGC");
    Process p = serve.redirectErrorStream(true).start();
    BlockingQueue<String> lines = lines(p);
    try {
      int port = Integer.parseInt(awaitLine(lines, LISTENING).group(1));
      HttpClient http = HttpClient.newHttpClient();
      JsonNode answer = JSON.readTree(get(http, port, "/v1/resolve?lat=26.19&lon=-97.69"));
      String metrics = get(http, port, "/metrics");

      assertThat(answer.path("office").path("code").asText()).isEqualTo("HLG");
      assertThat(p.info().command()).hasValue(home.resolve("runtime/bin/java").toString());
      assertThat(metrics).as("JAVA_OPTS: the serial collector").contains("id=\"Tenured Gen\"");
      assertThat(heapMaxBytes(metrics)).as("AOR_HEAP").isBetween(100L << 20, 112L << 20);

      run(new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())));
      assertThat(awaitLine(lines, RELOADED).group()).contains(home.resolve("geodata").toString());
    } finally {
      p.destroy();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    assertThat(p.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
  }

  @Test
  void theLauncherRunsTheOtherCommands() throws Exception {
    String out =
        run(
            withoutJava(
                new ProcessBuilder(
                    home.resolve("bin/aor-resolver").toString(), "resolve", "--zip", "78550")));

    assertThat(JSON.readTree(out).path("office").path("code").asText()).isEqualTo("HLG");
  }

  @Test
  void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
        "systemd-analyze is not installed: the unit is not checked");
    Path unit = dir.resolve("aor-resolver.service");
    String text = Files.readString(home.resolve("aor-resolver.service"), StandardCharsets.UTF_8);
    assertThat(text).contains("ExecStart=/opt/aor-resolver/bin/aor-resolver serve");
    Files.writeString(
        unit,
        text.replace(
            "/opt/aor-resolver/bin/aor-resolver", home.resolve("bin/aor-resolver").toString()),
        StandardCharsets.UTF_8);

    String out =
        run(
            new ProcessBuilder("/usr/bin/systemd-analyze", "verify", unit.toString())
                .redirectErrorStream(true));

    assertThat(out).isEmpty();
  }

  /** The process with an environment of only an empty PATH: no java, no JAVA_HOME. */
  private static ProcessBuilder withoutJava(ProcessBuilder builder) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-path"));
    builder.environment().clear();
    builder.environment().put("PATH", empty.toString());
    return builder;
  }

  /** Runs a command to its end, its errors shown with the test's; its output. */
  private static String run(ProcessBuilder builder) throws Exception {
    if (!builder.redirectErrorStream()) {
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    }
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s ended", builder.command()).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", builder.command(), out).isZero();
    return out;
  }

  /** The process's output, line by line, as it comes. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (IOException e) {
                lines.add("(" + e + ")");
              } finally {
                lines.add(END);
              }
            },
            "distribution output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** The first line that matches, waiting at most two minutes for it while output comes. */
  private static Matcher awaitLine(BlockingQueue<String> lines, Pattern pattern)
      throws InterruptedException {
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        break;
      }
      seen.append(line).append('\n');
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        return m;
      }
    }
    throw new AssertionError("no line like " + pattern + " in:\n" + seen);
  }

  private static String get(HttpClient http, int port, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  /** The sum of the heap pools' largest sizes in Prometheus text. */
  private static long heapMaxBytes(String metrics) {
    Matcher m =
        Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$")
            .matcher(metrics);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return (long) sum;
  }
}
