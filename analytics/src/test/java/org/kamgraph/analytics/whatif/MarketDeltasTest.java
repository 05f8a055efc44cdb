package org.kamgraph.analytics.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.fixtures.MoneyMarkets;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.market.SpendFlow;
import org.kamgraph.analytics.whatif.MarketDeltas.FlowDiff;
import org.kamgraph.analytics.whatif.MarketDeltas.RankedGatekeeper;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

class MarketDeltasTest {
    /** PAY-1 pays PBM-1 100 and PBM-2 50; they pay PH-1 60, PH-2 30 and PH-3 70: 140 flows (90 through PBM-1). */
    private static final Set<Integer> PAYER = Set.of(0);
    private static final Set<Integer> PHARMACIES = Set.of(3, 4, 5);

    private final Projection p = TextMarket.directed(MoneyMarkets.PAYER_PBMS_PHARMACIES);
    private final CompactGraph g = CompactGraph.of(p.graph());

    @Test
    void whenTheLargerPbmLeavesTheFlowLosesWhatOnlyItCarried() {
        // Without PBM-1 only PBM-2's 50 reaches the pharmacies: 140 -> 50, a change of -90. Before, PBM-1 ranks first
        // (cuts 90), PBM-2 second (cuts 50); after, PBM-2 is the only gatekeeper and cuts all of the 50.
        Scenario leaves = new Scenario(List.of(new Scenario.RemoveNode(new Scenario.Ref(NodeKind.PBM, "PBM-1"))));
        GraphEdits.Edited edited = GraphEdits.apply(p, g, leaves);
        assertThat(edited.gone()).containsExactly(1);

        SpendFlow.Outcome was = SpendFlow.maximum(p, g, PAYER, PHARMACIES, Set.of(), true);
        SpendFlow.Outcome now = SpendFlow.maximum(p, edited.graph(), PAYER, PHARMACIES, edited.gone(), true);
        FlowDiff d = MarketDeltas.flow(p, was, now, 5);

        assertThat(d.valueBefore()).isCloseTo(140, offset(1e-9));
        assertThat(d.valueAfter()).isCloseTo(50, offset(1e-9));
        assertThat(d.change()).isCloseTo(-90, offset(1e-9));
        assertThat(d.gatekeepersBefore()).extracting(RankedGatekeeper::rank, x -> x.node().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "PBM-1"), org.assertj.core.groups.Tuple.tuple(2, "PBM-2"));
        assertThat(d.gatekeepersAfter()).extracting(x -> x.node().id()).containsExactly("PBM-2");
        assertThat(d.gatekeepersAfter().getFirst().share()).isCloseTo(1.0, offset(1e-12));
        assertThat(d.gatekeeperCandidates()).isEqualTo(5);
    }

    @Test
    void aMergerAddsTheAbsorbedPbmsMoneyAndOutlets() {
        // PBM-2 merges into PBM-1: PBM-1 receives 100 + 50 = 150 and can pass on 60 + 30 + 70 = 160, so 150 flows (+10).
        Scenario merger = new Scenario(List.of(new Scenario.Merge(new Scenario.Ref(NodeKind.PBM, "PBM-1"),
                new Scenario.Ref(NodeKind.PBM, "PBM-2"))));
        GraphEdits.Edited edited = GraphEdits.apply(p, g, merger);
        assertThat(edited.map(2)).isEqualTo(1);

        SpendFlow.Outcome was = SpendFlow.maximum(p, g, PAYER, PHARMACIES, Set.of(), false);
        SpendFlow.Outcome now = SpendFlow.maximum(p, edited.graph(), PAYER, PHARMACIES, edited.gone(), false);

        assertThat(MarketDeltas.flow(p, was, now, 5).change()).isCloseTo(10, offset(1e-9));
    }

    @Test
    void aListingChangeBlocksOrUnblocksTheListingOrganizationForItsProductOnly() {
        Scenario s = new Scenario(List.of(
                new Scenario.ChangeListing(new Scenario.Ref(NodeKind.PBM, "PBM-1"), "PRD-1", true),
                new Scenario.ChangeListing(new Scenario.Ref(NodeKind.PBM, "PBM-2"), "PRD-1", false),
                new Scenario.ChangeListing(new Scenario.Ref(NodeKind.PAYER, "PAY-1"), "PRD-2", true)));
        Set<Integer> block = new HashSet<>();
        Set<Integer> unblock = new HashSet<>();

        MarketDeltas.listings(p, s, "PRD-1", block, unblock);

        assertThat(block).containsExactly(1);
        assertThat(unblock).containsExactly(2);
    }
}
