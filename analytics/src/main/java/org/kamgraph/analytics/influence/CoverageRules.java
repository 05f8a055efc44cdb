package org.kamgraph.analytics.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageThread;
import org.kamgraph.analytics.influence.InfluenceViews.GapReason;
import org.kamgraph.cypher.influence.InfluenceQueries.AccountThreads;
import org.kamgraph.cypher.influence.InfluenceQueries.Coverage;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.influence.InfluenceQueries.Thread;
import org.kamgraph.model.NodeKind;

/** What counts as thin coverage: the gap of an influential person, the fragility of an account. */
public final class CoverageRules {
    private CoverageRules() {
    }

    /**
     * The gap of a ranked person (null when covered well enough): {@code d} holds their coverage as it stands (a
     * what-if may have changed it), {@code staleBefore} the day before which a last contact is stale.
     */
    public static CoverageGap gap(NodeSummary person, double score, int rank, PersonDetails d, double minStrength,
                                  LocalDate staleBefore) {
        GapReason reason = reason(d.coverage(), minStrength, staleBefore);
        return reason == null ? null : new CoverageGap(person, score, rank, reason, d.dmuRoles(), Summaries.positions(d),
                Summaries.coverage(d));
    }

    /**
     * UNCOVERED without coverage; WEAK when every known strength is below the minimum; STALE when every known
     * last contact is older than allowed; null when covered well enough (unknown strengths or dates count as fine).
     */
    public static GapReason reason(List<Coverage> coverage, double minStrength, LocalDate staleBefore) {
        if (coverage.isEmpty()) {
            return GapReason.UNCOVERED;
        }
        boolean strong = coverage.stream().anyMatch(c -> c.strength() == null || c.strength() >= minStrength);
        if (!strong) {
            return GapReason.WEAK;
        }
        boolean recent = coverage.stream().anyMatch(c -> c.lastContact() == null || !c.lastContact().isBefore(staleBefore));
        return recent ? null : GapReason.STALE;
    }

    /**
     * The accounts (an account and the units under it) whose coverage hangs on one thread: ONE_RELATIONSHIP (a
     * single coverage relationship) or ONE_MEMBER (one team member). An account nobody covers has no thread to lose.
     */
    public static List<AccountCoverage> fragile(List<AccountThreads> accounts) {
        List<AccountCoverage> out = new ArrayList<>();
        for (AccountThreads a : accounts) {
            long relationships = a.threads().stream().mapToLong(Thread::relationships).sum();
            String risk = risk(a.threads().size(), relationships);
            if (risk != null) {
                out.add(new AccountCoverage(new NodeSummary(a.id(), a.kind(), a.name()), a.threads().stream()
                        .map(x -> new CoverageThread(new NodeSummary(x.teamMemberId(), NodeKind.TEAM_MEMBER, x.teamMemberName()),
                                x.relationships())).toList(), relationships, risk));
            }
        }
        return out;
    }

    /** ONE_RELATIONSHIP, ONE_MEMBER, or null when the account is not fragile (several members, or nobody at all). */
    public static String risk(int members, long relationships) {
        if (members == 0) {
            return null;
        }
        return relationships == 1 ? "ONE_RELATIONSHIP" : members == 1 ? "ONE_MEMBER" : null;
    }
}
