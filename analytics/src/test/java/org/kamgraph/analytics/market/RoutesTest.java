package org.kamgraph.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.HopBoundedPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.analytics.fixtures.MoneyMarkets;
import org.kamgraph.analytics.fixtures.TextMarket;
import org.kamgraph.analytics.market.MarketViews.Route;
import org.kamgraph.analytics.market.Routes.Found;
import org.kamgraph.cypher.market.MarketQueries.HopAmount;
import org.kamgraph.cypher.market.MarketQueries.Listing;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class RoutesTest {
    /** PAY-1 pays PBM-1 100 and PBM-2 50; they pay PH-1 60, PH-2 30 and PH-3 70 (see the fixture). */
    private final Projection p = TextMarket.directed(MoneyMarkets.PAYER_PBMS_PHARMACIES);
    private final CompactGraph g = CompactGraph.of(p.graph());
    private static final List<Integer> PHARMACIES = List.of(3, 4, 5);

    @Test
    void bySpendTheFlowIsDecomposedIntoRoutesLargestFirst() {
        // 140 flows: 60 via PBM-1 to PH-1, 50 via PBM-2 to PH-3, 30 via PBM-1 to PH-2.
        Routes.BySpend d = Routes.bySpend(g, 0, PHARMACIES, Set.of(), 5, 4);

        assertThat(d.flow()).isCloseTo(140, offset(1e-9));
        assertThat(d.routes()).extracting(f -> Arrays.toString(f.vertices()), Found::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("[0, 1, 3]", 60.0), org.assertj.core.groups.Tuple.tuple("[0, 2, 5]", 50.0),
                org.assertj.core.groups.Tuple.tuple("[0, 1, 4]", 30.0));
        assertThat(Routes.bySpend(g, 0, PHARMACIES, Set.of(1), 5, 4).flow()).as("avoiding PBM-1").isCloseTo(50, offset(1e-9));
        assertThat(Routes.outgoing(g, 0)).isEqualTo(150);
    }

    @Test
    void byLengthABlockedOrganizationsRoutesAreLeftOut() {
        HopBoundedPaths search = new HopBoundedPaths(g, LengthTransform.NONE);

        assertThat(Routes.byLength(search, 0, PHARMACIES, 5, 4, Set.of())).hasSize(3).allSatisfy(f -> {
            assertThat(f.vertices()).hasSize(3);
            assertThat(f.value()).isNull();
        });
        assertThat(Routes.byLength(search, 0, PHARMACIES, 5, 4, Set.of(1))).extracting(f -> Arrays.toString(f.vertices()))
                .containsExactly("[0, 2, 5]");
        assertThat(Routes.byLength(search, 0, PHARMACIES, 1, 4, Set.of())).hasSize(1);
    }

    @Test
    void aRouteIsToldWithItsHopsAmountsAndTheListingsOnIt() {
        // Two relationships make the payer's hop to PBM-1: their product parts (40 + 5) and whole amounts (100 + 20) add up.
        List<Found> found = List.of(new Found(new int[] {0, 1, 3}, 60.0));
        String payerToPbm = p.elementId(0) + "|" + p.elementId(1);
        Map<String, List<HopAmount>> amounts = Map.of(payerToPbm, List.of(
                new HopAmount(RelKind.REIMBURSES, 100.0, 40.0, "USD", "claims"),
                new HopAmount(RelKind.CONTRACTS_WITH, 20.0, 5.0, "USD", "contracts")));
        Map<String, List<Listing>> listings = Map.of(p.elementId(1), List.of(
                new Listing(NodeKind.PBM, "PBM-1", "ScriptCo", 2L, true, false, false)));

        assertThat(Routes.hops(p, found)).hasSize(2);
        assertThat(Routes.organizations(p, found)).containsExactly(p.elementId(0), p.elementId(1), p.elementId(3));
        Route r = Routes.told(p, found, amounts, listings, Set.of(1)).getFirst();

        assertThat(r.spend()).isEqualTo(60.0);
        assertThat(r.accessible()).as("passes the blocked PBM-1").isFalse();
        assertThat(r.hops().get(0).spend()).isEqualTo(45.0);
        assertThat(r.hops().get(0).amount()).isEqualTo(120.0);
        assertThat(r.hops().get(0).type()).isEqualTo(RelKind.REIMBURSES);
        assertThat(r.hops().get(0).types()).containsExactly(RelKind.REIMBURSES, RelKind.CONTRACTS_WITH);
        assertThat(r.hops().get(1).spend()).as("no stored relationship read").isNull();
        assertThat(r.formulary()).singleElement().satisfies(l -> assertThat(l.tier()).isEqualTo(2L));
    }
}
