package org.aorresolver.place;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A county code no longer in use (Connecticut's counties, replaced by planning regions; areas of
 * Alaska, South Dakota and Virginia renamed, split or merged), what became of it, and the state
 * whose office still answers for it.
 */
public record FormerCounty(String fips, String name, String state, String fate) {
  private static final String CONNECTICUT = "replaced in 2022 by planning regions 09110-09190";

  private static final Map<String, FormerCounty> ALL =
      """
      09001|Fairfield County|CT|%1$s
      09003|Hartford County|CT|%1$s
      09005|Litchfield County|CT|%1$s
      09007|Middlesex County|CT|%1$s
      09009|New Haven County|CT|%1$s
      09011|New London County|CT|%1$s
      09013|Tolland County|CT|%1$s
      09015|Windham County|CT|%1$s
      02261|Valdez-Cordova Census Area|AK|split in 2019 into 02063 and 02066
      02270|Wade Hampton Census Area|AK|renamed Kusilvak (02158) in 2015
      02201|Prince of Wales-Outer Ketchikan Census Area|AK|split in 2008
      02232|Skagway-Hoonah-Angoon Census Area|AK|split in 2007
      02280|Wrangell-Petersburg Census Area|AK|split in 2008
      46113|Shannon County|SD|renamed Oglala Lakota (46102) in 2015
      51515|Bedford city|VA|merged into Bedford County (51019) in 2013
      """
          .formatted(CONNECTICUT)
          .lines()
          .map(l -> l.split("\\|"))
          .map(f -> new FormerCounty(f[0], f[1], f[2], f[3]))
          .collect(Collectors.toUnmodifiableMap(FormerCounty::fips, f -> f));

  /** The former county of a FIPS code, if it is one. */
  public static Optional<FormerCounty> of(String fips) {
    return Optional.ofNullable(ALL.get(fips));
  }
}
