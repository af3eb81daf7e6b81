package org.aorresolver.batch.io;

import java.io.IOException;
import java.util.Locale;

/** Input with no line end within many times the row limit: not a file of lines at all. */
public final class NoLineEndException extends IOException {
  private static final long serialVersionUID = 1L;

  NoLineEndException(long bytes) {
    super(
        String.format(
            Locale.ROOT,
            "no line end within %,d bytes: this is not a file of lines (CSV or NDJSON)",
            bytes));
  }
}
