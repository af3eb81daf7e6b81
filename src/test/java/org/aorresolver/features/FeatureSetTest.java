package org.aorresolver.features;

import static org.aorresolver.features.Shapes.box;
import static org.aorresolver.features.Shapes.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
