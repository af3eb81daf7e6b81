package org.aorresolver.batch;

/** Input that cannot be read as a batch at all (no usable header, say); no row was answered. */
public class BatchInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BatchInputException(String message) {
    super(message);
  }
}
