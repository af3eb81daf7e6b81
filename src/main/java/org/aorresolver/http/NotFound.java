package org.aorresolver.http;

/** A path parameter that names nothing: answered 404 with the parameter and the accepted form. */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String parameter;
  final String value;
  final String expected;

  NotFound(String parameter, String value, String expected) {
    super(parameter + " '" + value + "' names nothing here; expected " + expected);
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}
