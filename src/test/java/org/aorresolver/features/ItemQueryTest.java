package org.aorresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class ItemQueryTest {
  @Test
  void withoutParametersItIsTheFirstTenOfEverything() {
    assertThat(ItemQuery.parse(Map.of(), Set.of())).isEqualTo(new ItemQuery(null, 10, 0));
  }

  @Test
  void readsBboxLimitAndOffset() {
    ItemQuery q =
        ItemQuery.parse(
            Map.of(
                "bbox", List.of("-98,26,-97,27"), "limit", List.of("25"), "offset", List.of("50")),
            Set.of());

    assertThat(q).isEqualTo(new ItemQuery(new Bbox(-98, 26, -97, 27), 25, 50));
  }

  @Test
  void aLimitAboveTheMaximumIsTakenAsTheMaximum() {
    assertThat(ItemQuery.parse(Map.of("limit", List.of("999999999999")), Set.of()).limit())
        .isEqualTo(ItemQuery.MAX_LIMIT);
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    Map<String, List<String>> params =
        Map.of(
            "bbox", List.of("1,2,3"),
            "limit", List.of("0"),
            "offset", List.of("-1"),
            "colour", List.of("red"),
            "f", List.of("json", "json"));

    assertThatThrownBy(() -> ItemQuery.parse(params, Set.of("f")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("bbox", "limit", "offset", "colour", "f"));
  }

  @Test
  void countsAreWholeNumbersInRange() {
    for (String bad : List.of("1.5", "1e3", "-0", "0x10", "", "１０", "2147483648")) {
      assertThatThrownBy(() -> ItemQuery.parse(Map.of("offset", List.of(bad)), Set.of()))
          .as(bad)
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(ItemQuery.parse(Map.of("offset", List.of("2147483647")), Set.of()).offset())
        .isEqualTo(Integer.MAX_VALUE);
  }

  private static final List<Queryable> QUERYABLES =
      List.of(
          new Queryable("office", "office code", List.of("HLG", "HOU")),
          new Queryable("state", "USPS code", List.of("TX")));

  @Test
  void readsADatetimeAndAFilterPerQueryable() {
    ItemQuery q =
        ItemQuery.parse(
            Map.of("datetime", List.of("2020-10-30/.."), "office", List.of("HLG")),
            Set.of(),
            QUERYABLES);

    assertThat(q.datetime()).isEqualTo(new Period(LocalDate.of(2020, 10, 30), null));
    assertThat(q.filters()).containsExactly(Map.entry("office", "HLG"));
  }

  @Test
  void aValueNoFeatureHasIsRefusedWithTheValuesThereAre() {
    assertThatThrownBy(
            () -> ItemQuery.parse(Map.of("office", List.of("hlg")), Set.of(), QUERYABLES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("office", "hlg", "one of HLG, HOU")));
  }

  @Test
  void aFilterTheSetDoesNotHaveIsAnUnknownParameterListingTheKnownOnes() {
    assertThatThrownBy(
            () -> ItemQuery.parse(Map.of("edition", List.of("2021")), Set.of("f"), QUERYABLES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors().get(0).expected())
                    .isEqualTo(
                        "a known parameter: bbox, datetime, f, limit, office, offset, state"));
  }

  @Test
  void aBadDatetimeIsNamedWithTheOtherProblems() {
    assertThatThrownBy(
            () ->
                ItemQuery.parse(
                    Map.of("datetime", List.of("yesterday"), "limit", List.of("x")),
                    Set.of(),
                    QUERYABLES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("datetime", "limit"));
  }
}
