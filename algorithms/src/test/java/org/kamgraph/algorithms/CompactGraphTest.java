package org.kamgraph.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class CompactGraphTest {

    @Test
    void copiesADirectedCsrGraphWithWeightsBothWays() {
        Graph<Integer, Integer> g = new SparseIntDirectedWeightedGraph(4, List.of(
                Triple.of(0, 1, 0.5), Triple.of(0, 2, 2.0), Triple.of(2, 1, 1.5), Triple.of(3, 3, 1.0)));
        CompactGraph c = CompactGraph.of(g);

        assertThat(c.vertexCount()).isEqualTo(4);
        assertThat(c.arcCount()).isEqualTo(4);
        assertThat(c.isDirected()).isTrue();
        assertThat(c.outDegree(0)).isEqualTo(2);
        double out0 = 0;
        for (int i = c.outStart(0); i < c.outEnd(0); i++) {
            out0 += c.outWeights()[i];
        }
        assertThat(out0).isEqualTo(2.5);
        assertThat(c.inDegree(1)).isEqualTo(2);
        double in1 = 0;
        for (int i = c.inStart(1); i < c.inEnd(1); i++) {
            in1 += c.inWeights()[i];
            assertThat(c.inSources()[i]).isIn(0, 2);
        }
        assertThat(in1).isEqualTo(2.0);
        assertThat(c.outDegree(3)).isEqualTo(1); // self-loop kept
    }

    @Test
    void tiesOfStrengthZeroCanBeDropped() {
        Graph<Integer, Integer> g = new SparseIntDirectedWeightedGraph(3, List.of(
                Triple.of(0, 1, 0.0), Triple.of(0, 2, 0.4), Triple.of(2, 1, 0.7)));
        CompactGraph c = CompactGraph.of(g).positiveWeightsOnly();
        assertThat(c.arcCount()).isEqualTo(2);
        assertThat(c.outDegree(0)).isEqualTo(1);
        assertThat(c.outTargets()[c.outStart(0)]).isEqualTo(2);
        assertThat(c.inDegree(1)).isEqualTo(1);
        assertThat(c.inSources()[c.inStart(1)]).isEqualTo(2);
        CompactGraph all = CompactGraph.of(new SparseIntDirectedWeightedGraph(2, List.of(Triple.of(0, 1, 0.5))));
        assertThat(all.positiveWeightsOnly()).isSameAs(all);
        CompactGraph back = all.reversed();
        assertThat(back.outDegree(1)).isEqualTo(1);
        assertThat(back.outTargets()[back.outStart(1)]).isZero();
        assertThat(back.inDegree(0)).isEqualTo(1);
    }

    @Test
    void fromEdgeArraysItIsTheSameAsFromTheGraphAndItsPositiveViewIsMadeOnce() {
        int[] s = {2, 0, 0, 1, 3};
        int[] t = {1, 1, 2, 2, 3};
        double[] w = {1.5, 0.0, 2.0, 0.25, 1.0};
        for (boolean directed : new boolean[] {true, false}) {
            Graph<Integer, Integer> g = org.jgrapht.graph.builder.GraphTypeBuilder.<Integer, Integer>forGraphType(
                            directed ? org.jgrapht.graph.DefaultGraphType.directedPseudograph()
                                    : org.jgrapht.graph.DefaultGraphType.pseudograph())
                    .weighted(true).edgeSupplier(org.jgrapht.util.SupplierUtil.createIntegerSupplier()).buildGraph();
            for (int v = 0; v < 4; v++) {
                g.addVertex(v);
            }
            for (int e = 0; e < s.length; e++) {
                g.setEdgeWeight(g.addEdge(s[e], t[e]), w[e]);
            }
            CompactGraph fromArrays = CompactGraph.of(4, 4, s, t, w, directed); // the first four edges only
            g.removeEdge(4);
            CompactGraph fromGraph = CompactGraph.of(g);
            assertThat(fromArrays.arcCount()).isEqualTo(directed ? 4 : 8);
            for (CompactGraph[] pair : new CompactGraph[][] {{fromArrays, fromGraph}, {fromArrays.reversed(), fromGraph.reversed()}}) {
                assertThat(pair[0].outTargets()).containsExactly(pair[1].outTargets());
                assertThat(pair[0].outWeights()).containsExactly(pair[1].outWeights());
                assertThat(pair[0].inSources()).containsExactly(pair[1].inSources());
                assertThat(pair[0].inWeights()).containsExactly(pair[1].inWeights());
            }
            CompactGraph positive = fromArrays.positiveWeightsOnly();
            assertThat(positive.arcCount()).isEqualTo(directed ? 3 : 6);
            assertThat(fromArrays.positiveWeightsOnly()).isSameAs(positive);
        }
        assertThatThrownBy(() -> CompactGraph.of(2, 1, new int[] {0}, new int[] {2}, new double[] {1}, true))
                .isInstanceOf(IllegalArgumentException.class);
        // Grouped by source: the out-adjacency is the edge arrays themselves, the in-adjacency as a copy makes it.
        int[] gs = {0, 0, 1, 3};
        int[] gt = {1, 2, 2, 3};
        double[] gw = {0.0, 2.0, 0.25, 1.0};
        CompactGraph shared = CompactGraph.of(4, 4, gs, gt, gw, true);
        assertThat(shared.outTargets()).isSameAs(gt);
        assertThat(shared.outWeights()).isSameAs(gw);
        assertThat(shared.outStart(1)).isEqualTo(2);
        assertThat(shared.outEnd(2)).isEqualTo(3);
        CompactGraph copied = CompactGraph.of(new SparseIntDirectedWeightedGraph(4, List.of(
                Triple.of(0, 1, 0.0), Triple.of(0, 2, 2.0), Triple.of(1, 2, 0.25), Triple.of(3, 3, 1.0))));
        assertThat(shared.inSources()).containsExactly(copied.inSources());
        assertThat(shared.inWeights()).containsExactly(copied.inWeights());
        assertThat(shared.inStart(2)).isEqualTo(copied.inStart(2));
        assertThatThrownBy(() -> CompactGraph.of(2, 1, new int[] {0}, new int[] {-1}, new double[] {1}, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUndirectedGraphHasEachEdgeBothWays() {
        SimpleGraph<Integer, DefaultWeightedEdge> g = new SimpleGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 3; v++) {
            g.addVertex(v);
        }
        g.addEdge(0, 1);
        g.addEdge(1, 2);
        CompactGraph c = CompactGraph.of(g);
        assertThat(c.arcCount()).isEqualTo(4);
        assertThat(c.outDegree(1)).isEqualTo(2);
        assertThat(c.inDegree(1)).isEqualTo(2);
    }

    @Test
    void verticesMustBeZeroToNMinusOne() {
        SimpleGraph<Integer, DefaultWeightedEdge> g = new SimpleGraph<>(DefaultWeightedEdge.class);
        g.addVertex(0);
        g.addVertex(5);
        assertThatThrownBy(() -> CompactGraph.of(g)).hasMessageContaining("0..1");
    }
}
