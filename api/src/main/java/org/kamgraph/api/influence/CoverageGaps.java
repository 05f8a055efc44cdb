package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.CoverageRules;
import org.kamgraph.analytics.influence.InfluenceOptions;
import org.kamgraph.analytics.influence.InfluenceRanking;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGapResult;
import org.kamgraph.analytics.influence.Summaries;
import org.kamgraph.api.influence.InfluenceService.Ranked;
import org.kamgraph.cypher.influence.InfluenceQueries.Coverage;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Where our coverage is thin: rank the people, read their coverage and the account's threads, judge them by
 * {@link CoverageRules}: influential people nobody covers well, and accounts held by a single thread.
 */
public final class CoverageGaps {
    private final InfluenceService influence;

    public CoverageGaps(InfluenceService influence) {
        this.influence = influence;
    }

    /** What counts as a gap. */
    public record Thresholds(int influenceTop, double minStrength, int staleAfterDays) {
    }

    public CoverageGapResult forDecision(String decisionId, LocalDate asOf, Thresholds t) {
        Ranked r = influence.rankDecision(decisionId, 2, asOf, InfluenceOptions.DEFAULTS);
        List<AccountCoverage> fragile = r.account() == null ? List.of() : fragile(r.account().kind(), r.account().id(), asOf);
        return new CoverageGapResult(r.subject(), gaps(r, t), fragile);
    }

    public CoverageGapResult forAccount(NodeKind kind, String id, LocalDate asOf, Thresholds t) {
        List<AccountCoverage> fragile = fragile(kind, id, asOf);
        Ranked r = influence.rankAccount(kind, id, asOf, InfluenceOptions.DEFAULTS);
        return new CoverageGapResult(r.subject(), gaps(r, t), fragile);
    }

    /** The same answer as {@link #forAccount} on an account ranking already made (the account plan's). */
    public CoverageGapResult forAccount(Ranked accountRanking, Thresholds t) {
        NodeSummary a = accountRanking.account();
        return new CoverageGapResult(accountRanking.subject(), gaps(accountRanking, t), fragile(a.kind(), a.id(), accountRanking.asOf()));
    }

    /** The gaps among the top people of a ranking (also a what-if ranking). */
    public List<CoverageGap> gaps(Ranked r, Thresholds t) {
        InfluenceRanking ranking = r.ranking();
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < Math.min(t.influenceTop(), ranking.people().length); i++) {
            top.add(ranking.people()[i]);
        }
        Map<Integer, CoverageGap> found = assess(r, top, t, (person, coverage) -> coverage);
        return top.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The gap (null when covered well enough) of each of {@code vertices} of a ranking, their coverage seen through
     * {@code adjust} (a what-if scenario may take coverage away or change its strength).
     */
    public Map<Integer, CoverageGap> assess(Ranked r, java.util.Collection<Integer> vertices, Thresholds t,
                                            java.util.function.BiFunction<NodeSummary, List<Coverage>, List<Coverage>> adjust) {
        InfluenceRanking ranking = r.ranking();
        Projection p = ranking.projection();
        Map<String, PersonDetails> details = influence.explainer.details(p, List.copyOf(vertices), r.decision(), r.asOf());
        LocalDate staleBefore = r.asOf().minusDays(t.staleAfterDays());
        Map<Integer, CoverageGap> out = new java.util.HashMap<>();
        for (int v : vertices) {
            PersonDetails stored = Summaries.of(details, p, v);
            NodeSummary person = Summaries.node(p, v);
            PersonDetails d = new PersonDetails(stored.positions(), adjust.apply(person, stored.coverage()), stored.dmuRoles());
            out.put(v, CoverageRules.gap(person, ranking.scores()[v], ranking.rank()[v], d, t.minStrength(), staleBefore));
        }
        return out;
    }

    /** The account and the units under it whose coverage hangs on one thread. */
    private List<AccountCoverage> fragile(NodeKind kind, String id, LocalDate asOf) {
        return CoverageRules.fragile(influence.queries.accountThreads(kind, id, asOf));
    }
}
