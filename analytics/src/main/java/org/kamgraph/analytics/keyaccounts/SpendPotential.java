package org.kamgraph.analytics.keyaccounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;

/**
 * The SPEND component's facts: the account's people's prescribing spend a year on the products in scope, and how many
 * of them prescribe at all. O(people).
 */
public record SpendPotential(double spend, int prescribers, int people) {

    public static SpendPotential of(List<String> people, Map<String, PersonFacts> facts) {
        double spend = 0;
        int prescribers = 0;
        for (String eid : people) {
            PersonFacts f = facts.get(eid);
            if (f != null) {
                spend += f.spend();
                if (f.spend() > 0) {
                    prescribers++;
                }
            }
        }
        return new SpendPotential(spend, prescribers, people.size());
    }

    public String detail(ComponentScore c) {
        return String.format(Locale.ROOT, "%s a year from %d prescribers among %d people", Money.format(c.raw()), prescribers, people);
    }
}
