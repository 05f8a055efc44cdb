package org.kamgraph.api.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.api.influence.InfluenceService;
import org.kamgraph.api.influence.InfluenceService.Ranked;
import org.kamgraph.analytics.influence.InfluenceViews.NodeSummary;
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

    public record RankChange(NodeSummary person, Integer rankBefore, Integer rankAfter, Double scoreBefore, Double scoreAfter) {
    }

    public record RelationshipChange(String type, NodeSummary from, NodeSummary to, LocalDate validFrom, LocalDate validTo,
                                     Double strength, Double amount, String role, String title) {
    }

    public record SpendChange(String type, String direction, NodeSummary organization, NodeSummary counterparty,
                              double amountBefore, double amountAfter, double change, long relationshipsBegun,
                              long relationshipsEnded) {
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
        return report(after.subject(), before, after, from, to, top, after.account());
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
        return report(after.subject(), before, after, from, to, top, after.account());
    }

    private static void check(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new BadInputException("from", "must be before to (" + from + " is not before " + to + ")");
        }
    }

    private ChangeReport report(NodeSummary subject, Ranked before, Ranked after, LocalDate from, LocalDate to, int top,
                                NodeSummary spendOf) {
        Map<String, Entry> was = top(before, top);
        Map<String, Entry> now = top(after, top);
        List<RankChange> entered = new ArrayList<>();
        List<RankChange> moved = new ArrayList<>();
        for (Entry e : now.values()) {
            Entry b = was.get(e.key());
            if (b == null) {
                Entry any = before == null ? null : find(before, e.node());
                entered.add(new RankChange(e.node(), any == null ? null : any.rank(), e.rank(), any == null ? null : any.score(), e.score()));
            } else if (b.rank() != e.rank()) {
                moved.add(new RankChange(e.node(), b.rank(), e.rank(), b.score(), e.score()));
            }
        }
        List<RankChange> left = new ArrayList<>();
        for (Entry b : was.values()) {
            if (!now.containsKey(b.key())) {
                Entry any = find(after, b.node());
                left.add(new RankChange(b.node(), b.rank(), any == null ? null : any.rank(), b.score(), any == null ? null : any.score()));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Ranked r : new Ranked[] {before, after}) {
            if (r != null) {
                Projection p = r.ranking().projection();
                for (int v = 0; v < p.vertexCount(); v++) {
                    ids.add(p.elementId(v));
                }
            }
        }
        List<HistoryQueries.RelationshipChange> rels = history.relationships(List.copyOf(ids), from, to, MAX_RELATIONSHIPS + 1);
        boolean truncated = rels.size() > MAX_RELATIONSHIPS;
        List<RelationshipChange> begun = new ArrayList<>();
        List<RelationshipChange> ended = new ArrayList<>();
        for (HistoryQueries.RelationshipChange r : rels.subList(0, Math.min(rels.size(), MAX_RELATIONSHIPS))) {
            RelationshipChange c = new RelationshipChange(r.type().type(), node(r.from()), node(r.to()), r.validFrom(), r.validTo(),
                    r.strength(), r.amount(), r.role(), r.title());
            (r.begun() ? begun : ended).add(c);
        }
        List<SpendChange> spend = new ArrayList<>();
        if (spendOf != null) {
            for (HistoryQueries.SpendChange s : history.spend(spendOf.kind(), spendOf.id(), from, to)) {
                if (s.changed()) {
                    spend.add(new SpendChange(s.type().type(), s.outgoing() ? "OUT" : "IN", node(s.own()), node(s.counterparty()),
                            s.before(), s.after(), s.after() - s.before(), s.begun(), s.ended()));
                }
            }
        }
        return new ChangeReport(subject, from, to, entered, left, moved, begun, ended, truncated, spendOf, spend);
    }

    private record Entry(String key, NodeSummary node, int rank, double score) {
    }

    private static Map<String, Entry> top(Ranked r, int top) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (r == null) {
            return out;
        }
        var ranking = r.ranking();
        for (int i = 0; i < Math.min(top, ranking.people().length); i++) {
            int v = ranking.people()[i];
            NodeSummary n = new NodeSummary(ranking.projection().id(v), ranking.projection().kind(v), ranking.projection().name(v));
            out.put(n.id(), new Entry(n.id(), n, ranking.rank()[v], ranking.scores()[v]));
        }
        return out;
    }

    private static Entry find(Ranked r, NodeSummary person) {
        var ranking = r.ranking();
        var v = ranking.projection().vertex(NodeKind.PERSON, person.id());
        if (v.isEmpty() || ranking.rank()[v.getAsInt()] == 0) {
            return null;
        }
        int x = v.getAsInt();
        return new Entry(person.id(), person, ranking.rank()[x], ranking.scores()[x]);
    }

    private static NodeSummary node(HistoryQueries.End e) {
        return new NodeSummary(e.id(), e.kind(), e.name());
    }
}
