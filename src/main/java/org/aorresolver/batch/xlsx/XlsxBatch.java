package org.aorresolver.batch.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.aorresolver.batch.Batch;
import org.aorresolver.batch.BatchInputException;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.Format;
import org.aorresolver.batch.Summary;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.answer.Outcome;

/**
 * A batch with a workbook at either end: a checked {@link XlsxInput} read as CSV through the same
 * {@link Batch} as any CSV file (the same columns, rules and answers), and the answer written as
 * CSV or as a workbook ({@link XlsxAnswer}). What the command and the HTTP route share.
 *
 * @param batch the batch, open on the input
 * @param input the workbook's sheet as CSV (to close), or null when the input is no workbook
 * @param sheet the sheet's name, or null
 */
public record XlsxBatch(Batch batch, InputStream input, String sheet) implements AutoCloseable {
  /** The Census layout's columns, as the header of a workbook answer to a file without one. */
  private static final List<String> CENSUS = List.of("id", "street", "city", "state", "zip");

  /** Opens the batch on the checked workbook {@code in}. */
  public static XlsxBatch open(XlsxInput in, BatchOptions options)
      throws IOException, BatchInputException {
    InputStream csv = in.open(options.maxRowBytes());
    try {
      return new XlsxBatch(Batch.open(csv, options.withFormat(Format.XLSX)), csv, in.sheet());
    } catch (IOException | BatchInputException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  /** Opens the batch on a CSV or NDJSON stream. */
  public static XlsxBatch open(InputStream in, BatchOptions options)
      throws IOException, BatchInputException {
    return new XlsxBatch(Batch.open(in, options), null, null);
  }

  /**
   * Answers every row into {@code out}, as a workbook when {@code format} is {@link Format#XLSX}
   * (for CSV input only: {@link #answers}), else in the input's format.
   */
  public Summary run(BatchResolver resolver, OutputStream out, Format format, LongConsumer progress)
      throws IOException {
    if (format != Format.XLSX) {
      return batch.run(resolver, out, progress);
    }
    List<String> header = null;
    if (!batch.hasHeader()) {
      header = new ArrayList<>(CENSUS);
      header.addAll(Outcome.COLUMNS);
    }
    XlsxAnswer workbook = XlsxAnswer.to(out, sheet, header);
    Summary s = batch.run(resolver, workbook, progress);
    workbook.finish();
    return s;
  }

  /** Whether the answer can be given as {@code answer} for input read as {@code input}. */
  public static boolean answers(Format input, Format answer) {
    return input == answer || input != Format.NDJSON && answer != Format.NDJSON;
  }

  @Override
  public void close() throws IOException {
    if (input != null) {
      input.close();
    }
  }
}
