package org.aorresolver.http.batch;

import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.Summary;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.xlsx.XlsxBatch;
import org.aorresolver.http.Metrics;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 200 answer of a batch stream (CSV, NDJSON or an {@code .xlsx} workbook): chunked, and ended
 * by trailers giving the rows written and their statuses, so a client can tell it is whole. A
 * failure once it has started cuts the connection: the last chunk and the trailers never come,
 * which every HTTP client reports as an error, and nothing is appended to the rows. Each cut is
 * counted ({@link Metrics#cut}) and logged in one line naming the request and the cause.
 */
final class BatchAnswer {
  private static final Logger LOG = LoggerFactory.getLogger(BatchAnswer.class);

  static final String ROWS_TRAILER = "AOR-Batch-Rows";
  static final String SUMMARY_TRAILER = "AOR-Batch-Summary";

  private BatchAnswer() {}

  static void send(
      Context ctx,
      XlsxBatch batch,
      Format answer,
      BatchResolver resolver,
      BatchStreams.Stream stream) {
    AtomicReference<Summary> done = new AtomicReference<>();
    ctx.status(200).contentType(answer.contentType());
    if (answer == Format.XLSX) {
      ctx.header("Content-Disposition", "attachment; filename=\"batch.xlsx\"");
    }
    ctx.header("Trailer", ROWS_TRAILER + ", " + SUMMARY_TRAILER);
    ctx.res().setTrailerFields(() -> trailers(done.get()));
    Guarded out = new Guarded(ctx.outputStream());
    try {
      done.set(batch.run(resolver, out, answer, stream::rows));
      LOG.debug("batch {}: {}", stream.request, done.get());
    } catch (Throwable failure) { // anything, out of memory too: the answer must not look whole
      cutConnection(ctx, failure);
      cut(ctx, stream, out.failed, failure);
    }
  }

  /**
   * Closes the connection {@code ctx} is answered on, at once: the client sees a broken transfer,
   * never a clean end of what it got, and nothing more is written to it.
   */
  static void cutConnection(Context ctx, Throwable cause) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    EndPoint endPoint = request == null ? null : request.getServletChannel().getEndPoint();
    if (endPoint != null) {
      endPoint.close(cause);
    }
  }

  private static void cut(Context ctx, BatchStreams.Stream stream, boolean writing, Throwable t) {
    if (stream.cutBy() != null) {
      Metrics.cut(ctx, 503); // logged when the grace ran out
    } else if (writing) {
      Metrics.cut(ctx, 499);
      LOG.debug(
          "batch {} stopped after {} rows: the client went away ({})",
          stream.request,
          stream.rows(),
          t.toString());
    } else {
      Metrics.cut(ctx, 500);
      LOG.error(
          "batch {} cut after {} rows: {}",
          stream.request,
          stream.rows(),
          t.toString(),
          t instanceof VirtualMachineError ? null : t);
    }
  }

  private static Map<String, String> trailers(Summary summary) {
    if (summary == null) {
      return null;
    }
    Map<String, String> t = new LinkedHashMap<>();
    t.put(ROWS_TRAILER, Long.toString(summary.rows()));
    t.put(
        SUMMARY_TRAILER,
        String.format(
            Locale.ROOT,
            "match=%d, ambiguous=%d, no_match=%d, error=%d",
            summary.match(),
            summary.ambiguous(),
            summary.noMatch(),
            summary.error()));
    return t;
  }

  /** The answer's stream, remembering whether writing to the client failed. */
  private static final class Guarded extends FilterOutputStream {
    volatile boolean failed;

    Guarded(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }
}
