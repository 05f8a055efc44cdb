package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.OpenDecision;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;

/**
 * What the plan, the coverage matrix, the maturity assessment and the next moves all read about one account on one
 * day: its influence ranking (the first people of accountInfluencers, best first), for each open decision the DMU
 * members' places in the decision's own ranking (as decisionInfluencers answers), our team working it with what each
 * member covers, its initiatives, and each team member's role by id.
 */
public record AccountContext(AccountRow account, LocalDate asOf, List<RankedPerson> ranking, List<OpenDecision> decisions,
                             Map<String, Map<String, DecisionRank>> decisionRanks, List<TeamRow> team,
                             List<InitiativeView> initiatives, Map<String, String> roles) {

    /**
     * A person in the account's influence ranking: rank, score, whether our team covers them, who covers them (role
     * as the team member's, when known) and their first position.
     */
    public record RankedPerson(NodeSummary person, int rank, double score, boolean covered, List<TeamContact> coverage, Position position) {
    }

    /** A person's first position: title (may be null) at an organization; null for a person with no position. */
    public record Position(String title, String organization) {
    }

    /** A rank and score in a decision's influence ranking. */
    public record DecisionRank(int rank, double score) {
    }

    /** The person's place in the account's ranking, or null when not in it. */
    public RankedPerson rankOf(String personId) {
        RankedPerson found = null;
        for (RankedPerson p : ranking) {
            if (p.person().id().equals(personId)) {
                found = p; // the last, as a map by id would keep
            }
        }
        return found;
    }

    /** The person's place in the decision's own influence ranking, or null when not in it. */
    public DecisionRank decisionRankOf(String decisionId, String personId) {
        return decisionRanks.getOrDefault(decisionId, Map.of()).get(personId);
    }

    /** The share of the ranked people's influence held by those our team covers (0 without influence). */
    public double coveredShare() {
        double total = 0;
        double covered = 0;
        for (RankedPerson p : ranking) {
            total += p.score();
            if (p.covered()) {
                covered += p.score();
            }
        }
        return total > 0 ? covered / total : 0;
    }

    /** Each team member's role by id: owners of initiatives first, then the team working the account (which wins). */
    public static Map<String, String> roles(List<org.kamgraph.cypher.keyaccounts.KeyAccountQueries.InitiativeRow> initiatives,
                                            List<TeamRow> team) {
        Map<String, String> roles = new HashMap<>();
        initiatives.forEach(i -> i.owners().forEach(o -> roles.put(o.id(), o.role())));
        team.forEach(t -> roles.put(t.id(), t.role()));
        return roles;
    }
}
