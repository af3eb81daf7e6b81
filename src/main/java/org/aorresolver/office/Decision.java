package org.aorresolver.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aorresolver.Edition;
import org.aorresolver.Editions;
import org.aorresolver.Status;
import org.aorresolver.place.County;
import org.aorresolver.place.State;

/**
 * Which office answers for a place, decided from the offices possible in each edition in force: the
 * status, its reason, the edition the answer holds for, the office, the candidates and a message
 * for people. {@link #of} is a pure function of its arguments.
 */
public record Decision(
    Status status,
    String reason,
    String edition,
    Contact office,
    List<Candidate> candidates,
    String message) {

  static final String TRANSITION_MESSAGE =
      "the date falls between "
          + Edition.LAST_DAY_2020
          + " and "
          + Edition.FIRST_DAY_2021
          + ", when Harlingen was split off at an unpublished date, and the editions disagree here";

  public Decision {
    candidates = List.copyOf(candidates);
  }

  /** No office: a reason and a sentence saying why. */
  public static Decision noMatch(String reason, String message) {
    return new Decision(Status.NO_MATCH, reason, null, null, List.of(), message);
  }

  /**
   * Decides from the shares of each edition in force. The same single office in every edition is a
   * match, for all of them ({@code 2020|2021} for both). The same several offices in every edition
   * are ambiguous for {@code spanReason} (with {@code spanMessage}), the offices being candidates
   * weighted by their share. Editions that disagree (a date in the transition window) are ambiguous
   * for {@code transition-window}, with each edition's offices as candidates.
   *
   * <p>A candidate's weight is its office's share of the place in the candidate's edition (the
   * weights of one edition sum to 1) and its counties those by which it is responsible; both are
   * given only for a place of several counties: a point or a single county has no share to tell.
   */
  public static Decision of(
      Editions inForce,
      Function<Edition, List<Share>> sharesIn,
      String spanReason,
      String spanMessage) {
    Map<Edition, List<Share>> byEdition = new LinkedHashMap<>();
    inForce.list().forEach(e -> byEdition.put(e, sharesIn.apply(e)));
    String edition = inForce.id();
    List<List<Share>> distinct = byEdition.values().stream().distinct().toList();
    if (distinct.size() > 1) {
      List<Candidate> candidates = new ArrayList<>();
      byEdition.forEach(
          (e, shares) ->
              shares.forEach(
                  s -> candidates.add(candidate(s, e.id(), "edition-" + e.id(), spread(shares)))));
      return ambiguous("transition-window", edition, candidates, TRANSITION_MESSAGE);
    }
    List<Share> shares = distinct.get(0);
    if (shares.size() == 1) {
      return new Decision(Status.MATCH, null, edition, shares.get(0).office(), List.of(), null);
    }
    List<Candidate> candidates =
        shares.stream().map(s -> candidate(s, edition, "population-share", true)).toList();
    return ambiguous(spanReason, edition, candidates, spanMessage);
  }

  /** The decision for one whole county: its office in each edition in force. */
  public static Decision ofCounty(
      County county, Editions inForce, Function<String, Contact> contacts) {
    return ofCounties(Map.of(county, 1.0), inForce, contacts, "spans-offices", null);
  }

  /**
   * The decision for a place made of counties, each with its share of the place (in order): their
   * offices in each edition in force, grouped into {@link Share}s.
   */
  public static Decision ofCounties(
      Map<County, Double> shares,
      Editions inForce,
      Function<String, Contact> contacts,
      String spanReason,
      String spanMessage) {
    List<County> counties = List.copyOf(shares.keySet());
    return of(
        inForce,
        e -> Share.byOffice(counties, c -> c.office(e), shares::get, contacts),
        spanReason,
        spanMessage);
  }

  /** No office: the place (a state, or this place if null) is in no published AOR. */
  public static Decision unassigned(State state) {
    String place = state == null ? "this place" : state.name();
    return noMatch("unassigned-area", place + " is in no published AOR");
  }

  public boolean matched() {
    return status == Status.MATCH;
  }

  private static Decision ambiguous(
      String reason, String edition, List<Candidate> candidates, String message) {
    return new Decision(Status.AMBIGUOUS, reason, edition, null, candidates, message);
  }

  /** With the weight and counties when the place is {@code spread} over several counties. */
  private static Candidate candidate(Share s, String edition, String basis, boolean spread) {
    return new Candidate(
        s.office().named(),
        spread ? s.weight() : null,
        edition,
        basis,
        spread ? s.counties() : null);
  }

  /** Whether the shares come from several counties. */
  private static boolean spread(List<Share> shares) {
    return shares.stream().mapToInt(s -> s.counties().size()).sum() > 1;
  }
}
