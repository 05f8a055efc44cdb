package org.kamgraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.flow.MaxFlowMinCutTest.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class VertexRemovalsTest {
    /**
     * An authority (0) funds payers P (1, 100) and Q (2, 50); P pays the PBM (3) 70 and pharmacy 5 directly 20; Q pays
     * the PBM 40 and pharmacy 6 directly 5; the PBM pays pharmacies 5 (80) and 6 (40). Maximum flow 0 -> {5, 6}: P
     * passes 70 + 20 = 90, Q 40 + 5 = 45, the PBM 110; value 135. Without the PBM only 20 + 5 = 25 arrive (loss 110);
     * without P, 45 (loss 90); without Q, 90 (loss 45).
     */
    static CompactGraph market() {
        return network(7, new double[] {0, 1, 100}, new double[] {0, 2, 50}, new double[] {1, 3, 70},
                new double[] {1, 5, 20}, new double[] {2, 3, 40}, new double[] {2, 6, 5}, new double[] {3, 5, 80},
                new double[] {3, 6, 40});
    }

    @Test
    void ranksByTheFlowEachRemovalCuts() {
        MaxFlowMinCut network = new MaxFlowMinCut(market());
        FlowResult flow = network.maximumFlow(List.of(0), List.of(5, 6));
        assertThat(flow.value()).isEqualTo(135.0);
        List<VertexRemovals.Removal> ranked = VertexRemovals.rank(network, flow, null, 25);
        assertThat(ranked).extracting(VertexRemovals.Removal::vertex).containsExactly(3, 1, 2);
        assertThat(ranked).extracting(VertexRemovals.Removal::loss).containsExactly(110.0, 90.0, 45.0);
        assertThat(ranked.getFirst().share()).isCloseTo(110.0 / 135, within(1e-15));
        assertThat(ranked.getFirst().throughput()).isEqualTo(110.0);
        // Only the two largest by throughput (PBM 110, P 90) are evaluated; terminals never are.
        assertThat(VertexRemovals.rank(network, flow, null, 2)).extracting(VertexRemovals.Removal::vertex).containsExactly(3, 1);
    }

    @Test
    void spendThatCanBeReroutedIsNotLost() {
        // s (0) -> a (1) 10, s -> b (2) 10, a -> c (3) 10, b -> c 10, c -> t (4) 12: value 12 whichever way it splits.
        // Without a or b the other still carries 10 (loss 2 each, whatever passed through them); without c, nothing.
        MaxFlowMinCut network = new MaxFlowMinCut(network(5, new double[] {0, 1, 10}, new double[] {0, 2, 10},
                new double[] {1, 3, 10}, new double[] {2, 3, 10}, new double[] {3, 4, 12}));
        FlowResult flow = network.maximumFlow(List.of(0), List.of(4));
        List<VertexRemovals.Removal> ranked = VertexRemovals.rank(network, flow, null, 10);
        assertThat(ranked.getFirst().vertex()).isEqualTo(3);
        assertThat(ranked.getFirst().loss()).isEqualTo(12.0);
        assertThat(ranked.getFirst().share()).isEqualTo(1.0);
        assertThat(ranked.subList(1, ranked.size())).extracting(VertexRemovals.Removal::vertex).containsExactlyInAnyOrder(1, 2);
        for (VertexRemovals.Removal r : ranked.subList(1, ranked.size())) {
            assertThat(r.loss()).isCloseTo(2.0, within(1e-12));
            assertThat(r.loss()).isLessThanOrEqualTo(r.throughput());
        }
    }

    @Test
    void removedVerticesStayRemoved() {
        MaxFlowMinCut network = new MaxFlowMinCut(market());
        double[] caps = new double[7];
        Arrays.fill(caps, MaxFlowMinCut.UNLIMITED);
        caps[2] = 0; // Q excluded already: 90 arrives, all through P (70 via the PBM)
        FlowResult flow = network.maximumFlow(List.of(0), List.of(5, 6), caps);
        assertThat(flow.value()).isEqualTo(90.0);
        List<VertexRemovals.Removal> ranked = VertexRemovals.rank(network, flow, caps, 25);
        assertThat(ranked).extracting(r -> r.vertex() + ":" + r.loss()).containsExactly("1:90.0", "3:70.0");
    }

    @Test
    void agreesWithEdmondsKarpOnTheGraphWithoutTheVertex() {
        Random random = new Random(7);
        for (int round = 0; round < 90; round++) {
            int n = 5 + random.nextInt(9);
            List<double[]> arcs = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.3) {
                        arcs.add(new double[] {u, v, round % 2 == 0 ? random.nextInt(12) : Math.exp(8 + 6 * random.nextDouble())});
                    }
                }
            }
            CompactGraph g = network(n, arcs.toArray(double[][]::new));
            MaxFlowMinCut network = new MaxFlowMinCut(g);
            List<Integer> sources = List.of(0, 1);
            List<Integer> sinks = List.of(n - 2, n - 1);
            assertThat(network.maximumFlowValue(sources, sinks, null)).isCloseTo(network.maximumFlow(sources, sinks).value(),
                    within(1e-9 * Math.max(1, network.maximumFlow(sources, sinks).value())));
            // Round 0 mod 3: plain; 1: the flow ranked has organization capacities (the smaller of in and out, never
            // binding); 2: one intermediate vertex is removed already (capacity 0) and stays removed.
            double[] flowCaps = null;
            double[] rankCaps = null;
            int blocked = -1;
            if (round % 3 == 1) {
                flowCaps = new double[n];
                for (int v = 0; v < n; v++) {
                    double in = 0;
                    double out = 0;
                    for (double[] a : arcs) {
                        in += (int) a[1] == v ? a[2] : 0;
                        out += (int) a[0] == v ? a[2] : 0;
                    }
                    flowCaps[v] = sources.contains(v) || sinks.contains(v) ? MaxFlowMinCut.UNLIMITED : Math.min(in, out);
                }
            } else if (round % 3 == 2) {
                blocked = 2 + random.nextInt(n - 4);
                flowCaps = new double[n];
                Arrays.fill(flowCaps, MaxFlowMinCut.UNLIMITED);
                flowCaps[blocked] = 0;
                rankCaps = flowCaps;
            }
            FlowResult flow = network.maximumFlow(sources, sinks, flowCaps);
            List<VertexRemovals.Removal> ranked = VertexRemovals.rank(network, flow, rankCaps, n);
            for (VertexRemovals.Removal r : ranked) {
                double without = edmondsKarp(n, arcs, sources, sinks, Set.of(r.vertex(), blocked));
                double tolerance = 1e-9 * Math.max(1, flow.value());
                assertThat(r.loss()).as("round %d vertex %d", round, r.vertex()).isCloseTo(flow.value() - without, within(tolerance));
                assertThat(r.loss()).isLessThanOrEqualTo(r.throughput() + tolerance);
                assertThat(r.share()).isBetween(0.0, 1.0);
                assertThat(r.vertex()).isNotEqualTo(blocked);
            }
            for (int i = 1; i < ranked.size(); i++) {
                assertThat(ranked.get(i).loss()).isLessThanOrEqualTo(ranked.get(i - 1).loss());
            }
        }
    }

    @Test
    void rejectsBadInput() {
        MaxFlowMinCut network = new MaxFlowMinCut(market());
        FlowResult flow = network.maximumFlow(List.of(0), List.of(5));
        assertThatThrownBy(() -> VertexRemovals.rank(network, flow, null, 0)).hasMessageContaining("candidates");
        assertThatThrownBy(() -> VertexRemovals.rank(null, flow, null, 1)).hasMessageContaining("null");
    }

    /** The maximum flow with the {@code removed} vertices and their arcs left out, by JGraphT's Edmonds-Karp with super nodes. */
    static double edmondsKarp(int n, List<double[]> arcs, List<Integer> sources, List<Integer> sinks, Set<Integer> removed) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n + 2; v++) {
            g.addVertex(v);
        }
        double big = 1;
        for (double[] a : arcs) {
            big += a[2];
            if (!removed.contains((int) a[0]) && !removed.contains((int) a[1])) {
                g.setEdgeWeight(g.addEdge((int) a[0], (int) a[1]), a[2]);
            }
        }
        for (int s : sources) {
            g.setEdgeWeight(g.addEdge(n, s), big);
        }
        for (int t : sinks) {
            g.setEdgeWeight(g.addEdge(t, n + 1), big);
        }
        return new EdmondsKarpMFImpl<>(g).getMaximumFlowValue(n, n + 1);
    }
}
