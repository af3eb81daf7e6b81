package org.aorresolver.office;

import java.util.List;

/**
 * A possible office. {@code weight} is its share of the place's population (ZIP, city, state), or
 * null; {@code basis} says why it is a candidate; {@code counties} lists its counties where that
 * helps (split states).
 */
public record Candidate(
    Contact office, Double weight, String edition, String basis, List<String> counties) {}
