package org.aorresolver.batch.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A part of a workbook as it inflates, counted: past {@code max} bytes, or past {@code ratio} times
 * its stored size once over {@link XlsxLimits#RATIO_GRACE}, reading fails and {@link #exceeded}
 * says why. The stored size is the directory's, but never more than the file's, so a directory that
 * lies about it gains nothing.
 */
final class Inflation extends FilterInputStream {
  private final String part;
  private final long stored;
  private final long max;
  private final int ratio;
  private long count;
  private String limitName;
  private WorkbookTooLargeException exceeded;

  private Inflation(InputStream in, String part, long stored, long max, int ratio) {
    super(in);
    this.part = part;
    this.stored = stored;
    this.max = max;
    this.ratio = ratio;
  }

  static Inflation of(ZipFile zip, ZipArchiveEntry e, long fileBytes, long max, int ratio)
      throws IOException {
    long stored = Math.max(1, Math.min(fileBytes, Math.max(0, e.getCompressedSize())));
    return new Inflation(zip.getInputStream(e), e.getName(), stored, max, ratio);
  }

  /** How the message names the limit of {@code max} bytes, when it is not the part's own. */
  void limitNamed(String name) {
    limitName = name;
  }

  /** Bytes inflated so far. */
  long count() {
    return count;
  }

  /** Why reading stopped at a limit, or null. */
  WorkbookTooLargeException exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    counted(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    counted(Math.max(0, n));
    return n;
  }

  /** Reads the rest, counting; the bytes inflated. */
  long drain() throws IOException {
    byte[] buf = new byte[1 << 16];
    while (read(buf, 0, buf.length) >= 0) {
      // counted
    }
    return count;
  }

  private void counted(int n) throws IOException {
    count += n;
    if (count > max) {
      fail(
          limitName != null
              ? "inflates too far: " + limitName
              : String.format(Locale.ROOT, "inflates past %,d bytes, the limit", max));
    }
    if (count > XlsxLimits.RATIO_GRACE && count > (double) ratio * stored) {
      fail(
          String.format(
              Locale.ROOT,
              "inflates to more than %d times its %,d stored bytes (a zip bomb?)",
              ratio,
              stored));
    }
  }

  private void fail(String why) throws IOException {
    exceeded = new WorkbookTooLargeException("the workbook's part " + part + " " + why);
    throw new IOException(exceeded.getMessage());
  }
}
