package org.aorresolver.office;

/**
 * How to reach an office: its code (a field office's, such as {@code HLG}, or a check-in office's
 * id, such as {@code harlingen-tx}), its name, street address, city, state, ZIP code and phone.
 * Where an answer only names an office, the contact has its code and name alone.
 */
public record Contact(
    String code, String name, String street, String city, String state, String zip, String phone) {

  /** An office named by its code and name only. */
  public static Contact named(String code, String name) {
    return new Contact(code, name, null, null, null, null, null);
  }

  /** This office named by its code and name only. */
  public Contact named() {
    return named(code, name);
  }
}
