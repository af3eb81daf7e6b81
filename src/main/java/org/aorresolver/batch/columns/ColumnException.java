package org.aorresolver.batch.columns;

import org.aorresolver.InvalidInputException;

/**
 * A header that cannot be mapped without a guess, or an option that names no column of it: the
 * batch is refused before any row (exit code 2 in the command, 400 over HTTP), with the option to
 * set and the header as found.
 */
public final class ColumnException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient InvalidInputException.FieldError error;

  ColumnException(String message, String option, String value, String expected) {
    super(message);
    this.error = new InvalidInputException.FieldError(option, value, expected);
  }

  /** The option (parameter) to set, the value at fault and what would be accepted. */
  public InvalidInputException.FieldError error() {
    return error;
  }
}
