package org.kamgraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamgraph.algorithms.flow.MaxFlowMinCutTest.network;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class FlowRoutesTest {
    static final int P = 0, PBM = 1, PBM2 = 2, PH1 = 3, PH2 = 4, IDN = 5, W = 6, Q = 7, A = 8, B = 9;

    /**
     * Payer P pays PBM 60, PBM2 30, IDN 20 (which pays wholesaler W 15) and A 10 (A -> B -> PH2, 10 each: three hops).
     * PBM pays PH1 35 and PH2 25; PBM2 pays PH1 100 (for all its payers); payer Q pays PBM 80 (not P's money).
     * P's outgoing spend: 120. To {PH1, PH2}: PBM passes 60 (35 + 25), PBM2 30, A-B 10; nothing via the IDN.
     */
    static CompactGraph market() {
        return network(10, new double[] {P, PBM, 60}, new double[] {P, PBM2, 30}, new double[] {P, IDN, 20},
                new double[] {IDN, W, 15}, new double[] {PBM, PH1, 35}, new double[] {PBM, PH2, 25},
                new double[] {PBM2, PH1, 100}, new double[] {Q, PBM, 80}, new double[] {P, A, 10}, new double[] {A, B, 10},
                new double[] {B, PH2, 10});
    }

    static String path(FlowPath p) {
        return Arrays.toString(p.vertices()) + "=" + p.value();
    }

    @Test
    void routesAreTheLargestPathsOfTheFlowAndShareCapacities() {
        FlowRoutes.Decomposition d = FlowRoutes.decompose(market(), P, List.of(PH1, PH2), Set.of(), 5, 3);
        assertThat(d.value()).isEqualTo(100.0);
        assertThat(d.paths()).extracting(FlowRoutesTest::path).containsExactly("[0, 1, 3]=35.0", "[0, 2, 3]=30.0",
                "[0, 1, 4]=25.0", "[0, 8, 9, 4]=10.0");
        // Ranked by bottleneck, P -> PBM2 -> PH1 would be worth 30 and P -> PBM -> PH1 35 while PBM2 -> PH1 carries 100
        // for every payer; here each route is P's own money, and they add up to no more than P pays out (120).
        assertThat(d.paths().stream().mapToDouble(FlowPath::value).sum()).isEqualTo(100.0).isLessThanOrEqualTo(120.0);
    }

    @Test
    void theHopBoundKeepsLongerRoutesOut() {
        FlowRoutes.Decomposition d = FlowRoutes.decompose(market(), P, List.of(PH1, PH2), Set.of(), 5, 2);
        assertThat(d.value()).isEqualTo(90.0);
        assertThat(d.paths()).extracting(FlowRoutesTest::path).containsExactly("[0, 1, 3]=35.0", "[0, 2, 3]=30.0", "[0, 1, 4]=25.0");
        assertThat(FlowRoutes.decompose(market(), P, List.of(PH1, PH2), Set.of(), 2, 2).paths()).hasSize(2);
    }

    @Test
    void blockedOrganizationsCarryNothing() {
        assertThat(FlowRoutes.decompose(market(), P, List.of(PH1, PH2), Set.of(PBM2), 5, 3).value()).isEqualTo(70.0);
        assertThat(FlowRoutes.decompose(market(), P, List.of(PH1, PH2), Set.of(P), 5, 3).value()).isZero();
        assertThat(FlowRoutes.decompose(market(), IDN, List.of(PH1), Set.of(), 5, 3).paths()).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> FlowRoutes.decompose(market(), P, List.of(PH1), Set.of(), 0, 3)).hasMessageContaining("k");
        assertThatThrownBy(() -> FlowRoutes.decompose(market(), P, List.of(PH1), Set.of(), 1, 0)).hasMessageContaining("maxHops");
    }
}
