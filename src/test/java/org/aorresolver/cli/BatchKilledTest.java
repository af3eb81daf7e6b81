package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch IN OUT} in a child JVM, stopped by SIGTERM or {@code kill -9} in the middle of a big
 * input: OUT is as it was (or absent), IN intact, and only a file named for what it is may stay
 * behind. The child reads IN through a pipe that the test feeds and holds open, so that it is
 * certainly mid-batch, whatever the machine's speed, when the signal comes.
 */
@Tag("slow")
class BatchKilledTest {
  private static final int ROWS = 1_000_000;

  @TempDir Path dir;
  private Path big;
  private String digest;

  @BeforeEach
  void generateInput() throws IOException {
    big = dir.resolve("big.csv");
    Random random = new Random(7);
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("id,lat,lon\n");
      for (int i = 0; i < ROWS; i++) {
        double lat = 30 + random.nextDouble() * 15;
        double lon = -120 + random.nextDouble() * 40;
        w.write(String.format(Locale.ROOT, "%d,%.5f,%.5f%n", i, lat, lon));
      }
    }
    digest = sha256(big);
  }

  @Test
  void sigtermMidBatchLeavesOutAsItWasAndNoPartialFile() throws Exception {
    Path out = Files.writeString(dir.resolve("out.csv"), "earlier answers\n");

    Run run = startAndWaitForOutput(out);
    run.child.destroy(); // SIGTERM

    assertThat(run.child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    run.release();
    assertThat(run.child.exitValue()).isEqualTo(143);
    assertThat(Files.readString(out)).isEqualTo("earlier answers\n");
    assertThat(names()).containsExactly("big.csv", "in.fifo", "out.csv", "stderr.txt");
    assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("stopped; ");
    assertThat(sha256(big)).isEqualTo(digest);
  }

  @Test
  void killNineMidBatchLeavesNoOutOnlyAPartialFileNamedAsSuch() throws Exception {
    Path out = dir.resolve("out.csv");

    Run run = startAndWaitForOutput(out);
    run.child.destroyForcibly(); // SIGKILL

    assertThat(run.child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    run.release();
    assertThat(run.child.exitValue()).isEqualTo(137);
    assertThat(out).doesNotExist();
    assertThat(names())
        .containsExactly("big.csv", "in.fifo", "out.csv.partial-" + run.child.pid(), "stderr.txt");
    assertThat(sha256(big)).isEqualTo(digest);
  }

  /** A child batch and the thread feeding its input, held after the first part. */
  private record Run(Process child, CountDownLatch rest, Thread feeder) {
    void release() throws InterruptedException {
      rest.countDown();
      feeder.join();
    }
  }

  /** Starts the child on a pipe fed with the first quarter of the input; returns once OUT grows. */
  private Run startAndWaitForOutput(Path out) throws Exception {
    Path fifo = dir.resolve("in.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CountDownLatch rest = new CountDownLatch(1);
    Thread feeder = new Thread(() -> feed(fifo, rest), "feeder");
    feeder.start();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch",
                "--geodata=geodata",
                fifo.toString(),
                out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    Path partial = dir.resolve(out.getFileName() + ".partial-" + child.pid());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!(Files.exists(partial) && Files.size(partial) > 0)) {
      assertThat(child.isAlive()).as("the child is still running").isTrue();
      assertThat(System.nanoTime()).as("the child wrote output").isLessThan(deadline);
      Thread.sleep(20);
    }
    return new Run(child, rest, feeder);
  }

  /** Writes a quarter of the input into the pipe, waits for {@code rest}, then the rest. */
  private void feed(Path fifo, CountDownLatch rest) {
    try (OutputStream pipe = Files.newOutputStream(fifo);
        InputStream in = Files.newInputStream(big)) {
      pipe.write(in.readNBytes((int) (Files.size(big) / 4)));
      pipe.flush();
      rest.await();
      in.transferTo(pipe);
    } catch (IOException e) {
      // the child is gone: the pipe is broken, as expected
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
