package org.aorresolver;

/**
 * Seeds of randomized tests: fixed, so that a failure repeats on every machine, and named in every
 * failure message. {@code -Dseed=N} changes the seed of every randomized test, a test's own
 * property (such as {@code -DgridIndexTest.seed=N}) that of one test.
 */
public final class Seeds {
  private Seeds() {}

  /** The seed of the test that reads {@code property}, {@code fixed} unless overridden. */
  public static long of(String property, long fixed) {
    return Long.getLong(property, Long.getLong("seed", fixed));
  }
}
