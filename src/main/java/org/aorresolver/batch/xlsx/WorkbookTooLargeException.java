package org.aorresolver.batch.xlsx;

import org.aorresolver.batch.BatchInputException;

/**
 * A workbook beyond an {@link XlsxLimits} limit: a part that inflates too far (a zip bomb), shared
 * strings too large to keep, a row too long. Over HTTP a {@code 413}, not a {@code 400}: the file
 * may be fine, only too large to be read here.
 */
public final class WorkbookTooLargeException extends BatchInputException {
  private static final long serialVersionUID = 1L;

  public WorkbookTooLargeException(String message) {
    super(message);
  }
}
