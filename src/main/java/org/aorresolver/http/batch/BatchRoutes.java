package org.aorresolver.http.batch;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.BatchResolver;
import org.aorresolver.http.Metrics;
import org.aorresolver.http.ServiceConfig;
import org.aorresolver.http.problem.Problems;

/**
 * {@code POST /v1/resolve/batch}: a CSV ({@code text/csv}), NDJSON ({@code application/x-ndjson})
 * or Census-style form upload ({@code multipart/form-data}, field {@code addressFile}) answered row
 * by row and streamed back in the same format.
 *
 * <p>A stream is admitted by {@link BatchStreams} for the heap its run can hold, or refused 429
 * with Retry-After. Its body is read whole and measured ({@link BatchBody}) before anything is
 * answered, so a body over a limit gets its 413 first; then {@link BatchAnswer} streams the answer.
 * The batch resolver is prepared on the first request for a resolver, then reused.
 */
public final class BatchRoutes {
  /** Input taken per worker at a time, and the longest row; these set the heap of one stream. */
  public static final int CHUNK_BYTES = 128 << 10;

  static final int MAX_ROW_BYTES = 256 << 10;

  /** Worker threads of one stream: more streams, not more threads per stream, use more cores. */
  private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  /** The web server's and gzip's buffers for one answer. */
  private static final long IO_BYTES = 256 << 10;

  private record Prepared(Resolver source, BatchResolver batch) {}

  private final Supplier<Resolver> resolver;
  private final ServiceConfig.Limits limits;
  private final BatchStreams streams;
  private final AtomicReference<Prepared> prepared = new AtomicReference<>();

  public BatchRoutes(
      Supplier<Resolver> resolver, ServiceConfig.Limits limits, BatchStreams streams) {
    this.resolver = resolver;
    this.limits = limits;
    this.streams = streams;
  }

  public void register(JavalinConfig config) {
    config.routes.post("/v1/resolve/batch", this::batch);
  }

  /** The most heap a stream over a file of {@code bytes} (gzip undone) holds; -1: not known. */
  public static long heapBound(long bytes) {
    return Batch.heapBound(sized(BatchOptions.defaults(), bytes < 0 ? Long.MAX_VALUE : bytes))
        + IO_BYTES;
  }

  private void batch(Context ctx) throws Exception {
    if ("HTTP/1.0".equals(ctx.protocol())) {
      Problems.write(
          ctx,
          505,
          null,
          "HTTP version not supported",
          "batch answers are sent in chunks so that a cut answer is seen as one; use HTTP/1.1",
          Map.of());
      return;
    }
    String request = ctx.method() + " " + ctx.path() + " from " + ctx.ip();
    long expected = heapBound(ctx.req().getContentLengthLong());
    BatchStreams.Stream stream = streams.admit(request, Math.min(expected, streams.budget()));
    if (stream == null) {
      busy(ctx);
      return;
    }
    try (stream) {
      stream.cutter(() -> BatchAnswer.cutConnection(ctx, stream.cutBy()));
      answerBatch(ctx, stream);
    } catch (Exception e) {
      if (stream.cutBy() == null) {
        throw e;
      }
      Metrics.cut(ctx, 503); // cut at shutdown while its body came in; logged then
    }
  }

  private void answerBatch(Context ctx, BatchStreams.Stream stream) throws Exception {
    BatchOptions options =
        BatchOptions.defaults()
            .withWhen(BatchOptions.when(ctx.queryParam("edition"), ctx.queryParam("date")));
    try (BatchBody body = BatchBody.of(ctx)) {
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
      BatchBody.Size size;
      try {
        size = body.measure(limits.maxBodyBytes(), limits.batchMaxRows() + 1);
      } catch (ZipException e) {
        unreadable(ctx, "the gzip body is corrupt: " + e.getMessage());
        return;
      }
      if (size.bytes() > limits.maxBodyBytes()) {
        inflatedTooLarge(ctx);
        return;
      }
      BatchOptions sized = sized(options.withFormat(body.format()), size.bytes());
      long heap = Batch.heapBound(sized) + IO_BYTES;
      if (heap > streams.budget()) {
        tooLarge(
            ctx,
            String.format(
                Locale.ROOT,
                "a file this large needs %%,d bytes of heap and this service gives batches %,d;"
                    + " split it, or give the service more heap (--batch-memory)",
                streams.budget()),
            "heapBytes",
            heap);
        return;
      }
      if (!stream.resize(heap)) {
        busy(ctx);
        return;
      }
      try (InputStream in = body.open()) {
        answer(ctx, Batch.open(in, sized), size.lines(), stream);
      } catch (BatchInputException e) {
        unreadable(ctx, e.getMessage());
      }
    }
  }

  private void answer(Context ctx, Batch batch, long lines, BatchStreams.Stream stream) {
    if (lines - (batch.hasHeader() ? 1 : 0) > limits.batchMaxRows()) {
      tooManyRows(ctx);
      return;
    }
    BatchAnswer.send(ctx, batch, prepared(), stream);
  }

  private static void unreadable(Context ctx, String detail) {
    Problems.write(ctx, 400, null, "Unreadable batch", detail, Map.of());
  }

  private void busy(Context ctx) {
    ctx.header("Retry-After", "5");
    Problems.write(
        ctx,
        429,
        null,
        "Too many requests",
        "the service is answering as many batches as its memory allows; retry shortly",
        Map.of());
  }

  private void tooManyRows(Context ctx) {
    tooLarge(
        ctx,
        "a batch takes at most %,d rows (counted as lines); split the file, or use the batch command",
        "maxRows",
        limits.batchMaxRows());
  }

  private void inflatedTooLarge(Context ctx) {
    tooLarge(
        ctx,
        "the file is larger than %,d bytes once gzip is undone; split it, or use the batch command",
        "maxBytes",
        limits.maxBodyBytes());
  }

  private static void tooLarge(Context ctx, String detail, String limit, long value) {
    Problems.write(
        ctx,
        413,
        null,
        "Content too large",
        String.format(Locale.ROOT, detail, value),
        Map.of(limit, value));
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
   * A small file (most requests) is answered on the request's own thread with buffers its size: a
   * pool of workers and big buffers only pay for themselves on large files.
   */
  private static BatchOptions sized(BatchOptions options, long bytes) {
    if (bytes >= CHUNK_BYTES) {
      return options.withThreads(THREADS).withSizes(CHUNK_BYTES, MAX_ROW_BYTES);
    }
    int size = (int) Math.max(4096, bytes + 1);
    return options.withThreads(1).withSizes(size, size);
  }
}
