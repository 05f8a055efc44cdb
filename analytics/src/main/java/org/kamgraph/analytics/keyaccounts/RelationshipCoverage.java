package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;

/**
 * The COVERAGE component's facts: the share of the account's influence held by people our team covers (a relationship
 * of strength at least {@link #MIN_COVER_STRENGTH}, or of unknown strength). O(people).
 */
public record RelationshipCoverage(int people, List<String> covered, double coveredShare, double share) {
    /** Coverage counts when a relationship is at least this strong (or its strength is unknown), as in coverage gaps. */
    public static final double MIN_COVER_STRENGTH = 0.3;

    /** {@code reach} is the account's influence, which the covered share is a part of. */
    public static RelationshipCoverage of(List<String> people, Map<String, PersonFacts> facts, Map<String, Double> influence,
                                          InfluenceReach reach) {
        List<String> covered = new ArrayList<>();
        double coveredShare = 0;
        for (String eid : people) {
            PersonFacts f = facts.get(eid);
            if (f != null && f.covered()) {
                covered.add(eid);
                coveredShare += influence.getOrDefault(eid, 0.0);
            }
        }
        return new RelationshipCoverage(people.size(), List.copyOf(covered), coveredShare, reach.share());
    }

    /** The component's input: the covered share of the account's influence, or null when it has none to cover. */
    public Double fact() {
        return share > 0 ? coveredShare / share : null;
    }

    public String detail(ComponentScore c) {
        return c.raw() == null ? "no influence to cover"
                : String.format(Locale.ROOT, "%d of %d people covered, holding %.0f%% of the account's influence", covered.size(), people,
                100 * c.raw());
    }
}
