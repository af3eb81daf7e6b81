package org.aorresolver.data;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolver in service, replaced whole when the geodata is reloaded: new data is loaded, fully
 * validated and indexed on the side, then swapped in atomically. Data that fails validation is
 * refused with its report and the old data keeps serving. Readers never wait, once the first data
 * is ready.
 */
public final class LiveResolver implements Supplier<Resolver> {
  private static final Logger LOG = LoggerFactory.getLogger(LiveResolver.class);

  /** What a reload did: whether it swapped, the versions, and the problems that refused it. */
  public record Outcome(
      boolean reloaded,
      String previousVersion,
      String dataVersion,
      List<ValidationReport.Problem> problems,
      long millis) {}

  private final GeodataFiles files;
  private final Function<Geodata, Resolver> build;
  private final CompletableFuture<Resolver> initial;
  private final AtomicReference<Resolver> current = new AtomicReference<>();

  public LiveResolver(GeodataFiles files, Resolver initial, Function<Geodata, Resolver> build) {
    this(files, CompletableFuture.completedFuture(initial), build);
  }

  /**
   * On a first resolver still being built: until it is, {@link #get} waits for it (a server made on
   * this starts listening only once it is ready).
   */
  public LiveResolver(
      GeodataFiles files, CompletableFuture<Resolver> initial, Function<Geodata, Resolver> build) {
    this.files = files;
    this.build = build;
    this.initial = initial;
  }

  @Override
  public Resolver get() {
    Resolver r = current.get();
    return r != null ? r : initial.join();
  }

  /**
   * Loads, validates and indexes the geodata again; swaps it in only if it is valid. One at a time.
   */
  public synchronized Outcome reload() {
    long started = System.nanoTime();
    String previous = get().data().manifest().dataVersion();
    Geodata data;
    try {
      data = GeodataLoader.load(files);
    } catch (GeodataException e) {
      LOG.warn("reload refused: {}", e.getMessage());
      return new Outcome(
          false,
          previous,
          previous,
          List.of(new ValidationReport.Problem("load", e.file(), e.feature(), e.detail())),
          millis(started));
    }
    ValidationReport report = GeodataValidator.validate(files, data, true);
    if (!report.ok()) {
      LOG.warn(
          "reload refused: {} problem(s), first: {}",
          report.problems().size(),
          report.problems().get(0));
      return new Outcome(false, previous, previous, report.problems(), millis(started));
    }
    current.set(build.apply(data));
    String version = data.manifest().dataVersion();
    LOG.info(
        "reloaded geodata {} (was {}) from {} in {} ms",
        version,
        previous,
        files.describe(),
        millis(started));
    return new Outcome(true, previous, version, List.of(), millis(started));
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
