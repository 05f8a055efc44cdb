package org.kamgraph.algorithms.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.community.CommunityReference.TOLERANCE;
import static org.kamgraph.algorithms.community.ModularityTest.undirected;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm.Clustering;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.community.CommunityReference.Expected;

class GreedyModularityTest {

    static Stream<Expected> reference() {
        return CommunityReference.expected().stream().filter(e -> e.partition().startsWith("greedy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void matchesNetworkX(Expected e) {
        Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get(e.graph()).build(e.weighted());
        double resolution = e.partition().contains("@") ? Double.parseDouble(e.partition().split("@")[1]) : 1.0;
        Partition p = new GreedyModularity(g, resolution).partition();
        assertThat(p.membership()).containsExactly(e.membership());
        assertThat(p.communityCount()).isEqualTo(e.communities());
        assertThat(p.modularity()).isCloseTo(e.modularity(), within(TOLERANCE));
    }

    @Test
    void karateClub() {
        Graph<Integer, DefaultWeightedEdge> karate = CommunityReference.graphs().get("karate").build(false);
        GreedyModularity greedy = new GreedyModularity(karate);
        Partition p = greedy.partition();
        // the example of the NetworkX documentation, and Q = 0.3807 as published for CNM on this graph
        assertThat(p.communityCount()).isEqualTo(3);
        assertThat(p.members(0)).containsExactly(8, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33);
        assertThat(p.modularity()).isCloseTo(0.3807, within(5e-5));
        assertThat(p.modularity()).isCloseTo(Modularity.of(karate, p.membership()), within(1e-15));
        Clustering<Integer> clustering = greedy.getClustering();
        assertThat(clustering.getNumberClusters()).isEqualTo(3);
        assertThat(clustering.getClusters().get(0)).hasSize(17).contains(8, 33);
        assertThat(clustering.getClusters().stream().mapToInt(Set::size).sum()).isEqualTo(34);
    }

    @Test
    void isolatedVerticesAndEdgelessGraphsGiveSingletons() {
        // two triangles, vertex 6 isolated
        Partition p = new GreedyModularity(undirected(7, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5)).partition();
        assertThat(p.membership()).containsExactly(0, 0, 0, 1, 1, 1, 2);
        assertThat(p.size(2)).isEqualTo(1);
        assertThat(p.modularity()).isCloseTo(0.5, within(1e-15));
        Partition none = new GreedyModularity(undirected(3)).partition();
        assertThat(none.membership()).containsExactly(0, 1, 2);
        assertThat(none.modularity()).isZero();
        assertThat(new GreedyModularity(undirected(0)).partition().communityCount()).isZero();
    }

    @Test
    void acceptsCompactAndSparseGraphs() {
        Graph<Integer, Integer> csr = new SparseIntUndirectedWeightedGraph(6, List.of(
                Triple.of(0, 1, 1.0), Triple.of(1, 2, 1.0), Triple.of(0, 2, 1.0), Triple.of(2, 3, 0.1),
                Triple.of(3, 4, 1.0), Triple.of(4, 5, 1.0), Triple.of(3, 5, 1.0)));
        assertThat(new GreedyModularity(csr).partition().membership()).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(new GreedyModularity(CompactGraph.of(csr)).partition().membership())
                .containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void largeSparseGraph() {
        // 5,000 vertices in 50 planted groups, 50,000 edges, 90% of them inside groups
        int n = 5000;
        SplittableRandom random = new SplittableRandom(7);
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>();
        while (edges.size() < 50_000) {
            int u = random.nextInt(n);
            int v = random.nextDouble() < 0.9 ? (u / 100) * 100 + random.nextInt(100) : random.nextInt(n);
            if (u != v) {
                edges.add(Triple.of(u, v, 1.0 + random.nextInt(3)));
            }
        }
        CompactGraph g = CompactGraph.of(new SparseIntUndirectedWeightedGraph(n, edges));
        Partition p = new GreedyModularity(g).partition();
        assertThat(p.modularity()).isCloseTo(Modularity.of(g, p.membership()), within(1e-12)).isGreaterThan(0.7);
        assertThat(p.communityCount()).isBetween(40, 100);
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new GreedyModularity(CompactGraph.of(undirected(2, 0, 1)), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
        assertThatThrownBy(() -> new GreedyModularity((Graph<Integer, ?>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("graph");
    }
}
