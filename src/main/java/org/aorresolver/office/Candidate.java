package org.aorresolver.office;

import java.util.List;

/**
 * A possible office. {@code weight} is its share of the place's population (ZIP, city, state) in
 * the candidate's {@code edition}, null where the place is a point or one county; {@code basis}
 * says why it is a candidate; {@code counties} lists the place's counties for which it is
 * responsible, for every candidate of a place of several counties (null otherwise).
 */
public record Candidate(
    Contact office, Double weight, String edition, String basis, List<String> counties) {}
