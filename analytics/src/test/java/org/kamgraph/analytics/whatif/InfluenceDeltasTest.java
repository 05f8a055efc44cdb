package org.kamgraph.analytics.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.history.Changes.RankChange;
import org.kamgraph.analytics.whatif.InfluenceDeltas.GapDiff;
import org.kamgraph.analytics.whatif.InfluenceDeltas.InfluenceDiff;
import org.kamgraph.analytics.whatif.InfluenceDeltas.Ranking;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

class InfluenceDeltasTest {
    private final Projection p = TextMarket.directed("""
            Person A Ada
            Person B Bo
            Person C Cy
            Person D Dee
            A -> B 0.8
            B -> C 0.6
            C -> D 0.4
            """);
    private static final NodeSummary SUBJECT = new NodeSummary("DEC-1", NodeKind.DECISION, "Listing");

    /**
     * Before: A 1 (0.40), B 2 (0.30), C 3 (0.20), D 4 (0.10). The scenario removes B (still a vertex, ranked last);
     * after: C 1 (0.45), A 2 (0.35), D 3 (0.20), B 4 (0.0). Top 2 before: A, B; top 2 after, without B: C, A. By
     * hand: C entered (3 -> 1), A moved (1 -> 2), B is removed (not "left"), nobody left.
     */
    @Test
    void theTopBeforeAndAfterAScenarioCompared() {
        Ranking before = new Ranking(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4}, new double[] {0.40, 0.30, 0.20, 0.10});
        Ranking after = new Ranking(new int[] {2, 0, 3, 1}, new int[] {2, 4, 1, 3}, new double[] {0.35, 0.0, 0.45, 0.20});

        InfluenceDiff d = InfluenceDeltas.ranking(p, SUBJECT, before, after, Set.of(1), 2);

        assertThat(d.subject()).isEqualTo(SUBJECT);
        assertThat(d.entered()).containsExactly(new RankChange(NodeSummary.of(p, 2), 3, 1, 0.20, 0.45));
        assertThat(d.moved()).containsExactly(new RankChange(NodeSummary.of(p, 0), 1, 2, 0.40, 0.35));
        assertThat(d.left()).isEmpty();
        assertThat(d.removed()).extracting(NodeSummary::id).containsExactly("B");
        assertThat(InfluenceDeltas.top(after, 2, Set.of(1))).containsExactly(Map.entry(2, 1), Map.entry(0, 2));
        assertThat(InfluenceDeltas.top(after, 3, Set.of())).containsExactly(Map.entry(2, 1), Map.entry(0, 2), Map.entry(3, 3));
    }

    @Test
    void gapsAreToldApartByWhyTheyChanged() {
        // Top before A, B; after C, A (B removed). A was a gap and is covered well now: closed. B's gap goes with B:
        // removed. C is a new gap in the top: opened.
        Map<Integer, Integer> topBefore = Map.of(0, 1, 1, 2);
        Map<Integer, Integer> topAfter = Map.of(2, 1, 0, 2);
        GapDiff<String> d = InfluenceDeltas.gaps(topBefore, topAfter, Set.of(1), Map.of(0, "A", 1, "B"), Map.of(2, "C"));
        assertThat(d.closed()).containsExactly("A");
        assertThat(d.removed()).containsExactly("B");
        assertThat(d.opened()).containsExactly("C");
        assertThat(d.noLongerInTop()).isEmpty();
        assertThat(d.nowInTop()).isEmpty();
        assertThat(InfluenceDeltas.assessedAfter(new java.util.LinkedHashMap<>(topBefore), topAfter, Set.of(1))).containsOnly(0, 2);

        // A still a gap but out of the top; B a gap before too, only risen into the top.
        GapDiff<String> moved = InfluenceDeltas.gaps(Map.of(0, 1), Map.of(1, 1), Set.of(), Map.of(0, "A", 1, "B"),
                Map.of(0, "A", 1, "B"));
        assertThat(moved.noLongerInTop()).containsExactly("A");
        assertThat(moved.nowInTop()).containsExactly("B");
        assertThat(moved.opened()).isEmpty();
        assertThat(moved.closed()).isEmpty();
    }

    @Test
    void seedsFollowMergesAndLeaveWithRemovals() {
        Scenario s = new Scenario(List.of(new Scenario.Merge(new Scenario.Ref(NodeKind.PERSON, "A"), new Scenario.Ref(NodeKind.PERSON, "B")),
                new Scenario.RemoveNode(new Scenario.Ref(NodeKind.PERSON, "C"))));
        GraphEdits.Edited edited = GraphEdits.apply(p, CompactGraph.of(p.graph()), s);

        assertThat(InfluenceDeltas.seeds(new int[] {1, 2, 3}, edited)).containsExactlyInAnyOrder(0, 3);
        // A -> B became a self-loop (dropped); B -> C and C -> D went with C: no arc is left.
        assertThat(edited.graph().arcCount()).isZero();
    }
}
