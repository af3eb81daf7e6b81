package org.aorresolver.http.batch;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.Format;

/**
 * The file of a batch request, read whole before any answer so that a client never has to send and
 * read at once: the bytes as sent are kept on disk (a spooled copy of a {@code text/csv} or NDJSON
 * body, or the part of a form upload the web server already keeps, both deleted before the answer
 * ends), so the disk holds no more than the body size limit allows. Lines are then counted through
 * gzip, undone on the fly and never written out; counting stops past {@code maxBytes} of file (a
 * gzip bomb) or past the row limit.
 */
final class BatchBody implements AutoCloseable {
  /** How the file reads once gzip is undone. */
  record Size(long bytes, long lines) {}

  private interface Source {
    InputStream open() throws IOException;
  }

  private interface Cleanup {
    void run() throws IOException;
  }

  private final Source source;
  private final Cleanup cleanup;
  private final Format format;

  private BatchBody(Source source, Cleanup cleanup, Format format) {
    this.source = source;
    this.cleanup = cleanup;
    this.format = format;
  }

  /** The body of {@code ctx}, or null for a content type the batch route does not take. */
  static BatchBody of(Context ctx) throws IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    String media = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    switch (media) {
      case "text/csv":
        return spooled(ctx, Format.CSV);
      case "application/x-ndjson":
      case "application/ndjson":
        return spooled(ctx, Format.NDJSON);
      case "multipart/form-data":
        UploadedFile file = ctx.uploadedFile("addressFile");
        return file == null
            ? null
            : new BatchBody(
                file::content,
                () -> deleteParts(ctx),
                Format.ofFileName(file.filename()).orElse(null));
      default:
        return null;
    }
  }

  private static BatchBody spooled(Context ctx, Format format) throws IOException {
    Path spool = Files.createTempFile("aor-batch-", ".body");
    try (InputStream in = ctx.bodyInputStream()) {
      Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(spool);
      throw e;
    }
    return new BatchBody(
        () -> Files.newInputStream(spool), () -> Files.deleteIfExists(spool), format);
  }

  /** Deletes the files the web server keeps the parts of a form upload in, before answering. */
  private static void deleteParts(Context ctx) throws IOException {
    try {
      for (Part part : ctx.req().getParts()) {
        part.delete();
      }
    } catch (ServletException e) {
      throw new IOException(e);
    }
  }

  /** The format the request named; null to tell from the data. */
  Format format() {
    return format;
  }

  /** The file, gzip undone. */
  InputStream open() throws IOException {
    return Batch.decompressed(source.open());
  }

  /**
   * The file's size and lines once gzip is undone (a line ends at LF, CRLF or a lone CR), counted
   * only up to a little past {@code maxBytes} and {@code maxLines}.
   */
  Size measure(long maxBytes, long maxLines) throws IOException {
    long bytes = 0;
    long lines = 0;
    byte last = '\n';
    byte[] buf = new byte[1 << 16];
    try (InputStream in = open()) {
      for (int n = in.read(buf);
          n >= 0 && bytes <= maxBytes && lines <= maxLines;
          n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          byte c = buf[i];
          lines += c == '\n' && last != '\r' || c == '\r' ? 1 : 0;
          last = c;
        }
        bytes += n;
      }
    }
    return new Size(bytes, lines + (last == '\n' || last == '\r' ? 0 : 1));
  }

  @Override
  public void close() throws IOException {
    cleanup.run();
  }
}
