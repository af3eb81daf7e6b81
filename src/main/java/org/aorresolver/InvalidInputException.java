package org.aorresolver;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Query values that cannot be used. Each error names the field, the value given and what would be
 * accepted; a parser reports every bad field at once.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * One bad field: its name, the value given (null when missing) and the accepted form. Several
   * fields named together, comma-separated and without a value, are fields that conflict.
   */
  public record FieldError(String field, String value, String expected) {
    @Override
    public String toString() {
      return describe(UnaryOperator.identity());
    }

    /** The sentence, each field named as {@code nameOf} says (a command line's option). */
    public String describe(UnaryOperator<String> nameOf) {
      List<String> fields = Arrays.stream(field.split(",")).map(nameOf).toList();
      if (value == null && fields.size() > 1) {
        return listed(fields) + ": given together; expected " + expected;
      }
      String name = String.join(",", fields);
      return value == null
          ? name + ": missing; expected " + expected
          : name + ": " + shown(value) + " is not " + expected;
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

  /** "a", "a and b", "a, b and c". */
  private static String listed(List<String> names) {
    int last = names.size() - 1;
    return String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  private static String shown(String value) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return "'" + shown + "'";
  }
}
