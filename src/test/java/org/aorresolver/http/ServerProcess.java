package org.aorresolver.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a process of its own ({@code java ... serve}), for what only a real process shows:
 * its heap, its temporary folder, its signals. Its log is kept line by line; tests wait for lines,
 * not for time.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("aor-resolver on http://[^:]+:(\\d+) ");

  private final Process process;
  private final List<String> log = new ArrayList<>();
  private final int port;

  private ServerProcess(Process process) throws InterruptedException {
    this.process = process;
    Thread reader = new Thread(this::readLog, "server-process-log");
    reader.setDaemon(true);
    reader.start();
    String started = awaitLog("aor-resolver on http://", Duration.ofSeconds(120));
    Matcher m = LISTENING.matcher(started);
    if (!m.find()) {
      throw new IllegalStateException("no port in " + started);
    }
    this.port = Integer.parseInt(m.group(1));
  }

  /** Starts {@code serve --port 0} with the heap and temporary folder given, and more options. */
  static ServerProcess start(String heap, Path tmp, String... options) {
    return start(new ArrayList<>(), heap, tmp, options);
  }

  /** The same, started as {@code nohup} starts a process: with SIGHUP ignored. */
  static ServerProcess startIgnoringHangup(String heap, Path tmp, String... options) {
    return start(
        new ArrayList<>(List.of("sh", "-c", "trap '' HUP; exec \"$@\"", "sh")), heap, tmp, options);
  }

  private static ServerProcess start(
      List<String> command, String heap, Path tmp, String... options) {
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.aorresolver.cli.Main");
    command.add("serve");
    command.add("--port");
    command.add("0");
    command.addAll(List.of(options));
    try {
      return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  private void readLog() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (log) {
          log.add(line);
          log.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** The first log line containing {@code text}, waiting up to {@code timeout} for it. */
  String awaitLog(String text, Duration timeout) throws InterruptedException {
    return awaitLog(text, 1, timeout);
  }

  /** The {@code n}th log line containing {@code text}, waiting up to {@code timeout} for it. */
  String awaitLog(String text, int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (log) {
      for (int seen = 0, found = 0; ; ) {
        for (; seen < log.size(); seen++) {
          if (log.get(seen).contains(text) && ++found == n) {
            return log.get(seen);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("no log line with '" + text + "' in:\n" + log());
        }
        log.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  String log() {
    synchronized (log) {
      return String.join("\n", log);
    }
  }

  /**
   * Sends SIGTERM, as {@code kill -TERM} does (through the process handle: {@code Process.destroy}
   * would also close the pipe the log comes through).
   */
  void terminate() {
    process.toHandle().destroy();
  }

  boolean waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
