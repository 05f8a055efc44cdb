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
