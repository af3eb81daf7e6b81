package org.aorresolver.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.aorresolver.Resolver;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.BatchResolver;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.Summary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/resolve/batch}: a CSV ({@code text/csv}), NDJSON ({@code application/x-ndjson})
 * or Census-style form upload ({@code multipart/form-data}, field {@code addressFile}) answered row
 * by row and streamed back in the same format. The body is first copied to a temporary file while
 * its lines are counted, so that a body over the row limit gets a 413 before any answer is sent.
 * The batch resolver is prepared on the first request for a resolver, then reused. At most {@code
 * maxBatchStreams} batches are answered at once; more get 429 with Retry-After.
 */
final class BatchRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRoutes.class);

  private record Prepared(Resolver source, BatchResolver batch) {}

  private record Body(InputStream in, Format format) {}

  private final Supplier<Resolver> resolver;
  private final long maxRows;
  private final Semaphore streams;
  private final AtomicReference<Prepared> prepared = new AtomicReference<>();

  BatchRoutes(Supplier<Resolver> resolver, ServiceConfig.Limits limits) {
    this.resolver = resolver;
    this.maxRows = limits.batchMaxRows();
    this.streams = new Semaphore(limits.maxBatchStreams());
  }

  void register(JavalinConfig config) {
    config.routes.post("/v1/resolve/batch", this::batch);
  }

  private void batch(Context ctx) throws Exception {
    if (!streams.tryAcquire()) {
      ctx.header("Retry-After", "5");
      Problems.write(
          ctx,
          429,
          null,
          "Too many requests",
          "the service is answering as many batches as it takes at once; retry shortly",
          Map.of());
      return;
    }
    try {
      answerBatch(ctx);
    } finally {
      streams.release();
    }
  }

  private void answerBatch(Context ctx) throws Exception {
    BatchOptions options =
        BatchOptions.defaults()
            .withWhen(BatchOptions.when(ctx.queryParam("edition"), ctx.queryParam("date")));
    Body body = body(ctx);
    if (body == null) {
      Problems.write(
          ctx,
          415,
          null,
          "Unsupported media type",
          "send text/csv, application/x-ndjson, or multipart/form-data with the file in addressFile",
          Map.of());
      return;
    }
    Path spool = Files.createTempFile("aor-batch-", ".tmp");
    try {
      long lines = spool(body.in(), spool);
      answer(ctx, spool, lines, sized(options.withFormat(body.format()), Files.size(spool)));
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private void answer(Context ctx, Path spool, long lines, BatchOptions options)
      throws IOException {
    try (InputStream in = Files.newInputStream(spool)) {
      Batch batch = Batch.open(in, options);
      long rows = lines - (batch.hasHeader() ? 1 : 0);
      if (rows > maxRows) {
        tooLarge(ctx);
        return;
      }
      ctx.status(200).contentType(batch.format().contentType());
      OutputStream out = ctx.outputStream();
      try {
        Summary summary = batch.run(prepared(), out, n -> {});
        LOG.debug("batch: {}", summary);
      } catch (IOException e) {
        LOG.debug("batch stopped while answering: {}", e.toString());
      }
    } catch (BatchInputException e) {
      Problems.write(ctx, 400, null, "Unreadable batch", e.getMessage(), Map.of());
    }
  }

  private void tooLarge(Context ctx) {
    String detail =
        String.format(
            Locale.ROOT,
            "a batch takes at most %,d rows (counted as lines); split the file, or use the batch command",
            maxRows);
    Problems.write(ctx, 413, null, "Content too large", detail, Map.of("maxRows", maxRows));
  }

  /** The body and its format, or null for a content type this route does not take. */
  private static Body body(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    String media = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    switch (media) {
      case "text/csv":
        return new Body(ctx.bodyInputStream(), Format.CSV);
      case "application/x-ndjson":
      case "application/ndjson":
        return new Body(ctx.bodyInputStream(), Format.NDJSON);
      case "multipart/form-data":
        UploadedFile file = ctx.uploadedFile("addressFile");
        return file == null
            ? null
            : new Body(file.content(), Format.ofFileName(file.filename()).orElse(null));
      default:
        return null;
    }
  }

  /**
   * Copies the (decompressed) body to {@code file}; returns its number of lines, counted up to a
   * little past the limit.
   */
  private long spool(InputStream body, Path file) throws IOException {
    long lines = 0;
    int last = '\n';
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Batch.decompressed(body);
        OutputStream out = Files.newOutputStream(file)) {
      for (int n = in.read(buf); n >= 0 && lines <= maxRows + 1; n = in.read(buf)) {
        out.write(buf, 0, n);
        for (int i = 0; i < n; i++) { // lines end at LF, CRLF or CR, as the batch reads them
          lines += buf[i] == '\r' || (buf[i] == '\n' && last != '\r') ? 1 : 0;
          last = buf[i];
        }
      }
    }
    return lines + (last == '\n' || last == '\r' ? 0 : 1);
  }

  /** The batch resolver of the resolver in service, prepared once for it (not by every request). */
  private BatchResolver prepared() {
    Resolver r = resolver.get();
    Prepared p = prepared.get();
    if (p == null || p.source() != r) {
      synchronized (prepared) {
        p = prepared.get();
        if (p == null || p.source() != r) {
          p = new Prepared(r, BatchResolver.of(r));
          prepared.set(p);
        }
      }
    }
    return p.batch();
  }

  /**
   * A small body (most requests) is answered on the request's own thread with buffers its size: a
   * pool of workers and megabyte buffers only pay for themselves on large files.
   */
  private static BatchOptions sized(BatchOptions options, long bytes) {
    if (bytes >= BatchOptions.DEFAULT_CHUNK_BYTES) {
      return options;
    }
    int size = (int) Math.max(4096, bytes + 1);
    return options.withThreads(1).withSizes(size, size);
  }
}
