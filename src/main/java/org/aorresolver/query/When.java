package org.aorresolver.query;

import java.time.LocalDate;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.InvalidInputException;

/**
 * Which office structure a query asks about: an edition named outright, the editions in force on a
 * date, or (neither given) the current edition.
 */
public record When(Edition edition, LocalDate date) {

  public When {
    if (edition != null && date != null) {
      throw new InvalidInputException(
          "edition", edition.id(), "given together with date: use one of edition or date");
    }
  }

  public static When current() {
    return new When(null, null);
  }

  public static When of(Edition edition) {
    return new When(edition, null);
  }

  public static When on(LocalDate date) {
    return new When(null, date);
  }

  /** One edition, or both for a date inside the undated transition to 25 offices. */
  public Editions inForce() {
    if (edition != null) {
      return Editions.of(edition);
    }
    return date == null ? Editions.of(Edition.CURRENT) : Editions.on(date);
  }
}
