package org.kamgraph.algorithms.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.community.ModularityTest.undirected;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class LabelPropagationTest {

    /** Two 4-cliques {0..3} and {4..7} joined by the edge 3-4. */
    static Graph<Integer, DefaultWeightedEdge> twoCliques() {
        return undirected(8, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 3, 4);
    }

    @Test
    void findsTwoCliquesJoinedByABridge() {
        for (long seed = 0; seed < 20; seed++) {
            LabelPropagation lpa = new LabelPropagation(twoCliques(), seed, 100);
            assertThat(lpa.partition().membership()).as("seed %d", seed).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
            assertThat(lpa.converged()).isTrue();
            assertThat(lpa.iterations()).isBetween(2, 10);
        }
    }

    @Test
    void findsARingOfCliques() {
        Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get("cliques").build(true);
        int[] expected = new int[35];
        for (int v = 0; v < 30; v++) {
            expected[v] = v / 5;
        }
        expected[30] = expected[31] = expected[32] = 6; // the triangle
        expected[33] = 7; // isolated vertices: a community each
        expected[34] = 8;
        for (long seed = 0; seed < 10; seed++) {
            assertThat(new LabelPropagation(g, seed, 100).partition().membership()).as("seed %d", seed)
                    .containsExactly(expected);
        }
    }

    @Test
    void sameSeedSameResult() {
        Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get("random_weighted").build(true);
        int[] first = new LabelPropagation(g, 99, 100).partition().membership();
        assertThat(new LabelPropagation(CompactGraph.of(g), 99, 100).partition().membership()).containsExactly(first);
    }

    @Test
    void convergedPartitionsSatisfyTheStoppingRuleAndAreConnected() {
        for (String name : new String[] {"karate", "random_weighted", "random_plain", "directed_sum"}) {
            for (boolean weighted : new boolean[] {true, false}) {
                Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get(name).build(weighted);
                CompactGraph cg = CompactGraph.of(g);
                for (long seed = 0; seed < 5; seed++) {
                    LabelPropagation lpa = new LabelPropagation(cg, seed, 1000);
                    Partition p = lpa.partition();
                    String what = name + " weighted=" + weighted + " seed=" + seed;
                    assertThat(lpa.converged()).as(what).isTrue();
                    assertThat(p.modularity()).as(what).isCloseTo(Modularity.of(cg, p.membership()), within(1e-12));
                    assertHeaviestLabels(UndirectedView.of(cg), p.membership(), what);
                    assertConnected(UndirectedView.of(cg), p, what);
                }
            }
        }
    }

    /** Every vertex with neighbours has a community of maximal total weight among its neighbours' communities. */
    private static void assertHeaviestLabels(UndirectedView g, int[] c, String what) {
        for (int v = 0; v < g.n; v++) {
            Map<Integer, Double> weight = new HashMap<>();
            for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                weight.merge(c[g.neighbours[i]], g.weights[i], Double::sum);
            }
            if (!weight.isEmpty()) {
                double best = weight.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertThat(weight.getOrDefault(c[v], 0.0)).as(what + " vertex " + v).isCloseTo(best, within(1e-9));
            }
        }
    }

    private static void assertConnected(UndirectedView g, Partition p, String what) {
        for (int c = 0; c < p.communityCount(); c++) {
            int[] members = p.members(c);
            boolean[] reached = new boolean[g.n];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(members[0]);
            reached[members[0]] = true;
            int count = 0;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                count++;
                for (int i = g.offsets[v]; i < g.offsets[v + 1]; i++) {
                    int w = g.neighbours[i];
                    if (!reached[w] && p.communityOf(w) == c) {
                        reached[w] = true;
                        queue.add(w);
                    }
                }
            }
            assertThat(count).as(what + " community " + c).isEqualTo(members.length);
        }
    }

    @Test
    void stopsAtMaxIterations() {
        Graph<Integer, DefaultWeightedEdge> g = CommunityReference.graphs().get("random_plain").build(false);
        LabelPropagation lpa = new LabelPropagation(g, 1, 1);
        assertThat(lpa.converged()).isFalse();
        assertThat(lpa.iterations()).isEqualTo(1);
        assertThat(lpa.partition().vertexCount()).isEqualTo(400);
    }

    @Test
    void isolatedVerticesAndEmptyGraphs() {
        LabelPropagation lpa = new LabelPropagation(undirected(3));
        assertThat(lpa.partition().membership()).containsExactly(0, 1, 2);
        assertThat(lpa.converged()).isTrue();
        assertThat(new LabelPropagation(undirected(0)).partition().communityCount()).isZero();
        assertThat(new LabelPropagation(twoCliques()).getClustering().getNumberClusters()).isEqualTo(2);
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new LabelPropagation(twoCliques(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
        Graph<Integer, DefaultWeightedEdge> g = twoCliques();
        g.setEdgeWeight(g.getEdge(3, 4), Double.NaN);
        assertThatThrownBy(() -> new LabelPropagation(g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
