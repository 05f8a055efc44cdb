package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.rank.Reference.EXACT;
import static org.kamgraph.algorithms.rank.Reference.MAX_ITERATIONS;
import static org.kamgraph.algorithms.rank.Reference.PAGERANK_TOLERANCE;

import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.generate.GnmRandomGraphGenerator;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;

class PageRankTest {

    private static double[] pageRank(Graph<Integer, ?> g, boolean weighted, PageRank.Output output) {
        PageRank pr = new PageRank(g, 0.85, MAX_ITERATIONS, PAGERANK_TOLERANCE, weighted, output);
        assertThat(pr.convergence().converged()).isTrue();
        return pr.scoreArray();
    }

    private static double[] pageRank(Graph<Integer, ?> g, boolean weighted) {
        return pageRank(g, weighted, PageRank.Output.DISTRIBUTION);
    }

    @Test
    void karateClubUnweightedMatchesNetworkx() {
        Reference karate = Reference.karate();
        assertThat(pageRank(karate.simpleUndirected(), false)).containsExactly(karate.expected("pagerank"), within(EXACT));
    }

    @Test
    void karateClubWeightedMatchesNetworkx() {
        Reference karate = Reference.karate();
        assertThat(pageRank(karate.simpleUndirected(), true))
                .containsExactly(karate.expected("pagerank_weighted"), within(EXACT));
    }

    @Test
    void florentineFamiliesMatchNetworkx() {
        Reference florentine = Reference.florentine();
        assertThat(pageRank(florentine.sparseUndirected(), false))
                .containsExactly(florentine.expected("pagerank"), within(EXACT));
    }

