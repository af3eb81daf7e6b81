package org.aorresolver.http.batch;

import io.javalin.http.Context;
import java.io.IOException;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.columns.ColumnException;
import org.aorresolver.batch.xlsx.WorkbookTooLargeException;
import org.aorresolver.batch.xlsx.XlsxAnswer;
import org.aorresolver.batch.xlsx.XlsxBatch;
import org.aorresolver.batch.xlsx.XlsxInput;
import org.aorresolver.batch.xlsx.XlsxLimits;
import org.aorresolver.http.features.Negotiation;

/**
 * The batch route for an {@code .xlsx} workbook ({@code ?sheet=} names the sheet, else the first):
 * the body, kept on disk, is checked whole before anything is answered ({@link XlsxInput#check}),
 * so a zip bomb, parts too large to keep or a row too long are {@code 413}, a corrupt workbook
 * {@code 400}, too many rows {@code 413}; then the stream reserves the heap of the workbook's kept
 * parts and row on top of a CSV stream's, and the answer goes out as a workbook, or as CSV when
 * {@code Accept} prefers {@code text/csv}.
 */
final class BatchWorkbook {
  /** The parts a workbook keeps in memory may inflate to 8 MiB over HTTP. */
  static final long MAX_HELD_BYTES = 8 << 20;

  /** A sheet may inflate to 4 GiB (it is read as it inflates; this bounds the time). */
  static final long MAX_SHEET_BYTES = 4L << 30;

  static final XlsxLimits LIMITS =
      new XlsxLimits(
          MAX_HELD_BYTES, MAX_SHEET_BYTES, XlsxLimits.DEFAULT_RATIO, BatchRoutes.MAX_ROW_BYTES);

  private BatchWorkbook() {}

  static void answer(
      Context ctx,
      BatchBody body,
      BatchOptions options,
      BatchStreams.Stream stream,
      BatchRoutes routes)
      throws IOException {
    long maxRows = routes.limits().batchMaxRows();
    XlsxInput in;
    try {
      in = XlsxInput.check(body.file(), ctx.queryParam("sheet"), LIMITS, maxRows);
    } catch (WorkbookTooLargeException e) {
      BatchRoutes.tooLarge(ctx, e.getMessage().replace("%", "%%"), "maxHeldBytes", MAX_HELD_BYTES);
      return;
    } catch (BatchInputException e) {
      BatchRoutes.unreadable(ctx, e.getMessage());
      return;
    }
    if (in.rows() > maxRows) {
      routes.tooManyRows(ctx);
      return;
    }
    Format answer = answerFormat(ctx, Format.XLSX);
    BatchOptions sized = BatchRoutes.sized(options.withFormat(Format.XLSX), Long.MAX_VALUE);
    long heap = Batch.heapBound(sized) + BatchRoutes.IO_BYTES + in.heapBound();
    if (answer == Format.XLSX) {
      heap += XlsxAnswer.heapBound(in.rows() + 1, Batch.pieceBound(sized));
    }
    if (!routes.reserve(ctx, stream, heap)) {
      return;
    }
    try (XlsxBatch batch = XlsxBatch.open(in, sized)) {
      ctx.header(BatchRoutes.COLUMNS_HEADER, BatchRoutes.headerValue(batch.batch().mapping()));
      BatchAnswer.send(ctx, batch, answer, routes.prepared(), stream);
    } catch (BatchInputException e) {
      BatchRoutes.unreadable(ctx, e.getMessage());
    } catch (ColumnException e) {
      BatchRoutes.unreadableColumns(ctx, e);
    }
  }

  /**
   * The answer's format for a file read as {@code read}: a workbook for CSV when {@code Accept}
   * prefers one, CSV for a workbook when it prefers CSV; else the file's own.
   */
  static Format answerFormat(Context ctx, Format read) {
    String accept = ctx.header("Accept");
    if (read == Format.XLSX) {
      return Negotiation.prefers(accept, "text/csv", XlsxAnswer.CONTENT_TYPE)
          ? Format.CSV
          : Format.XLSX;
    }
    boolean workbook = Negotiation.prefers(accept, XlsxAnswer.CONTENT_TYPE, "text/csv");
    return read != Format.NDJSON && workbook ? Format.XLSX : read;
  }
}
