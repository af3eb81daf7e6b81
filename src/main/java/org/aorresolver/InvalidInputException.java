package org.aorresolver;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Query values that cannot be used. Each error names the field, the value given and what would be
 * accepted; a parser reports every bad field at once.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** One bad field: its name, the value given (null when missing) and the accepted form. */
  public record FieldError(String field, String value, String expected) {
    @Override
    public String toString() {
      return value == null
          ? field + ": missing; expected " + expected
          : field + ": " + describe(value) + " is not " + expected;
    }
  }

  private final transient List<FieldError> errors;

  public InvalidInputException(String field, String value, String expected) {
    this(List.of(new FieldError(field, value, expected)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(String value) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return "'" + shown + "'";
  }
}
