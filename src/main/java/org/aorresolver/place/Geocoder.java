package org.aorresolver.place;

import java.io.IOException;
import java.util.Optional;
import org.aorresolver.LatLon;

/** Turns a one-line street address into a coordinate, typically through an online service. */
public interface Geocoder {
  /** The address's location, empty when the service finds no match. */
  Optional<LatLon> locate(String oneLineAddress) throws IOException;
}
