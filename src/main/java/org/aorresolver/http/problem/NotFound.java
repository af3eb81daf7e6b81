package org.aorresolver.http.problem;

/** A path parameter that names nothing: answered 404 with the parameter and the accepted form. */
public final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public final String parameter;
  public final String value;
  public final String expected;

  public NotFound(String parameter, String value, String expected) {
    super(parameter + " '" + value + "' names nothing here; expected " + expected);
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}
