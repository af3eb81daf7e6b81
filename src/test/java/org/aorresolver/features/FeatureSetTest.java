package org.aorresolver.features;

import static org.aorresolver.features.Shapes.box;
import static org.aorresolver.features.Shapes.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSetTest {
  /** Squares one degree wide along the equator, ids s0..s24, and one item without geometry. */
  private static FeatureSet squares() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      items.add(new Item("s" + i, Map.of("n", i), box(i, 0, i + 1, 1)));
    }
    items.add(new Item("nowhere", Map.of("n", -1), null));
    return FeatureSet.of("squares", "Squares", "Test squares", items);
  }

  private static List<String> ids(Page page) {
    return page.items().stream().map(Item::id).toList();
  }

  @Test
  void pagesGoThroughTheItemsInOrder() {
    FeatureSet set = squares();
    Page first = set.page(new ItemQuery(null, 10, 0));
    Page last = set.page(new ItemQuery(null, 10, 20));

    assertThat(ids(first)).startsWith("s0", "s1").hasSize(10);
    assertThat(first.matched()).isEqualTo(26);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(ids(set.page(first.next()))).startsWith("s10");
    assertThat(ids(last)).containsExactly("s20", "s21", "s22", "s23", "s24", "nowhere");
    assertThat(last.hasNext()).isFalse();
    assertThat(last.previous().offset()).isEqualTo(10);
  }

  @Test
  void aPageBeyondTheEndIsEmptyAndLeadsBackToTheLastItems() {
    Page beyond = squares().page(new ItemQuery(null, 10, 100));

    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.matched()).isEqualTo(26);
    assertThat(beyond.hasNext()).isFalse();
    assertThat(beyond.previous().offset()).isEqualTo(16);
  }

  @Test
  void aBoxKeepsTheItemsItMeetsAndNeverOnesWithoutGeometry() {
    Page page = squares().page(new ItemQuery(new Bbox(2.5, 0.2, 4.5, 0.8), 10, 0));

    assertThat(ids(page)).containsExactly("s2", "s3", "s4");
    assertThat(page.matched()).isEqualTo(3);
  }

  @Test
  void itemsAreFoundByIdAndTheExtentCoversThemAll() {
    FeatureSet set = squares();

    assertThat(set.item("s7")).get().extracting(i -> i.properties().get("n")).isEqualTo(7);
    assertThat(set.item("S7")).isEmpty();
    assertThat(set.extent()).isEqualTo(new Bbox(0, 0, 25, 1));
  }

  @Test
  void twoItemsWithOneIdAreRefused() {
    List<Item> twins =
        List.of(new Item("a", Map.of(), wkt("POINT (0 0)")), new Item("a", Map.of(), null));

    assertThatThrownBy(() -> FeatureSet.of("twins", "Twins", "", twins))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Squares valid in 2020 (even) or from 2021 (odd), with their parity as a queryable. */
  private static FeatureSet dated() {
    List<Item> items = new ArrayList<>();
    Period in2020 = new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    Period from2021 = new Period(LocalDate.of(2021, 1, 1), null);
    for (int i = 0; i < 6; i++) {
      Map<String, Object> p = Map.of("parity", i % 2 == 0 ? "even" : "odd");
      items.add(new Item("s" + i, p, box(i, 0, i + 1, 1), i % 2 == 0 ? in2020 : from2021));
    }
    return FeatureSet.of("dated", "Dated", "", items, Map.of("parity", "even or odd"));
  }

  @Test
  void aDatetimeKeepsTheItemsValidOnOneOfItsDays() {
    FeatureSet set = dated();
    Period lastDayOf2020 = Period.day(LocalDate.of(2020, 12, 31));
    Period both = new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 6, 1));

    assertThat(ids(set.page(new ItemQuery(null, lastDayOf2020, Map.of(), 10, 0))))
        .containsExactly("s0", "s2", "s4");
    assertThat(set.page(new ItemQuery(null, both, Map.of(), 10, 0)).matched()).isEqualTo(6);
    assertThat(set.time()).isEqualTo(new Period(LocalDate.of(2020, 1, 1), null));
  }

  @Test
  void filtersAndABoxAllHaveToHold() {
    ItemQuery odd = new ItemQuery(new Bbox(0.5, 0, 3.5, 1), null, Map.of("parity", "odd"), 10, 0);

    assertThat(ids(dated().page(odd))).containsExactly("s1", "s3");
    assertThat(dated().queryables())
        .containsExactly(new Queryable("parity", "even or odd", List.of("even", "odd")));
  }

  @Test
  void theSchemaNamesTheOneGeometryTypeAndEachPropertysType() {
    List<Item> items =
        List.of(
            new Item("a", Map.of("n", 1, "name", "A"), wkt("POINT (0 0)")),
            new Item("b", new java.util.HashMap<>(Map.of("n", 2)), wkt("POINT (1 1)")));
    Map<String, Object> withNull = new java.util.LinkedHashMap<>();
    withNull.put("name", null);
    List<Item> mixed = new ArrayList<>(items);
    mixed.add(new Item("c", withNull, wkt("LINESTRING (0 0, 1 1)")));

    Schema schema = FeatureSet.of("s", "S", "", mixed).schema();
    assertThat(FeatureSet.of("p", "P", "", items).schema().geometryType()).isEqualTo("Point");
    assertThat(schema.geometryType()).isEqualTo("Geometry");
    assertThat(schema.propertyTypes()).containsEntry("n", "number").containsEntry("name", "string");
    assertThat(schema.nullable()).containsExactly("name");
  }
}
