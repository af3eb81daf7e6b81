package org.aorresolver.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.aorresolver.place.County;

/**
 * A possible office for a place in one edition: its contact, its share of the place (of the
 * population, or 1 for a single county) and the counties (FIPS) by which it is responsible.
 */
public record Share(Contact office, double weight, List<String> counties) {

  public Share {
    counties = List.copyOf(counties);
  }

  /**
   * Counties grouped by their office, each office's weights summed and rounded to four decimals;
   * heaviest first, then by office code. Counties without an office are left out.
   *
   * @param office a county's office code (null for none)
   * @param weight a county's share of the place
   * @param contacts an office code's contact
   */
  public static List<Share> byOffice(
      List<County> counties,
      Function<County, String> office,
      ToDoubleFunction<County> weight,
      Function<String, Contact> contacts) {
    if (counties.size() == 1) {
      County c = counties.get(0);
      String o = office.apply(c);
      return o == null
          ? List.of()
          : List.of(
              new Share(contacts.apply(o), round(weight.applyAsDouble(c)), List.of(c.fips())));
    }
    Map<String, double[]> sum = new TreeMap<>();
    Map<String, List<String>> members = new TreeMap<>();
    for (County c : counties) {
      String o = office.apply(c);
      if (o != null) {
        sum.computeIfAbsent(o, k -> new double[1])[0] += weight.applyAsDouble(c);
        members.computeIfAbsent(o, k -> new ArrayList<>()).add(c.fips());
      }
    }
    List<Share> out = new ArrayList<>();
    sum.forEach((o, w) -> out.add(new Share(contacts.apply(o), round(w[0]), members.get(o))));
    out.sort(
        Comparator.comparingDouble((Share s) -> -s.weight()).thenComparing(s -> s.office().code()));
    return out;
  }

  private static double round(double weight) {
    return Math.round(weight * 1e4) / 1e4;
  }
}
