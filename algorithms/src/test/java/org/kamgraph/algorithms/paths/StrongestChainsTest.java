package org.kamgraph.algorithms.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class StrongestChainsTest {

    /** 0 → 1 (0.9), 1 → 3 (0.5), 0 → 2 (0.6), 2 → 3 (0.9), 3 → 4 (1.0); 5 is isolated. */
    static Graph<Integer, DefaultWeightedEdge> diamond() {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 6; v++) {
            g.addVertex(v);
        }
        arc(g, 0, 1, 0.9);
        arc(g, 1, 3, 0.5);
        arc(g, 0, 2, 0.6);
        arc(g, 2, 3, 0.9);
        arc(g, 3, 4, 1.0);
        return g;
    }

    static void arc(Graph<Integer, DefaultWeightedEdge> g, int u, int v, double w) {
        g.setEdgeWeight(g.addEdge(u, v), w);
    }

    @Test
    void mostProbableChainOfInfluence() {
        CompactGraph g = CompactGraph.of(diamond());
        StrongestChains chains = new StrongestChains(g, LengthTransform.NEG_LOG, List.of(0));
        // 0.6 · 0.9 = 0.54 beats 0.9 · 0.5 = 0.45
        assertThat(chains.path(3)).containsExactly(0, 2, 3);
        assertThat(chains.path(4)).containsExactly(0, 2, 3, 4); // a certain hop adds length 0
        assertThat(chains.distance(4)).isEqualTo(chains.distance(3));
        assertThat(StrictMath.exp(-chains.distance(3))).isCloseTo(0.54, within(1e-15));
        assertThat(chains.chain(4).orElseThrow().probability()).isCloseTo(0.54, within(1e-15));
        int[] arcs = chains.arcs(4);
        assertThat(arcs).hasSize(3);
        double product = 1;
        for (int a : arcs) {
            product *= g.outWeights()[a];
        }
        assertThat(product).isCloseTo(0.54, within(1e-15));
        assertThat(g.outTargets()[chains.predecessorArc(3)]).isEqualTo(3);
        assertThat(chains.predecessor(3)).isEqualTo(2);
        assertThat(chains.source(4)).isZero();
        // the source itself and an unreachable vertex
        assertThat(chains.path(0)).containsExactly(0);
        assertThat(chains.arcs(0)).isEmpty();
        assertThat(chains.distance(0)).isZero();
        assertThat(chains.predecessorArc(0)).isEqualTo(-1);
        assertThat(chains.path(5)).isEmpty();
        assertThat(chains.arcs(5)).isEmpty();
        assertThat(chains.chain(5)).isEmpty();
        assertThat(chains.isReachable(5)).isFalse();
        assertThat(chains.distance(5)).isInfinite();
        assertThat(chains.source(5)).isEqualTo(-1);
        assertThat(chains.predecessorArcs()[5]).isEqualTo(-1);
    }

    @Test
    void nearestSourceWins() {
        StrongestChains chains = new StrongestChains(diamond(), LengthTransform.NEG_LOG, Set.of(0, 1));
        // from 1: 0.5; from 0 via 2: 0.54
        assertThat(chains.path(3)).containsExactly(0, 2, 3);
        assertThat(chains.source(3)).isZero();
        // 1 is a source: distance 0 although 0 reaches it
        assertThat(chains.distance(1)).isZero();
        assertThat(chains.path(1)).containsExactly(1);
        StrongestChains fromOneAndTwo = new StrongestChains(diamond(), LengthTransform.NEG_LOG, List.of(2, 1, 2));
        assertThat(fromOneAndTwo.path(4)).containsExactly(2, 3, 4);
        assertThat(fromOneAndTwo.isReachable(0)).isFalse();
    }

    @Test
    void tiesGoToTheVertexSettledFirst() {
        // square 0-1, 0-2, 1-3, 2-3: two equally short paths 0 → 3; vertices at equal distance settle by id
        Graph<Integer, DefaultWeightedEdge> square = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 4; v++) {
            square.addVertex(v);
        }
        square.addEdge(0, 2);
        square.addEdge(0, 1);
        square.addEdge(2, 3);
        square.addEdge(1, 3);
        for (LengthTransform t : LengthTransform.values()) {
            assertThat(new StrongestChains(square, t, List.of(0)).path(3)).as(t.name()).containsExactly(0, 1, 3);
            StrongestChains two = new StrongestChains(square, t, List.of(2, 1));
            assertThat(two.path(3)).as(t.name()).containsExactly(1, 3);
            assertThat(two.path(0)).as(t.name()).containsExactly(1, 0);
        }
    }

    @Test
    void parallelArcsUseTheShortestThenTheFirst() {
        Graph<Integer, DefaultWeightedEdge> multi = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        multi.addVertex(0);
        multi.addVertex(1);
        arc(multi, 0, 1, 0.5);
        arc(multi, 0, 1, 0.8);
        arc(multi, 0, 1, 0.8);
        arc(multi, 1, 1, 1.0);
        CompactGraph g = CompactGraph.of(multi);
        StrongestChains chains = new StrongestChains(g, LengthTransform.NEG_LOG, List.of(0));
        int arc = chains.predecessorArc(1);
        assertThat(g.outWeights()[arc]).isEqualTo(0.8);
        assertThat(arc).isEqualTo(g.outStart(0) + 1); // the first of the two arcs of weight 0.8
        assertThat(chains.distance(1)).isEqualTo(-StrictMath.log(0.8));
    }

    @Test
    void distancesAgreeWithJGraphTDijkstra() {
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            boolean directed = round % 2 == 0;
            Graph<Integer, DefaultWeightedEdge> g = randomGraph(random, 40, 0.08, directed);
            CompactGraph cg = CompactGraph.of(g);
            int a = random.nextInt(40);
            int b = random.nextInt(40);
            StrongestChains both = new StrongestChains(cg, LengthTransform.IDENTITY, List.of(a, b));
            var fromA = new DijkstraShortestPath<>(g).getPaths(a);
            var fromB = new DijkstraShortestPath<>(g).getPaths(b);
            for (int v = 0; v < 40; v++) {
                double expected = Math.min(fromA.getWeight(v), fromB.getWeight(v));
                assertThat(both.distance(v)).as("round %d vertex %d", round, v).isCloseTo(expected, within(1e-12));
                both.chain(v).ifPresent(p -> KShortestPathsTest.assertValid(cg, p, LengthTransform.IDENTITY));
                if (both.isReachable(v)) {
                    assertThat(both.source(v)).isIn(a, b).isEqualTo(both.path(v)[0]);
                }
            }
        }
    }

    static Graph<Integer, DefaultWeightedEdge> randomGraph(Random random, int n, double p, boolean directed) {
        Graph<Integer, DefaultWeightedEdge> g = directed
                ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int u = 0; u < n; u++) {
            for (int v = directed ? 0 : u + 1; v < n; v++) {
                if (u != v && random.nextDouble() < p) {
                    arc(g, u, v, 0.05 + random.nextDouble());
                }
            }
        }
        return g;
    }

    @Test
    void rejectsBadInput() {
        CompactGraph g = CompactGraph.of(diamond());
        assertThatThrownBy(() -> new StrongestChains(g, LengthTransform.NEG_LOG, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources");
        assertThatThrownBy(() -> new StrongestChains(g, LengthTransform.NEG_LOG, List.of(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source 6");
        StrongestChains chains = new StrongestChains(g, LengthTransform.NEG_LOG, List.of(0));
        assertThatThrownBy(() -> chains.path(-1)).isInstanceOf(IllegalArgumentException.class);
        Graph<Integer, DefaultWeightedEdge> bad = diamond();
        bad.setEdgeWeight(bad.getEdge(2, 3), 1.5); // not a probability, even where no chain goes
        assertThatThrownBy(() -> new StrongestChains(bad, LengthTransform.NEG_LOG, List.of(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(2, 3)")
                .hasMessageContaining("1.5");
    }
}
