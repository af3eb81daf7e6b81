package org.aorresolver;

/** A query value that cannot be used, naming the field, the value and what would be accepted. */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String expected;

  public InvalidInputException(String field, String value, String expected) {
    super(field + ": " + describe(value) + " is not " + expected);
    this.field = field;
    this.value = value;
    this.expected = expected;
  }

  private static String describe(String value) {
    if (value == null) {
      return "missing value";
    }
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return "'" + shown + "'";
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  public String expected() {
    return expected;
  }
}
