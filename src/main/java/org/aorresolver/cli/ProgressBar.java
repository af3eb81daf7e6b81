package org.aorresolver.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Rows done, rows per second and, for a file, the share read and the time left, redrawn on one line
 * of standard error a few times a second, when that is a terminal; silent otherwise.
 */
final class ProgressBar implements LongConsumer {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long size;
  private final AtomicLong read = new AtomicLong();
  private final long started = System.nanoTime();
  private long shown;
  private boolean drawn;

  private ProgressBar(PrintWriter err, boolean enabled, long size) {
    this.err = err;
    this.enabled = enabled;
    this.size = size;
  }

  /** A bar when standard error is a terminal; {@code file} (or null) gives the share done. */
  static ProgressBar forTerminal(PrintWriter err, Path file) {
    long size = -1;
    try {
      size = file == null ? -1 : Files.size(file);
    } catch (IOException e) {
      // no share then
    }
    return new ProgressBar(err, System.console() != null, size);
  }

  /** The input, counting the bytes read from it. */
  InputStream counting(InputStream in) {
    if (!enabled) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read.addAndGet(Math.max(0, n));
        return n;
      }
    };
  }

  @Override
  public void accept(long rows) {
    long now = System.nanoTime();
    if (!enabled || now - shown < EVERY_NANOS) {
      return;
    }
    shown = now;
    double seconds = (now - started) / 1e9;
    String line =
        String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rows, rows / Math.max(1e-9, seconds));
    if (size > 0) {
      double share = Math.min(1, read.get() / (double) size);
      long left = share > 0 ? Math.round(seconds * (1 - share) / share) : 0;
      line +=
          String.format(Locale.ROOT, "  %3.0f%%  ETA %d:%02d", share * 100, left / 60, left % 60);
    }
    err.print("\r" + line + "   ");
    err.flush();
    drawn = true;
  }

  /** Clears the bar. */
  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}
