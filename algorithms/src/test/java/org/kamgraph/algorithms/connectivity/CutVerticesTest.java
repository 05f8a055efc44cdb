package org.kamgraph.algorithms.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;

class CutVerticesTest {

    private static List<Integer> cuts(Graph<Integer, ?> g) {
        boolean[] cut = CutVertices.of(CompactGraph.of(g));
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < cut.length; v++) {
            if (cut[v]) {
                out.add(v);
            }
        }
        return out;
    }

    @Test
    void twoTrianglesJoinedThroughOnePersonAndAPendant() {
        // 0-1-2 triangle, 2-3-4 triangle, 4-5 pendant, 6 isolated; directions must not matter.
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v <= 6; v++) {
            g.addVertex(v);
        }
        int[][] arcs = {{0, 1}, {2, 1}, {0, 2}, {3, 2}, {3, 4}, {4, 2}, {5, 4}};
        for (int[] a : arcs) {
            g.addEdge(a[0], a[1]);
        }
        assertThat(cuts(g)).containsExactly(2, 4);
    }

    @Test
    void aPathHasEveryInnerVertexAsCutAndACycleNone() {
        Graph<Integer, DefaultEdge> path = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < 5; v++) {
            path.addVertex(v);
        }
        for (int v = 0; v < 4; v++) {
            path.addEdge(v, v + 1);
        }
        assertThat(cuts(path)).containsExactly(1, 2, 3);
        path.addEdge(4, 0);
        assertThat(cuts(path)).isEmpty();
    }

    @Test
    void agreesWithJGraphTOnRandomGraphs() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 30; round++) {
            int n = 5 + random.nextInt(40);
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            int m = random.nextInt(2 * n);
            for (int i = 0; i < m; i++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    g.addEdge(a, b);
                }
            }
            List<Integer> expected = new ArrayList<>(new BiconnectivityInspector<>(g).getCutpoints());
            expected.sort(null);
            assertThat(cuts(g)).as("round " + round).isEqualTo(expected);
        }
    }
}
