package org.kamgraph.algorithms.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.community.CommunityReference.TOLERANCE;

import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.community.CommunityReference.Expected;

class ModularityTest {

    static Stream<Expected> reference() {
        return CommunityReference.expected().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Expected e) {
        Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get(e.graph()).build(e.weighted());
        double resolution = e.partition().contains("@") ? Double.parseDouble(e.partition().split("@")[1]) : 1.0;
        assertThat(Modularity.of(CompactGraph.of(g), e.membership(), resolution))
                .isCloseTo(e.modularity(), within(TOLERANCE));
    }

    @Test
    void twoTrianglesJoinedByAnEdge() {
        Graph<Integer, DefaultWeightedEdge> g = undirected(6, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3);
        int[] triangles = {0, 0, 0, 1, 1, 1};
        // m = 7; each triangle: L = 3, D = 7: Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2
        assertThat(Modularity.of(g, triangles)).isCloseTo(6 / 7.0 - 0.5, within(1e-15));
        // resolution 0 leaves the fraction of the weight inside communities
        assertThat(Modularity.of(CompactGraph.of(g), triangles, 0)).isCloseTo(6 / 7.0, within(1e-15));
        assertThat(Modularity.of(g, new int[6])).isCloseTo(0, within(1e-15));
        // ids need not be 0..c-1, only below n
        assertThat(Modularity.of(g, new int[] {5, 5, 5, 2, 2, 2})).isCloseTo(6 / 7.0 - 0.5, within(1e-15));
    }

    @Test
    void selfLoopCountsOnceInsideAndTwiceInTheDegree() {
        Graph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex(0);
        g.addVertex(1);
        g.addEdge(0, 0);
        g.addEdge(0, 1);
        // m = 2, degrees 3 and 1; {0}: 1/2 - (3/4)^2, {1}: 0 - (1/4)^2 (networkx: -0.125)
        assertThat(Modularity.of(g, new int[] {0, 1})).isCloseTo(-0.125, within(1e-15));
    }

    @Test
    void directedGraphsAreReadWithBothDirectionsSummed() {
        Graph<Integer, DefaultWeightedEdge> directed = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Graph<Integer, DefaultWeightedEdge> summed = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 4; v++) {
            directed.addVertex(v);
            summed.addVertex(v);
        }
        directed.setEdgeWeight(directed.addEdge(0, 1), 2);
        directed.setEdgeWeight(directed.addEdge(1, 0), 3);
        directed.setEdgeWeight(directed.addEdge(1, 2), 1);
        directed.setEdgeWeight(directed.addEdge(3, 2), 4);
        summed.setEdgeWeight(summed.addEdge(0, 1), 5);
        summed.setEdgeWeight(summed.addEdge(1, 2), 1);
        summed.setEdgeWeight(summed.addEdge(2, 3), 4);
        int[] c = {0, 0, 1, 1};
        assertThat(Modularity.of(directed, c)).isCloseTo(Modularity.of(summed, c), within(1e-15)).isPositive();
    }

    @Test
    void parallelEdgesAddUp() {
        Graph<Integer, DefaultWeightedEdge> multi = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < 3; v++) {
            multi.addVertex(v);
        }
        multi.setEdgeWeight(multi.addEdge(0, 1), 1.5);
        multi.setEdgeWeight(multi.addEdge(1, 0), 0.5);
        multi.setEdgeWeight(multi.addEdge(1, 2), 1);
        Graph<Integer, DefaultWeightedEdge> simple = undirected(3, 0, 1, 1, 2);
        simple.setEdgeWeight(simple.getEdge(0, 1), 2);
        int[] c = {0, 0, 1};
        assertThat(Modularity.of(multi, c)).isCloseTo(Modularity.of(simple, c), within(1e-15));
    }

    @Test
    void graphWithoutEdgesHasModularityZero() {
        assertThat(Modularity.of(undirected(3), new int[] {0, 1, 2})).isZero();
        assertThat(Modularity.of(undirected(0), new int[0])).isZero();
    }

    @Test
    void rejectsBadInput() {
        Graph<Integer, DefaultWeightedEdge> g = undirected(3, 0, 1, 1, 2);
        assertThatThrownBy(() -> Modularity.of(g, new int[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one community per vertex");
        assertThatThrownBy(() -> Modularity.of(g, new int[] {0, 3, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertex 1 has 3");
        assertThatThrownBy(() -> Modularity.of(CompactGraph.of(g), new int[3], Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
        g.setEdgeWeight(g.getEdge(1, 2), -1);
        assertThatThrownBy(() -> Modularity.of(g, new int[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0");
    }

    static Graph<Integer, DefaultWeightedEdge> undirected(int n, int... pairs) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            g.addEdge(pairs[i], pairs[i + 1]);
        }
        return g;
    }
}
