package org.aorresolver.spark;

import java.io.Serializable;
import org.aorresolver.batch.answer.RowAnswers;

/**
 * What every function holds: its settings, which travel to the executors, and there the answers of
 * the JVM ({@link ExecutorAnswers}), looked up on a task's first row.
 */
abstract class Answering<T> implements Serializable {
  private final Settings settings;
  private final ExecutorAnswers.Shape shape;
  private transient RowAnswers<T> answers;

  Answering(Settings settings, ExecutorAnswers.Shape shape) {
    this.settings = settings;
    this.shape = shape;
  }

  final RowAnswers<T> answers() {
    RowAnswers<T> a = answers;
    if (a == null) {
      a = ExecutorAnswers.of(settings, shape);
      answers = a;
    }
    return a;
  }

  /**
   * The fast path's answer for DOUBLE coordinates with a date it can read (a DATE, a date string,
   * none); null for any other values, or when only the row's text can tell.
   */
  final T point(Object lat, Object lon, Object date) {
    if (lat instanceof Double y && lon instanceof Double x) {
      int day = Values.day(date);
      return day == Values.UNREADABLE ? null : answers().point(y, x, day);
    }
    return null;
  }
}
