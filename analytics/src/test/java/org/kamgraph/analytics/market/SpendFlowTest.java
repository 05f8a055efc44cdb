package org.kamgraph.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.fixtures.MoneyMarkets;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.market.MarketViews.CutEdge;
import org.kamgraph.analytics.market.MarketViews.FlowRowView;
import org.kamgraph.analytics.market.MarketViews.Follows;
import org.kamgraph.analytics.market.MarketViews.Gatekeeper;
import org.kamgraph.analytics.market.MarketViews.MoneyPath;
import org.kamgraph.analytics.market.MarketViews.MoneyTrail;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class SpendFlowTest {
    /** PAY-1 pays PBM-1 100 and PBM-2 50; they pay PH-1 60, PH-2 30 and PH-3 70: 140 flows (see the fixture). */
    static final int PAY1 = 0;
    static final int PBM1 = 1;
    static final int PBM2 = 2;
    static final Set<Integer> PHARMACIES = Set.of(3, 4, 5);

    private final Projection p = TextMarket.directed(MoneyMarkets.PAYER_PBMS_PHARMACIES);
    private final CompactGraph g = CompactGraph.of(p.graph());

    @Test
    void theMaximumFlowItsSankeyRowsAndTheCutNearestThePayer() {
        SpendFlow.Outcome o = SpendFlow.maximum(p, g, Set.of(PAY1), PHARMACIES, Set.of(), false);

        assertThat(o.value()).isCloseTo(140, offset(1e-9));
        assertThat(o.sources()).isEqualTo(1);
        assertThat(o.sinks()).isEqualTo(3);
        // Largest first, ties (the two 50s) by source vertex.
        assertThat(SpendFlow.rows(p, o, 10)).containsExactly(
                row("PAY-1", "PBM-1", 90), row("PBM-1", "PH-1", 60), row("PAY-1", "PBM-2", 50), row("PBM-2", "PH-3", 50),
                row("PBM-1", "PH-2", 30));
        assertThat(SpendFlow.rows(p, o, 2)).hasSize(2);
        assertThat(SpendFlow.allRows(o)).hasSize(5);

        assertThat(o.cut().capacity()).isCloseTo(140, offset(1e-9));
        assertThat(o.cut().edges()).extracting(e -> e.from().id() + ">" + e.to().id(), CutEdge::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PBM-1>PH-1", 60.0),
                        org.assertj.core.groups.Tuple.tuple("PAY-1>PBM-2", 50.0),
                        org.assertj.core.groups.Tuple.tuple("PBM-1>PH-2", 30.0));
        assertThat(o.cut().edges().getFirst().share()).isCloseTo(60.0 / 140, offset(1e-12));
        assertThat(o.cut().organizations()).isEmpty();
    }

    @Test
    void gatekeepersAreRankedByTheFlowTheirRemovalCuts() {
        SpendFlow.Outcome o = SpendFlow.maximum(p, g, Set.of(PAY1), PHARMACIES, Set.of(), false);

        List<Gatekeeper> ranked = SpendFlow.gatekeepers(p, o, 2);

        assertThat(ranked).extracting(k -> k.node().id()).containsExactly("PBM-1", "PBM-2");
        assertThat(ranked.get(0).throughput()).isCloseTo(90, offset(1e-9));
        assertThat(ranked.get(0).cut()).isCloseTo(90, offset(1e-9));
        assertThat(ranked.get(0).share()).isCloseTo(90.0 / 140, offset(1e-12));
        assertThat(ranked.get(0).rerouted()).isCloseTo(0, offset(1e-9));
        assertThat(ranked.get(1).cut()).isCloseTo(50, offset(1e-9));
    }

    @Test
    void aBlockedOrganizationCarriesNothing() {
        SpendFlow.Outcome o = SpendFlow.maximum(p, g, Set.of(PAY1), PHARMACIES, Set.of(PBM2), false);

        assertThat(o.value()).isCloseTo(90, offset(1e-9));
        assertThat(o.blocked()).containsExactly(PBM2);
        assertThat(SpendFlow.rows(p, o, 10)).extracting(r -> r.target().id()).doesNotContain("PBM-2", "PH-3");

        SpendFlow.Outcome none = SpendFlow.maximum(p, g, Set.of(PAY1), PHARMACIES, Set.of(PAY1), false);
        assertThat(none.value()).isZero();
        assertThat(none.sources()).isZero();
        assertThat(SpendFlow.gatekeepers(p, none, 2)).isEmpty();
    }

    @Test
    void organizationCapacitiesAreTheSmallerOfInflowAndOutflow() {
        // PBM-1: min(100 in, 90 out) = 90; PBM-2: min(50, 70) = 50. Blocking nothing, the flow is the same 140.
        SpendFlow.Outcome o = SpendFlow.maximum(p, g, Set.of(PAY1), PHARMACIES, Set.of(), true);
        assertThat(o.value()).isCloseTo(140, offset(1e-9));
        assertThat(o.cut().capacity()).isCloseTo(140, offset(1e-9));
    }

    @Test
    void endsAreResolvedByKindAndKeptApart() {
        assertThat(SpendFlow.ofKinds(p, List.of(NodeKind.PBM), MarketProjections.MARKET, "sources.kinds")).containsExactly(PBM1, PBM2);
        assertThatThrownBy(() -> SpendFlow.ofKinds(p, List.of(NodeKind.PERSON), MarketProjections.MARKET, "sources.kinds"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not an organization money flows through");
        assertThatThrownBy(() -> SpendFlow.apart(p, Set.of(PAY1, PBM1), Set.of(PBM1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Pbm 'PBM-1' is both a source and a sink");
    }

    @Test
    void aTrailFollowsTheMoneyIntoAndOutOfAnAccount() {
        // Into PBM-1 from the payer and the other PBM: 100 (the payer's payment); out to the pharmacies: 60 + 30 = 90.
        MoneyTrail t = SpendFlow.trail(p, g, PBM1, Set.of(PBM1), Follows.MONEY, List.of(RelKind.REIMBURSES), SpendBasis.total(), 5);

        assertThat(t.account().id()).isEqualTo("PBM-1");
        assertThat(t.inflow()).isCloseTo(100, offset(1e-9));
        assertThat(t.comesFrom()).extracting(MoneyPath::spend).containsExactly(100.0);
        assertThat(t.comesFrom().getFirst().nodes()).extracting(NodeSummary::id).containsExactly("PAY-1", "PBM-1");
        assertThat(t.outflow()).isCloseTo(90, offset(1e-9));
        assertThat(t.goesTo()).extracting(MoneyPath::spend).containsExactly(60.0, 30.0);
    }

    private FlowRowView row(String from, String to, double value) {
        return new FlowRowView(node(from), node(to), value);
    }

    private NodeSummary node(String id) {
        for (int v = 0; v < p.vertexCount(); v++) {
            if (p.id(v).equals(id)) {
                return NodeSummary.of(p, v);
            }
        }
        throw new IllegalArgumentException(id);
    }
}
