package org.aorresolver.http.batch;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import org.aorresolver.Resolver;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.xlsx.XlsxAnswer;
import org.aorresolver.batch.xlsx.XlsxBatch;
import org.aorresolver.http.Metrics;
import org.aorresolver.http.ServiceConfig;
import org.aorresolver.http.problem.Problems;

/**
 * {@code POST /v1/resolve/batch}: a CSV ({@code text/csv}), NDJSON ({@code application/x-ndjson}),
 * {@code .xlsx} workbook ({@link BatchWorkbook}) or Census-style form upload ({@code
 * multipart/form-data}, field {@code addressFile}) answered row by row and streamed back in the
 * same format, or as CSV and {@code .xlsx} either way round when {@code Accept} prefers it.
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

  /** The answer's header saying which column was read as what (see {@link Batch#mapping}). */
  static final String COLUMNS_HEADER = "AOR-Batch-Columns";

  private static final int MAX_HEADER = 2000;

  /** Worker threads of one stream: more streams, not more threads per stream, use more cores. */
  private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  /** The web server's and gzip's buffers for one answer. */
  static final long IO_BYTES = 256 << 10;

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
    BatchOptions options = options(ctx);
    try (BatchBody body = BatchBody.of(ctx)) {
      if (body == null) {
        Problems.write(
            ctx,
            415,
            null,
            "Unsupported media type",
            "send text/csv, application/x-ndjson, an .xlsx workbook ("
                + XlsxAnswer.CONTENT_TYPE
                + "), or multipart/form-data with the file in addressFile",
            Map.of());
        return;
      }
      if (body.format() == Format.XLSX) {
        BatchWorkbook.answer(ctx, body, options, stream, this);
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
      Format answer = BatchWorkbook.answerFormat(ctx, body.format());
      long heap = Batch.heapBound(sized) + IO_BYTES;
      if (answer == Format.XLSX) {
        heap += XlsxAnswer.heapBound(size.lines(), Batch.pieceBound(sized));
      }
      if (!reserve(ctx, stream, heap)) {
        return;
      }
      try (InputStream in = body.open()) {
        answer(ctx, XlsxBatch.open(in, sized), answer, size.lines(), stream);
      } catch (BatchInputException e) {
        unreadable(ctx, e.getMessage());
      } catch (ColumnException e) {
        unreadableColumns(ctx, e);
      }
    }
  }

  private void answer(
      Context ctx, XlsxBatch batch, Format answer, long lines, BatchStreams.Stream stream) {
    Format read = batch.batch().format();
    if (lines - (batch.batch().hasHeader() ? 1 : 0) > limits.batchMaxRows()) {
      tooManyRows(ctx);
      return;
    }
    ctx.header(COLUMNS_HEADER, headerValue(batch.batch().mapping()));
    BatchAnswer.send(
        ctx, batch, XlsxBatch.answers(read, answer) ? answer : read, prepared(), stream);
  }

  /**
   * Holds {@code heap} bytes of the budget for {@code stream}; false, with {@code 413} (more than
   * the whole budget) or {@code 429} (not now) written, when it cannot.
   */
  boolean reserve(Context ctx, BatchStreams.Stream stream, long heap) {
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
      return false;
    }
    if (!stream.resize(heap)) {
      busy(ctx);
      return false;
    }
    return true;
  }

  ServiceConfig.Limits limits() {
    return limits;
  }

  /**
   * The options of a request, as query parameters (or, in a form upload, form fields) named as the
   * {@code batch} command's options are: {@code edition}, {@code date}, {@code lat-column} ...
   * {@code date-column}, {@code date-format}, {@code delimiter}.
   */
  private static BatchOptions options(Context ctx) {
    Map<Role, String> chosen = new EnumMap<>(Role.class);
    for (Role r : Role.CHOOSABLE) {
      chosen.put(r, param(ctx, r.option()));
    }
    return BatchOptions.defaults()
        .withColumns(new ColumnOptions(chosen, param(ctx, "date-format"), false))
        .withDefaults(param(ctx, "edition"), param(ctx, "date"))
        .withDelimiter(BatchOptions.delimiter(param(ctx, "delimiter")));
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    boolean form = String.valueOf(ctx.contentType()).startsWith("multipart/form-data");
    return v == null && form ? ctx.formParam(name) : v;
  }

  /**
   * A header value in printable ASCII: other characters percent-encoded as UTF-8, and {@code %};
   * cut at {@value #MAX_HEADER} characters (a header of a thousand date-like columns) with {@code
   * ...}.
   */
  static String headerValue(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      if (out.length() >= MAX_HEADER) {
        return out.append("...").toString();
      }
      if (b >= 0x20 && b < 0x7F && b != '%') {
        out.append((char) b);
      } else {
        out.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  static void unreadableColumns(Context ctx, ColumnException e) {
    Problems.field(ctx, 400, "Unreadable batch columns", e.getMessage(), e.error());
  }

  static void unreadable(Context ctx, String detail) {
    Problems.write(ctx, 400, null, "Unreadable batch", detail, Map.of());
  }

  private static void busy(Context ctx) {
    ctx.header("Retry-After", "5");
    Problems.write(
        ctx,
        429,
        null,
        "Too many requests",
        "the service is answering as many batches as its memory allows; retry shortly",
        Map.of());
  }

  void tooManyRows(Context ctx) {
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

  static void tooLarge(Context ctx, String detail, String limit, long value) {
    Problems.write(
        ctx,
        413,
        null,
        "Content too large",
        String.format(Locale.ROOT, detail, value),
        Map.of(limit, value));
  }

  /** The batch resolver of the resolver in service, prepared once for it (not by every request). */
  BatchResolver prepared() {
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
  static BatchOptions sized(BatchOptions options, long bytes) {
    if (bytes >= CHUNK_BYTES) {
      return options.withThreads(THREADS).withSizes(CHUNK_BYTES, MAX_ROW_BYTES);
    }
    int size = (int) Math.max(4096, bytes + 1);
    return options.withThreads(1).withSizes(size, size);
  }
}
