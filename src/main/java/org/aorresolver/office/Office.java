package org.aorresolver.office;

import java.util.Set;
import org.aorresolver.Edition;
import org.aorresolver.LatLon;

/** An ERO field office: its directory entry and the editions in which it has an AOR. */
public record Office(
    Contact contact,
    String aorSummary,
    Set<Edition> editions,
    LatLon location,
    String locationSource) {

  /** The office's code, such as {@code HLG}. */
  public String code() {
    return contact.code();
  }

  public String name() {
    return contact.name();
  }

  public boolean existsIn(Edition edition) {
    return editions.contains(edition);
  }
}
