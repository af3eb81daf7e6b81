package org.aorresolver;

import java.util.Locale;

/** Whether a place has one responsible office, several possible ones, or none. */
public enum Status {
  MATCH,
  AMBIGUOUS,
  NO_MATCH;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
