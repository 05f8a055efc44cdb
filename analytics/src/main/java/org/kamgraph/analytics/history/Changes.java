package org.kamgraph.analytics.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.cypher.history.HistoryQueries;

/**
 * The rules of a change report ("what changed since my last review"): who entered, left or moved within the top of a
 * ranking between two days, which relationships began or ended (at most a bound of them), and which money
 * relationships changed.
 */
public final class Changes {
    private Changes() {
    }

    /** A person's place in a ranking: rank 1 is the most influential; 0 means not ranked. */
    public record Standing(NodeSummary person, int rank, double score) {
    }

    public record RankChange(NodeSummary person, Integer rankBefore, Integer rankAfter, Double scoreBefore, Double scoreAfter) {
    }

    /** Who entered the top, who left it, who moved within it. */
    public record RankChanges(List<RankChange> entered, List<RankChange> left, List<RankChange> moved) {
    }

    public record RelationshipChange(String type, NodeSummary from, NodeSummary to, LocalDate validFrom, LocalDate validTo,
                                     Double strength, Double amount, String role, String title) {
    }

    /** The relationships that began and ended, the first {@code max} of them; {@code truncated} when there were more. */
    public record RelationshipChanges(List<RelationshipChange> begun, List<RelationshipChange> ended, boolean truncated) {
    }

    public record SpendChange(String type, String direction, NodeSummary organization, NodeSummary counterparty,
                              double amountBefore, double amountAfter, double change, long relationshipsBegun,
                              long relationshipsEnded) {
    }

    /**
     * The top {@code top} of two rankings compared (people in ranking order; {@code before} null when there was no
     * ranking on the earlier day: everyone entered). Someone who entered or left carries their place in the other
     * ranking when they were ranked there at all; someone who moved, both places in the top.
     */
    public static RankChanges ranking(List<Standing> before, List<Standing> after, int top) {
        Map<String, Standing> was = top(before, top);
        Map<String, Standing> now = top(after, top);
        List<RankChange> entered = new ArrayList<>();
        List<RankChange> moved = new ArrayList<>();
        for (Standing e : now.values()) {
            Standing b = was.get(e.person().id());
            if (b == null) {
                Standing any = before == null ? null : find(before, e.person());
                entered.add(new RankChange(e.person(), any == null ? null : any.rank(), e.rank(), any == null ? null : any.score(),
                        e.score()));
            } else if (b.rank() != e.rank()) {
                moved.add(new RankChange(e.person(), b.rank(), e.rank(), b.score(), e.score()));
            }
        }
        List<RankChange> left = new ArrayList<>();
        for (Standing b : was.values()) {
            if (!now.containsKey(b.person().id())) {
                Standing any = find(after, b.person());
                left.add(new RankChange(b.person(), b.rank(), any == null ? null : any.rank(), b.score(), any == null ? null : any.score()));
            }
        }
        return new RankChanges(entered, left, moved);
    }

    /** The relationship changes read, split into begun and ended, the first {@code max} kept. */
    public static RelationshipChanges relationships(List<HistoryQueries.RelationshipChange> rows, int max) {
        List<RelationshipChange> begun = new ArrayList<>();
        List<RelationshipChange> ended = new ArrayList<>();
        for (HistoryQueries.RelationshipChange r : rows.subList(0, Math.min(rows.size(), max))) {
            RelationshipChange c = new RelationshipChange(r.type().type(), node(r.from()), node(r.to()), r.validFrom(), r.validTo(),
                    r.strength(), r.amount(), r.role(), r.title());
            (r.begun() ? begun : ended).add(c);
        }
        return new RelationshipChanges(begun, ended, rows.size() > max);
    }

    /** The money relationships whose amount, existence or count changed, with the change (after - before). */
    public static List<SpendChange> spend(List<HistoryQueries.SpendChange> rows) {
        List<SpendChange> spend = new ArrayList<>();
        for (HistoryQueries.SpendChange s : rows) {
            if (s.changed()) {
                spend.add(new SpendChange(s.type().type(), s.outgoing() ? "OUT" : "IN", node(s.own()), node(s.counterparty()),
                        s.before(), s.after(), s.after() - s.before(), s.begun(), s.ended()));
            }
        }
        return spend;
    }

    private static Map<String, Standing> top(List<Standing> ranking, int top) {
        Map<String, Standing> out = new LinkedHashMap<>();
        if (ranking == null) {
            return out;
        }
        for (Standing s : ranking.subList(0, Math.min(top, ranking.size()))) {
            out.put(s.person().id(), s);
        }
        return out;
    }

    /** The person's standing when ranked at all, else null. */
    private static Standing find(List<Standing> ranking, NodeSummary person) {
        for (Standing s : ranking) {
            if (s.person().id().equals(person.id()) && s.rank() != 0) {
                return s;
            }
        }
        return null;
    }

    private static NodeSummary node(HistoryQueries.End e) {
        return new NodeSummary(e.id(), e.kind(), e.name());
    }
}
