package org.kamgraph.algorithms.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class FlowCyclesTest {

    @Test
    void cancelsCyclesAndKeepsConservation() {
        // nodes 0 (source) .. 4 (sink); pairs: 0->1, 1->2, 2->1, 2->3, 3->1, 3->4, 1->4
        int[] tail = {0, 1, 2, 2, 3, 3, 1};
        int[] head = {1, 2, 1, 3, 1, 4, 4};
        double[] capacity = {10, 10, 10, 10, 10, 10, 10};
        Dinic network = new Dinic(5, 0, 4, tail, head, capacity);
        // a flow of value 6 (0->1->4: 2, 0->1->2->3->4: 4) plus a 2-cycle 1<->2 of 3 and a 3-cycle 1->2->3->1 of 2
        double[] flow = {6, 4 + 3 + 2, 3, 4 + 2, 2, 4, 2};
        assertThat(FlowCycles.cancel(network, flow)).isPositive();
        assertThat(flow).containsExactly(6, 4, 0, 4, 0, 4, 2);
    }

    @Test
    void cyclesThatShareArcsAreAllCancelled() {
        // two cycles through the arc 1->2: 1->2->1 and 1->2->3->1, and a source-to-sink path 0->1->2->3->4
        int[] tail = {0, 1, 2, 2, 3, 3};
        int[] head = {1, 2, 1, 3, 1, 4};
        double[] capacity = {100, 100, 100, 100, 100, 100};
        Dinic network = new Dinic(5, 0, 4, tail, head, capacity);
        double[] flow = {1, 1 + 5 + 7, 5, 1 + 7, 7, 1};
        FlowCycles.cancel(network, flow);
        assertThat(flow).containsExactly(1, 1, 0, 1, 0, 1);
    }

    /**
     * On this random network Dinic's algorithm leaves flow circulating (found by searching random networks; rare on
     * small ones): the result must still be acyclic, with the value of JGraphT's push-relabel.
     */
    @Test
    void dinicLeavesACycleThatTheResultDoesNotShow() {
        int[][] arcs = {{0, 2, 415}, {0, 4, 542}, {0, 7, 533}, {0, 8, 938}, {0, 9, 485}, {1, 4, 679}, {1, 7, 78},
                {2, 0, 107}, {2, 3, 971}, {2, 4, 202}, {2, 6, 741}, {2, 7, 540}, {2, 12, 539}, {3, 2, 571}, {3, 7, 802},
                {3, 12, 274}, {4, 0, 842}, {4, 1, 871}, {4, 2, 523}, {4, 3, 334}, {4, 8, 636}, {4, 11, 774},
                {5, 4, 208}, {5, 8, 483}, {6, 0, 194}, {6, 1, 590}, {6, 5, 968}, {6, 8, 134}, {6, 9, 28}, {7, 1, 271},
                {7, 10, 481}, {7, 11, 355}, {8, 4, 164}, {8, 10, 769}, {8, 11, 965}, {8, 12, 729}, {9, 0, 789},
                {9, 1, 282}, {9, 2, 752}, {9, 3, 514}, {10, 4, 904}, {10, 8, 125}, {10, 11, 710}, {10, 12, 534},
                {11, 5, 634}, {11, 8, 477}, {11, 12, 955}, {12, 4, 314}, {12, 6, 229}, {12, 9, 650}};
        Graph<Integer, DefaultWeightedEdge> jg = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 13; v++) {
            jg.addVertex(v);
        }
        for (int[] a : arcs) {
            jg.setEdgeWeight(jg.addEdge(a[0], a[1]), a[2]);
        }
        CompactGraph g = CompactGraph.of(jg);

        // the network MaxFlowMinCut builds for source 0 and sink 12, without vertex capacities
        int m = g.arcCount();
        int[] tail = new int[m + 2];
        int[] head = new int[m + 2];
        double[] capacity = new double[m + 2];
        for (int u = 0; u < 13; u++) {
            for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                tail[a] = u;
                head[a] = g.outTargets()[a];
                capacity[a] = g.outWeights()[a];
            }
        }
        tail[m] = 13;
        head[m] = 0;
        capacity[m] = Double.POSITIVE_INFINITY;
        tail[m + 1] = 12;
        head[m + 1] = 14;
        capacity[m + 1] = Double.POSITIVE_INFINITY;
        Dinic network = new Dinic(15, 13, 14, tail, head, capacity);
        network.maximize();
        double[] flow = new double[m + 2];
        for (int p = 0; p < flow.length; p++) {
            flow[p] = network.flow(p);
        }
        assertThat(FlowCycles.cancel(network, flow)).as("cycles left by Dinic").isPositive();

        FlowResult r = new MaxFlowMinCut(g).maximumFlow(List.of(0), List.of(12));
        assertThat(r.value()).isCloseTo(new PushRelabelMFImpl<>(jg).getMaximumFlowValue(0, 12), within(1e-9));
        MaxFlowMinCutTest.assertValidFlow(g, r, null); // acyclic, conserved, cut = value
    }
}
