package org.kamgraph.algorithms.scoring;

import java.util.List;

/**
 * An account's score (the sum of its components' contributions, in [0, 1]), its rank (1 = highest, ties broken by
 * key), its tier and why it got that tier.
 */
public record ScoredAccount(String key, double score, int rank, Tier tier, String tierReason, List<ComponentScore> components) {
    public ComponentScore component(Component c) {
        return components.get(c.ordinal());
    }
}
