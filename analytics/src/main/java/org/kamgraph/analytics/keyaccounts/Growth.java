package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;

/**
 * The GROWTH component's facts, like for like: over the prescribers who had spend in scope on the earlier day, their
 * spend then and their spend now on those same products (new prescribers do not count as growth). O(people).
 */
public record Growth(int withHistory, double spendThen, double spendNowOfThose) {

    public static Growth of(List<String> people, Map<String, PersonFacts> facts) {
        int withHistory = 0;
        double then = 0;
        double now = 0;
        for (String eid : people) {
            PersonFacts f = facts.get(eid);
            if (f != null && f.hadBefore()) {
                withHistory++;
                then += f.spendThen();
                now += f.spendNowOfThen();
            }
        }
        return new Growth(withHistory, then, now);
    }

    /** The spend then, or null when nobody had any history (growth is then unknown, not zero). */
    public Double before() {
        return withHistory > 0 ? spendThen : null;
    }

    /** The same prescribers' spend now, or null as {@link #before()}. */
    public Double nowOfThose() {
        return withHistory > 0 ? spendNowOfThose : null;
    }

    public String detail(ComponentScore c, LocalDate before) {
        return c.raw() == null ? "no prescriber had spend in scope on " + before
                : String.format(Locale.ROOT, "%+.1f%% like-for-like since %s (%d prescribers with history)", 100 * c.raw(), before, withHistory);
    }
}
