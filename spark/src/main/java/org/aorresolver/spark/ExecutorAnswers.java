package org.aorresolver.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.aorresolver.Resolver;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.answer.RowAnswers;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataLoader;

/**
 * The answers of this JVM (an executor, or the driver in local mode): each geodata folder is loaded
 * once, on first use, and shared by every task and function that names it; the {@link RowAnswers}
 * of each settings and shape are made once from it. Unusable geodata fails the task that first
 * needs it, with the file and feature named (as it stops the batch command).
 */
final class ExecutorAnswers {
  /** The answers' shapes: an office code, or the row of {@link AnswerRow#SCHEMA}. */
  enum Shape {
    OFFICE(o -> o.officeCode().isEmpty() ? null : o.officeCode()),
    ROW(AnswerRow::of);

    private final Function<Outcome, Object> make;

    Shape(Function<Outcome, Object> make) {
      this.make = make;
    }
  }

  private record Key(Settings settings, Shape shape) {}

  private static final Map<String, BatchResolver> RESOLVERS = new ConcurrentHashMap<>();
  private static final Map<Key, RowAnswers<?>> ANSWERS = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private ExecutorAnswers() {}

  @SuppressWarnings("unchecked")
  static <T> RowAnswers<T> of(Settings settings, Shape shape) {
    return (RowAnswers<T>)
        ANSWERS.computeIfAbsent(
            new Key(settings, shape),
            k -> RowAnswers.of(resolver(settings), settings.when(), settings.dates(), shape.make));
  }

  /** How many times geodata was loaded in this JVM. */
  static int loads() {
    return LOADS.get();
  }

  private static BatchResolver resolver(Settings settings) {
    String where = settings.geodata() == null ? "" : settings.geodata();
    return RESOLVERS.computeIfAbsent(where, w -> load(settings));
  }

  private static BatchResolver load(Settings settings) {
    try {
      LOADS.incrementAndGet();
      return BatchResolver.of(Resolver.build(GeodataLoader.load(settings.files())));
    } catch (GeodataException e) {
      throw new IllegalStateException("unusable geodata: " + e.getMessage(), e);
    }
  }
}
