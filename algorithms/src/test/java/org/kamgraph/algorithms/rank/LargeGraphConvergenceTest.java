package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * On large graphs a stopping rule of n·tol (NetworkX's) accepts the first update: with 200,000 vertices the
 * bound is 0.2 while a distribution's L1 change cannot exceed 2. The relative rule keeps iterating.
 */
class LargeGraphConvergenceTest {

    @Test
    void pageRankKeepsIteratingOnALargeGraphAndAgreesWithJGraphT() {
        int n = 200_000;
        SplittableRandom random = new SplittableRandom(7);
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            edges.add(Triple.of(v, (v + 1) % n, 1.0));
            // a heavy tail: many vertices point at a few hubs
            edges.add(Triple.of(v, random.nextInt(1 + v % 50), 1.0));
        }
        SparseIntDirectedWeightedGraph graph = new SparseIntDirectedWeightedGraph(n, edges);

        PageRank ours = new PageRank(graph, 0.85, 200, 1e-9);
        double[] scores = ours.scoreArray();
        assertThat(ours.convergence().converged()).isTrue();
        assertThat(ours.convergence().iterations()).isGreaterThan(10);

        var reference = new org.jgrapht.alg.scoring.PageRank<>(graph, 0.85, 200, 1e-12);
        for (int v : new int[] {0, 1, 2, 17, 49, 1000, n - 1}) {
            assertThat(scores[v]).as("vertex " + v).isCloseTo(reference.getVertexScore(v), within(1e-9));
        }
    }
}
