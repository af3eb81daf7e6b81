package org.aorresolver;

import java.time.LocalDate;

/**
 * An office structure. {@link #E2020} has 24 field offices (until FY2020); {@link #E2021} has 25,
 * with Harlingen split off San Antonio and Houston. The day of the change is not published: it lies
 * after {@link #LAST_DAY_2020} (an ICE release still has San Antonio running south Texas) and no
 * later than {@link #FIRST_DAY_2021} (ICE FY2021 statistics already show Harlingen).
 */
public enum Edition {
  E2020("2020", 24),
  E2021("2021", 25);

  public static final Edition CURRENT = E2021;
  public static final LocalDate LAST_DAY_2020 = LocalDate.of(2020, 10, 29);
  public static final LocalDate FIRST_DAY_2021 = LocalDate.of(2021, 9, 27);

  private final String id;
  private final int officeCount;

  Edition(String id, int officeCount) {
    this.id = id;
    this.officeCount = officeCount;
  }

  public String id() {
    return id;
  }

  public int officeCount() {
    return officeCount;
  }

  /** Parses "2020" or "2021". */
  public static Edition parse(String field, String text) {
    for (Edition e : values()) {
      if (e.id.equals(text == null ? null : text.strip())) {
        return e;
      }
    }
    throw new InvalidInputException(field, text, "an edition: 2020 or 2021");
  }
}
