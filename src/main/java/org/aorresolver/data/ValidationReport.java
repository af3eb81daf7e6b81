package org.aorresolver.data;

import java.util.List;

/**
 * Every problem found in a geodata folder, and notes on what is so by design (unassigned areas).
 *
 * @param problems each a check name, the file, the feature or row, and what is wrong
 * @param notes facts worth stating that are not problems
 */
public record ValidationReport(List<Problem> problems, List<String> notes) {

  public ValidationReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * One problem. {@code check} is a stable name such as {@code overlap} or {@code missing-county}.
   */
  public record Problem(String check, String file, String feature, String message) {
    @Override
    public String toString() {
      return check + ": " + file + (feature == null ? "" : ": " + feature) + ": " + message;
    }
  }
}
