package org.kamgraph.analytics.keyaccounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The INFLUENCE component's facts: the account's people's summed influence share ({@link InfluenceShares}) and that
 * sum as a share of the whole network's influence. O(people).
 */
public record InfluenceReach(int people, double share, double shareOfNetwork) {

    public static InfluenceReach of(List<String> people, Map<String, Double> influence, double totalInfluence) {
        double share = 0;
        for (String eid : people) {
            share += influence.getOrDefault(eid, 0.0);
        }
        return new InfluenceReach(people.size(), share, totalInfluence > 0 ? share / totalInfluence : 0);
    }

    /** The component's input: the share of the network, at most 1. */
    public double fact() {
        return Math.min(1, shareOfNetwork);
    }

    public String detail() {
        return String.format(Locale.ROOT, "its %d people hold %.2f%% of the network's influence", people, 100 * shareOfNetwork);
    }
}
