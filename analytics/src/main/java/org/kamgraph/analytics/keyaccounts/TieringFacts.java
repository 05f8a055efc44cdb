package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.scoring.AccountFacts;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;

/**
 * What a tiering reads for one day, before weights and tiers apply: every account's components (keyed by
 * {@link AccountComponents#key}), in the order the accounts came. They do not depend on weights or tiers, so a
 * re-weighted question scores them again without reading.
 */
public record TieringFacts(List<AccountComponents> accounts, Map<String, AccountComponents> byKey) {

    /**
     * @param people    each person's facts by element id
     * @param influence each person's influence share by element id ({@link InfluenceShares})
     * @param listings  the formulary listings of the accounts' payers, PBMs and committees by element id
     * @param ours      our products in scope
     */
    public static TieringFacts of(List<AccountRow> accounts, Map<String, PersonFacts> people, Map<String, Double> influence,
                                  Map<String, Body> listings, List<String> ours) {
        double total = influence.values().stream().mapToDouble(Double::doubleValue).sum();
        List<AccountComponents> out = new ArrayList<>();
        Map<String, AccountComponents> byKey = new HashMap<>();
        for (AccountRow a : accounts) {
            AccountComponents c = AccountComponents.of(a, people, influence, total, listings, ours);
            out.add(c);
            byKey.put(c.key(), c);
        }
        return new TieringFacts(List.copyOf(out), byKey);
    }

    /** What the scoring takes, one per account. */
    public List<AccountFacts> facts() {
        return accounts.stream().map(AccountComponents::facts).toList();
    }

    public AccountComponents get(String key) {
        return byKey.get(key);
    }
}
