package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.scoring.AccountFacts;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;
import org.kamgraph.model.NodeKind;

/** One account's facts behind each of its five components, for its score and its explanation. */
public record AccountComponents(AccountRow account, SpendPotential spend, Growth growth, InfluenceReach influence,
                                AccessPosition access, RelationshipCoverage coverage) {

    /**
     * The account's components from what was read for one day: its people's facts, each person's influence share (and
     * the network's total), the listings of its payers, PBMs and committees, and our products in scope.
     */
    public static AccountComponents of(AccountRow a, Map<String, PersonFacts> people, Map<String, Double> influence,
                                       double totalInfluence, Map<String, Body> listings, List<String> ours) {
        InfluenceReach reach = InfluenceReach.of(a.people(), influence, totalInfluence);
        return new AccountComponents(a, SpendPotential.of(a.people(), people), Growth.of(a.people(), people), reach,
                AccessPosition.of(a.bodies(), listings, ours), RelationshipCoverage.of(a.people(), people, influence, reach));
    }

    /** The key of an account in a ranking: label and id, since ids are unique per kind only. */
    public static String key(NodeKind kind, String id) {
        return kind.label() + ":" + id;
    }

    public String key() {
        return key(account.kind(), account.id());
    }

    /** What {@link org.kamgraph.algorithms.scoring.AccountScoring} scores. */
    public AccountFacts facts() {
        return new AccountFacts(key(), spend.spend(), growth.before(), growth.nowOfThose(), influence.fact(), access.fact(), coverage.fact());
    }

    /** The facts behind one component's score, in words; {@code before} is the day growth is measured from. */
    public String detail(ComponentScore c, LocalDate before) {
        return switch (c.component()) {
            case SPEND -> spend.detail(c);
            case GROWTH -> growth.detail(c, before);
            case INFLUENCE -> influence.detail();
            case ACCESS -> access.detail();
            case COVERAGE -> coverage.detail(c);
        };
    }
}
