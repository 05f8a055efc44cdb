package org.kamgraph.analytics.whatif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.history.Changes.RankChange;
import org.kamgraph.cypher.projection.Projection;

/**
 * What a scenario does to an influence ranking: who entered, left or moved within the top, who was removed, and how
 * the coverage gaps among the top changed. Rankings are compared on one projection (the scenario edits its graph, not
 * its vertices), so vertex numbers are the people on both sides.
 */
public final class InfluenceDeltas {
    private InfluenceDeltas() {
    }

    /**
     * A ranking's arrays: {@code people} by score, highest first; {@code rank} of each vertex among people (0 for
     * other vertices); {@code scores} of each vertex.
     */
    public record Ranking(int[] people, int[] rank, double[] scores) {
    }

    public record InfluenceDiff(NodeSummary subject, List<RankChange> entered, List<RankChange> left, List<RankChange> moved,
                                List<NodeSummary> removed) {
    }

    /**
     * Coverage gaps among the top before and after, told apart: {@code opened} people in the top after whose coverage
     * under the scenario is a gap and was not; {@code closed} people still there, gaps before, covered well now;
     * {@code removed} gaps before whom the scenario removes (not closed: they left); {@code noLongerInTop} gaps
     * before, still not covered well, who only fell out of the top; {@code nowInTop} people not covered well before
     * either, who only rose into the top.
     *
     * @param <G> the gap as the answer shows it
     */
    public record GapDiff<G>(List<G> opened, List<G> closed, List<G> removed, List<G> noLongerInTop, List<G> nowInTop) {
    }

    /** Where the ranking's seeds are after the scenario: removed seeds dropped, absorbed ones at the vertex that kept them. */
    public static int[] seeds(int[] seeds, GraphEdits.Edited edited) {
        Set<Integer> out = new HashSet<>();
        for (int s : seeds) {
            if (!edited.gone().contains(s) || edited.mergedInto().containsKey(s)) {
                out.add(edited.map(s));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The top people (vertex to its place among the remaining people), skipping {@code gone}. */
    public static Map<Integer, Integer> top(Ranking r, int top, Set<Integer> gone) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int rank = 0;
        for (int v : r.people()) {
            if (gone.contains(v)) {
                continue;
            }
            if (++rank > top) {
                break;
            }
            out.put(v, rank);
        }
        return out;
    }

    /** The top {@code top} before and after compared; those the scenario removed ({@code gone}) are listed apart. */
    public static InfluenceDiff ranking(Projection p, NodeSummary subject, Ranking before, Ranking after, Set<Integer> gone, int top) {
        Map<Integer, Integer> was = top(before, top, Set.of());
        Map<Integer, Integer> now = top(after, top, gone);
        List<RankChange> entered = new ArrayList<>();
        List<RankChange> moved = new ArrayList<>();
        List<RankChange> left = new ArrayList<>();
        List<NodeSummary> removed = new ArrayList<>();
        for (var e : now.entrySet()) {
            int v = e.getKey();
            Integer b = was.get(v);
            if (b == null) {
                entered.add(change(p, v, before, after, null));
            } else if (!b.equals(e.getValue())) {
                moved.add(change(p, v, before, after, b));
            }
        }
        for (var e : was.entrySet()) {
            int v = e.getKey();
            if (gone.contains(v)) {
                removed.add(NodeSummary.of(p, v));
            } else if (!now.containsKey(v)) {
                left.add(change(p, v, before, after, e.getValue()));
            }
        }
        return new InfluenceDiff(subject, entered, left, moved, removed);
    }

    /** The people whose coverage gaps are assessed before: the top before and after, less those removed after. */
    public static Set<Integer> assessedAfter(Map<Integer, Integer> topBefore, Map<Integer, Integer> topAfter, Set<Integer> gone) {
        Set<Integer> everyone = new LinkedHashSet<>(topBefore.keySet());
        everyone.addAll(topAfter.keySet());
        everyone.removeAll(gone);
        return everyone;
    }

    /**
     * The gaps among the top before ({@code was}: person to gap, none when covered well) and after ({@code now}), told
     * apart as {@link GapDiff} says. A gap closes only for someone still there and now covered well.
     */
    public static <G> GapDiff<G> gaps(Map<Integer, Integer> topBefore, Map<Integer, Integer> topAfter, Set<Integer> gone,
                                      Map<Integer, G> was, Map<Integer, G> now) {
        List<G> opened = new ArrayList<>();
        List<G> closed = new ArrayList<>();
        List<G> removed = new ArrayList<>();
        List<G> noLongerInTop = new ArrayList<>();
        List<G> nowInTop = new ArrayList<>();
        for (int v : topBefore.keySet()) {
            G g = was.get(v);
            if (g == null) {
                continue;
            }
            if (gone.contains(v)) {
                removed.add(g);
            } else if (now.get(v) == null) {
                closed.add(g);
            } else if (!topAfter.containsKey(v)) {
                noLongerInTop.add(g);
            }
        }
        for (int v : topAfter.keySet()) {
            G g = now.get(v);
            if (g == null) {
                continue;
            }
            if (was.get(v) == null) {
                opened.add(g);
            } else if (!topBefore.containsKey(v)) {
                nowInTop.add(g);
            }
        }
        return new GapDiff<>(opened, closed, removed, noLongerInTop, nowInTop);
    }

    private static RankChange change(Projection p, int v, Ranking before, Ranking after, Integer rankBefore) {
        Integer rb = rankBefore != null ? rankBefore : before.rank()[v] == 0 ? null : before.rank()[v];
        return new RankChange(NodeSummary.of(p, v), rb, after.rank()[v] == 0 ? null : after.rank()[v], before.scores()[v],
                after.scores()[v]);
    }
}
