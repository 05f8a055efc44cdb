package org.kamgraph.api.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.history.Changes;
import org.kamgraph.analytics.history.Changes.RankChange;
import org.kamgraph.analytics.history.Changes.RankChanges;
import org.kamgraph.analytics.history.Changes.RelationshipChange;
import org.kamgraph.analytics.history.Changes.RelationshipChanges;
import org.kamgraph.analytics.history.Changes.SpendChange;
import org.kamgraph.analytics.history.Changes.Standing;
import org.kamgraph.analytics.influence.InfluenceRanking;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InfluenceService.Ranked;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.history.HistoryQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * "What changed since my last review": an account's or a decision's influence ranking on two days (who entered
 * or left the top, who moved), the relationships around its people that began or ended in between, and the
 * change in its money relationships.
 */
public final class ChangeReports {
    static final int MAX_RELATIONSHIPS = 500;
    private final InfluenceService influence;
    private final HistoryQueries history;

    public ChangeReports(InfluenceService influence, HistoryQueries history) {
        this.influence = influence;
        this.history = history;
    }

    public record ChangeReport(NodeSummary subject, LocalDate from, LocalDate to, List<RankChange> entered,
                               List<RankChange> left, List<RankChange> moved, List<RelationshipChange> relationshipsBegun,
                               List<RelationshipChange> relationshipsEnded, boolean relationshipsTruncated,
                               NodeSummary spendOf, List<SpendChange> spend) {
    }

    public ChangeReport forAccount(NodeKind kind, String id, LocalDate from, LocalDate to, int top) {
        check(from, to);
        Ranked before = influence.rankAccount(kind, id, from);
        Ranked after = influence.rankAccount(kind, id, to);
        return report(before, after, from, to, top);
    }

    public ChangeReport forDecision(String id, LocalDate from, LocalDate to, int top) {
        check(from, to);
        Ranked after = influence.rankDecision(id, 2, to);
        Ranked before;
        try {
            before = influence.rankDecision(id, 2, from);
        } catch (BadInputException e) {
            before = null; // no deciders yet on the earlier day: everyone entered
        }
        return report(before, after, from, to, top);
    }

    private static void check(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new BadInputException("from", "must be before to (" + from + " is not before " + to + ")");
        }
    }

    private ChangeReport report(Ranked before, Ranked after, LocalDate from, LocalDate to, int top) {
        RankChanges ranks = Changes.ranking(standings(before), standings(after), top);
        Set<String> ids = new LinkedHashSet<>();
        for (Ranked r : new Ranked[] {before, after}) {
            if (r != null) {
                Projection p = r.ranking().projection();
                for (int v = 0; v < p.vertexCount(); v++) {
                    ids.add(p.elementId(v));
                }
            }
        }
        RelationshipChanges relationships = Changes.relationships(
                history.relationships(List.copyOf(ids), from, to, MAX_RELATIONSHIPS + 1), MAX_RELATIONSHIPS);
        // The influence answer's summaries of the account and the subject: the same three fields.
        var account = after.account();
        var asked = after.subject();
        NodeSummary spendOf = account == null ? null : new NodeSummary(account.id(), account.kind(), account.name());
        List<SpendChange> spend = spendOf == null ? List.of()
                : Changes.spend(history.spend(spendOf.kind(), spendOf.id(), from, to));
        return new ChangeReport(new NodeSummary(asked.id(), asked.kind(), asked.name()), from, to, ranks.entered(), ranks.left(),
                ranks.moved(), relationships.begun(), relationships.ended(), relationships.truncated(), spendOf, spend);
    }

    /** The people of a ranking in order with their places (none without a ranking). */
    private static List<Standing> standings(Ranked r) {
        if (r == null) {
            return null;
        }
        InfluenceRanking ranking = r.ranking();
        List<Standing> out = new ArrayList<>();
        for (int v : ranking.people()) {
            out.add(new Standing(NodeSummary.of(ranking.projection(), v), ranking.rank()[v], ranking.scores()[v]));
        }
        return out;
    }
}