    @Test
    void sparseCsrDigraphWithDanglingVertexMatchesNetworkx() {
        Reference directed = Reference.directed();
        SparseIntDirectedWeightedGraph g = directed.sparseDirected();
        assertThat(pageRank(g, false)).containsExactly(directed.expected("pagerank"), within(EXACT));
        assertThat(pageRank(g, true)).containsExactly(directed.expected("pagerank_weighted"), within(EXACT));
        assertThat(sum(pageRank(g, true))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unnormalizedOutputIsTheGdsFixedPoint() {
        Reference directed = Reference.directed();
        SparseIntDirectedWeightedGraph g = directed.sparseDirected();
        assertThat(pageRank(g, false, PageRank.Output.UNNORMALIZED))
                .containsExactly(directed.expected("pagerank_unnormalized"), within(EXACT));
        assertThat(pageRank(g, true, PageRank.Output.UNNORMALIZED))
                .containsExactly(directed.expected("pagerank_unnormalized_weighted"), within(EXACT));
        Reference karate = Reference.karate();
        assertThat(pageRank(karate.simpleUndirected(), true, PageRank.Output.UNNORMALIZED))
                .containsExactly(karate.expected("pagerank_unnormalized_weighted"), within(EXACT));
    }

    @Test
    void reproducesTheGdsManualExamples() {
        // GDS counts its initialisation as iteration 1: its maxIterations 20 is 19 updates here.
        SparseIntDirectedWeightedGraph g = Fixtures.gdsExample();
        PageRank unweighted = new PageRank(g, 0.85, 19, 1e-15, false, PageRank.Output.UNNORMALIZED);
        assertThat(unweighted.scoreArray()).containsExactly(
                Fixtures.gds(3.215681999884452, 1.0542700552146722, 1.0542700552146722, 1.0542700552146722,
                        0.3278578964488539), within(1e-12));
        assertThat(unweighted.convergence()).isEqualTo(new Convergence(19, unweighted.convergence().finalChange(), false));
        PageRank weighted = new PageRank(g, 0.85, 19, 1e-15, true, PageRank.Output.UNNORMALIZED);
        assertThat(weighted.scoreArray()).containsExactly(
                Fixtures.gds(3.53751028396339, 0.7452612763883698, 1.9357838291651097, 0.7452612763883698,
                        0.18152677135466103), within(1e-12));
        // dampingFactor 0.05 converges in GDS (per-vertex change <= 1e-7) before 20 iterations
        PageRank lowDamping = new PageRank(g, 0.05, 100, 1e-12, false, PageRank.Output.UNNORMALIZED);
        assertThat(lowDamping.scoreArray()).containsExactly(
                Fixtures.gds(1.2487309425844906, 0.9708121818724536, 0.9708121818724536, 0.9708121818724536,
                        0.9597081216238426), within(1e-7));
    }

    @Test
    void threeCycleIsUniform() {
        PageRank pr = new PageRank(Fixtures.threeCycle());
        assertThat(pr.scoreArray()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
        assertThat(pr.convergence().converged()).isTrue();
        assertThat(pr.convergence().iterations()).isEqualTo(1);
    }

    @Test
    void starMatchesTheClosedForm() {
        // leaves: x = (1 + d/k) / (n (1 + d)); centre: 1 - k x
        int k = 4;
        double d = 0.85;
        double leaf = (1 + d / k) / ((k + 1) * (1 + d));
        PageRank pr = new PageRank(Fixtures.star(k), d, 1000, 1e-14);
        assertThat(pr.getVertexScore(0)).isCloseTo(1 - k * leaf, within(1e-12));
        for (int v = 1; v <= k; v++) {
            assertThat(pr.getVertexScore(v)).isCloseTo(leaf, within(1e-12));
        }
    }

    @Test
    void danglingMassIsRedistributedUniformly() {
        // 0 -> 1, 1 dangling: x0 = (1-d)/2 + d x1/2, x0 + x1 = 1 gives x0 = 20/57 for d = 0.85
        Graph<Integer, DefaultEdge> g = Fixtures.directedPath(2);
        PageRank pr = new PageRank(g, 0.85, 1000, 1e-14);
        assertThat(pr.scoreArray()).containsExactly(new double[] {20.0 / 57, 37.0 / 57}, within(1e-12));
        // GDS convention: nothing flows out of 1: x0 = 0.15, x1 = 0.15 + 0.85 * 0.15
        PageRank gds = new PageRank(g, 0.85, 1000, 1e-14, true, PageRank.Output.UNNORMALIZED);
        assertThat(gds.scoreArray()).containsExactly(new double[] {0.15, 0.15 + 0.85 * 0.15}, within(1e-12));
    }

    @Test
    void zeroDampingIsUniform() {
        PageRank pr = new PageRank(Reference.directed().sparseDirected(), 0.0, 10, 1e-9);
        assertThat(pr.scoreArray()).containsOnly(1.0 / 6);
    }

    @Test
    void agreesWithJGraphTPageRankOnRandomGraphs() {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnmRandomGraphGenerator<Integer, DefaultEdge>(300, 900, 42L).generateGraph(g);
        var jgrapht = new org.jgrapht.alg.scoring.PageRank<>(g, 0.85, 10_000, 1e-15);
        PageRank ours = new PageRank(g, 0.85, 10_000, 1e-15);
        for (int v = 0; v < 300; v++) {
            assertThat(ours.getVertexScore(v)).isCloseTo(jgrapht.getVertexScore(v), within(EXACT));
        }

        Graph<Integer, DefaultWeightedEdge> w = new DefaultDirectedWeightedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.createDefaultWeightedEdgeSupplier());
        new GnmRandomGraphGenerator<Integer, DefaultWeightedEdge>(200, 700, 7L).generateGraph(w);
        Random random = new Random(7);
        w.edgeSet().forEach(e -> w.setEdgeWeight(e, 0.1 + random.nextDouble() * 5));
        var jgraphtWeighted = new org.jgrapht.alg.scoring.PageRank<>(w, 0.9, 10_000, 1e-15);
        PageRank oursWeighted = new PageRank(w, 0.9, 10_000, 1e-15);
        for (int v = 0; v < 200; v++) {
            assertThat(oursWeighted.getVertexScore(v)).isCloseTo(jgraphtWeighted.getVertexScore(v), within(EXACT));
        }
    }

    @Test
    void reportsConvergence() {
        Graph<Integer, ?> karate = Reference.karate().simpleUndirected();
        PageRank defaults = new PageRank(karate);
        assertThat(defaults.convergence().converged()).isTrue();
        assertThat(defaults.convergence().finalChange()).isLessThan(34 * PageRank.DEFAULT_TOLERANCE);
        assertThat(defaults.convergence().iterations()).isBetween(2, PageRank.DEFAULT_MAX_ITERATIONS);

        PageRank once = new PageRank(karate, 0.85, 1, 1e-9);
        assertThat(once.convergence().iterations()).isEqualTo(1);
        assertThat(once.convergence().converged()).isFalse();
        assertThat(once.convergence().finalChange()).isPositive();
        assertThat(sum(once.scoreArray())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void sharesACompactCopyAndExposesScoresAsAMap() {
        CompactGraph compact = CompactGraph.of(Reference.karate().simpleUndirected());
        PageRank pr = new PageRank(compact, 0.85, 100, 1e-6, true, PageRank.Output.DISTRIBUTION);
        assertThat(pr.getScores()).hasSize(34);
        assertThat(pr.getScores().get(33)).isEqualTo(pr.getVertexScore(33));
        assertThatThrownBy(() -> pr.getScores().put(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> pr.getVertexScore(34)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("34");
    }

    @Test
    void emptyGraphHasNoScores() {
        // (SparseIntDirectedWeightedGraph rejects 0 vertices: "Rows must be positive")
        PageRank pr = new PageRank(new DefaultDirectedGraph<Integer, DefaultEdge>(DefaultEdge.class));
        assertThat(pr.getScores()).isEmpty();
        assertThat(pr.convergence()).isEqualTo(new Convergence(0, 0, true));
    }

    @Test
    void rejectsInvalidParameters() {
        Graph<Integer, DefaultEdge> g = Fixtures.threeCycle();
        assertThatThrownBy(() -> new PageRank(g, 1.2, 10, 1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dampingFactor must be in [0, 1), was 1.2");
        assertThatThrownBy(() -> new PageRank(g, 1.0, 10, 1e-6)).hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> new PageRank(g, -0.1, 10, 1e-6)).hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> new PageRank(g, Double.NaN, 10, 1e-6)).hasMessageContaining("dampingFactor");
        assertThatThrownBy(() -> new PageRank(g, 0.85, 0, 1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be at least 1, was 0");
        assertThatThrownBy(() -> new PageRank(g, 0.85, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new PageRank(g, 0.85, 10, 1e-6, true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output");
        assertThatThrownBy(() -> new PageRank((Graph<Integer, ?>) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("graph");
        SparseIntDirectedWeightedGraph negative = new SparseIntDirectedWeightedGraph(2, List.of(Triple.of(0, 1, -1.0)));
        assertThatThrownBy(() -> new PageRank(negative).getScores())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 -> 1 has -1.0");
        assertThat(new PageRank(negative, 0.85, 10, 1e-6, false, PageRank.Output.DISTRIBUTION).getScores()).hasSize(2);
    }

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
