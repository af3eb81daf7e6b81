package org.aorresolver.batch;

import java.util.Locale;

/** How a batch went: rows by status and time taken. */
public record Summary(long match, long ambiguous, long noMatch, long error, long nanos) {

  static Summary of(long[] counts, long nanos) {
    return new Summary(counts[0], counts[1], counts[2], counts[3], nanos);
  }

  public long rows() {
    return match + ambiguous + noMatch + error;
  }

  public double rowsPerSecond() {
    return nanos == 0 ? 0 : rows() * 1e9 / nanos;
  }

  /** "1,000,000 rows in 2.1 s (476,190 rows/s): Match 990,000, Ambiguous 0, ...". */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d rows in %.1f s (%,.0f rows/s): Match %,d, Ambiguous %,d, No_Match %,d, Error %,d",
        rows(),
        nanos / 1e9,
        rowsPerSecond(),
        match,
        ambiguous,
        noMatch,
        error);
  }
}
