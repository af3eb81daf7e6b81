package org.aorresolver.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aorresolver.LatLon;

/**
 * What was asked, as the parameters {@link QueryParser} reads: the {@code query} an answer echoes.
 * The place's parameters come first, then {@code edition} or {@code date}, then, for an address
 * that was geocoded online, where the geocoder put it ({@code geocoded}: lat,lon).
 */
public final class QueryEcho {
  private QueryEcho() {}

  public static Map<String, String> of(Place place, When when) {
    return of(place, when, null);
  }

  /** The echo of a query whose address the geocoder put at {@code geocoded} (null if not). */
  public static Map<String, String> of(Place place, When when, LatLon geocoded) {
    Map<String, String> q = new LinkedHashMap<>();
    if (place instanceof Place.Coordinate c) {
      q.put("lat", Double.toString(c.at().lat()));
      q.put("lon", Double.toString(c.at().lon()));
    } else if (place instanceof Place.StateName s) {
      q.put("state", s.text());
    } else if (place instanceof Place.CountyName c) {
      q.put("county", c.text());
      putIfGiven(q, "state", c.state());
    } else if (place instanceof Place.Zip z) {
      q.put("zip", z.text());
    } else if (place instanceof Place.Address a) {
      putIfGiven(q, "address", a.line());
      putIfGiven(q, "street", a.street());
      putIfGiven(q, "city", a.city());
      putIfGiven(q, "state", a.state());
      putIfGiven(q, "zip", a.zip());
    }
    if (when.edition() != null) {
      q.put("edition", when.edition().id());
    }
    if (when.date() != null) {
      q.put("date", when.date().toString());
    }
    if (geocoded != null) {
      q.put("geocoded", geocoded.lat() + "," + geocoded.lon());
    }
    return Collections.unmodifiableMap(q);
  }

  private static void putIfGiven(Map<String, String> q, String key, String value) {
    if (value != null) {
      q.put(key, value);
    }
  }
}
