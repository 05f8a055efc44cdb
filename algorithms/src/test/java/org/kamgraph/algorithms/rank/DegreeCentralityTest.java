package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.rank.Reference.EXACT;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.rank.DegreeCentrality.Mode;

class DegreeCentralityTest {

    private static double[] degree(Graph<Integer, ?> g, Mode mode, boolean weighted, boolean normalized) {
        return new DegreeCentrality(g, mode, weighted, normalized).scoreArray();
    }

    @Test
    void karateClubMatchesNetworkx() {
        Reference karate = Reference.karate();
        Graph<Integer, ?> g = karate.simpleUndirected();
        assertThat(new DegreeCentrality(g).scoreArray())
                .containsExactly(karate.expected("degree_centrality"), within(EXACT));
        for (Mode mode : Mode.values()) { // undirected: every mode is the degree
            assertThat(degree(g, mode, false, false)).containsExactly(karate.expected("degree"), within(0.0));
            assertThat(degree(g, mode, true, false)).containsExactly(karate.expected("degree_weighted"), within(EXACT));
        }
    }

    @Test
    void florentineFamiliesMatchNetworkx() {
        Reference florentine = Reference.florentine();
        assertThat(new DegreeCentrality(florentine.sparseUndirected()).scoreArray())
                .containsExactly(florentine.expected("degree_centrality"), within(EXACT));
    }

    @Test
    void directedModesMatchNetworkx() {
        Reference directed = Reference.directed();
        Graph<Integer, ?> g = directed.sparseDirected();
        assertThat(degree(g, Mode.IN, false, true)).containsExactly(directed.expected("in_degree_centrality"), within(EXACT));
        assertThat(degree(g, Mode.OUT, false, true)).containsExactly(directed.expected("out_degree_centrality"), within(EXACT));
        assertThat(degree(g, Mode.BOTH, false, true)).containsExactly(directed.expected("degree_centrality"), within(EXACT));
        assertThat(degree(g, Mode.IN, false, false)).containsExactly(directed.expected("in_degree"), within(0.0));
        assertThat(degree(g, Mode.OUT, false, false)).containsExactly(directed.expected("out_degree"), within(0.0));
        assertThat(degree(g, Mode.BOTH, false, false)).containsExactly(directed.expected("degree"), within(0.0));
        assertThat(degree(g, Mode.IN, true, false)).containsExactly(directed.expected("in_degree_weighted"), within(EXACT));
        assertThat(degree(g, Mode.OUT, true, false)).containsExactly(directed.expected("out_degree_weighted"), within(EXACT));
        assertThat(degree(g, Mode.BOTH, true, false)).containsExactly(directed.expected("degree_weighted"), within(EXACT));
        double[] weightedNormalized = degree(g, Mode.BOTH, true, true);
        double[] weightedRaw = directed.expected("degree_weighted");
        for (int v = 0; v < weightedRaw.length; v++) {
            assertThat(weightedNormalized[v]).isCloseTo(weightedRaw[v] / 5, within(1e-15));
        }
    }

    @Test
    void starCentreIsOneAndLeavesOneOverNMinusOne() {
        DegreeCentrality d = new DegreeCentrality(Fixtures.star(4));
        assertThat(d.getVertexScore(0)).isEqualTo(1.0);
        assertThat(d.getVertexScore(2)).isEqualTo(0.25);
    }

    @Test
    void tinyGraphsFollowNetworkx() {
        DefaultDirectedGraph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        assertThat(new DegreeCentrality(g).getScores()).isEmpty();
        g.addVertex(0);
        assertThat(new DegreeCentrality(g).getVertexScore(0)).isEqualTo(1.0);
        assertThat(new DegreeCentrality(g, Mode.IN, false, false).getVertexScore(0)).isEqualTo(0.0);
    }

    @Test
    void rejectsNullMode() {
        assertThatThrownBy(() -> new DegreeCentrality(Fixtures.threeCycle(), null, false, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mode must not be null");
    }
}
