package org.aorresolver.place;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A county code the county boundaries in use do not have, answered by its state: a code no longer
 * in use (Connecticut's counties, replaced by planning regions; areas of Alaska, South Dakota and
 * Virginia renamed, split or merged), or one newer than the boundaries (Connecticut's planning
 * regions, Alaska's 2019 split, in geodata built from an older county file), with what became of
 * it.
 */
public record FormerCounty(String fips, String name, String state, String fate) {
  private static final String CONNECTICUT = "replaced in 2022 by planning regions 09110-09190";

  /** The fate of a code newer than the county boundaries in use (a county file of 2018, say). */
  private static final String NEWER = "newer than the county boundaries in use";

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
      09110|Capitol Planning Region|CT|%2$s
      09120|Greater Bridgeport Planning Region|CT|%2$s
      09130|Lower Connecticut River Valley Planning Region|CT|%2$s
      09140|Naugatuck Valley Planning Region|CT|%2$s
      09150|Northeastern Connecticut Planning Region|CT|%2$s
      09160|Northwest Hills Planning Region|CT|%2$s
      09170|South Central Connecticut Planning Region|CT|%2$s
      09180|Southeastern Connecticut Planning Region|CT|%2$s
      09190|Western Connecticut Planning Region|CT|%2$s
      02063|Chugach Census Area|AK|%2$s
      02066|Copper River Census Area|AK|%2$s
      """
          .formatted(CONNECTICUT, NEWER)
          .lines()
          .map(l -> l.split("\\|"))
          .map(f -> new FormerCounty(f[0], f[1], f[2], f[3]))
          .collect(Collectors.toUnmodifiableMap(FormerCounty::fips, f -> f));

  /** The former county of a FIPS code, if it is one. */
  public static Optional<FormerCounty> of(String fips) {
    return Optional.ofNullable(ALL.get(fips));
  }
}
