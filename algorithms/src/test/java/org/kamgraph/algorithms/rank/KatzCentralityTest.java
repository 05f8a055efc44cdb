package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.rank.Reference.EIGEN_TOLERANCE;
import static org.kamgraph.algorithms.rank.Reference.EXACT;
import static org.kamgraph.algorithms.rank.Reference.MAX_ITERATIONS;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class KatzCentralityTest {

    private static double[] katz(Graph<Integer, ?> g, double alpha, boolean weighted, boolean normalized) {
        return new KatzCentrality(g, alpha, 1.0, MAX_ITERATIONS, EIGEN_TOLERANCE, weighted, normalized).scoreArray();
    }

    @Test
    void karateClubMatchesNetworkx() {
        Reference karate = Reference.karate();
        Graph<Integer, ?> g = karate.simpleUndirected();
        assertThat(katz(g, 0.1, false, true)).containsExactly(karate.expected("katz"), within(EXACT));
        assertThat(katz(g, 0.04, true, true)).containsExactly(karate.expected("katz_weighted"), within(EXACT));
        assertThat(katz(g, 0.1, false, false)).containsExactly(karate.expected("katz_raw"), within(EXACT));
    }

    @Test
    void florentineFamiliesMatchNetworkx() {
        Reference florentine = Reference.florentine();
        assertThat(katz(florentine.sparseUndirected(), 0.2, false, true))
                .containsExactly(florentine.expected("katz"), within(EXACT));
    }

    @Test
    void directedGraphUsesInEdgesAsNetworkx() {
        Reference directed = Reference.directed();
        Graph<Integer, ?> g = directed.sparseDirected();
        assertThat(katz(g, 0.3, false, true)).containsExactly(directed.expected("katz"), within(EXACT));
        assertThat(katz(g, 0.2, true, true)).containsExactly(directed.expected("katz_weighted"), within(EXACT));
        assertThat(katz(g, 0.3, false, false)).containsExactly(directed.expected("katz_raw"), within(EXACT));
    }

    @Test
    void pathCountsWalksExactly() {
        // 0 -> 1 -> 2: x = (beta, beta (1 + a), beta (1 + a + a^2)); A is nilpotent, so it converges exactly
        double a = 0.25;
        KatzCentrality katz = new KatzCentrality(Fixtures.directedPath(3), a, 2.0, 100, 1e-12, false, false);
        assertThat(katz.scoreArray()).containsExactly(2.0, 2.0 * (1 + a), 2.0 * (1 + a + a * a));
        assertThat(katz.convergence().iterations()).isEqualTo(4);
        assertThat(katz.convergence().finalChange()).isZero();
    }

    @Test
    void reportsDivergenceWhenAlphaIsTooLarge() {
        // karate's largest adjacency eigenvalue is about 6.73, so alpha must be below about 0.149
        KatzCentrality katz = new KatzCentrality(Reference.karate().simpleUndirected(), 0.5, 1.0, 1000, 1e-6,
                false, true);
        assertThatThrownBy(katz::getScores).isInstanceOf(NotConvergedException.class)
                .hasMessageContaining("Katz centrality did not converge")
                .hasMessageContaining("alpha = 0.5 must be below 1 / lambda_max")
                .satisfies(t -> assertThat(((NotConvergedException) t).convergence().converged()).isFalse());
        assertThatThrownBy(() -> new KatzCentrality(Reference.karate().simpleUndirected(), 0.1, 1.0, 3, 1e-9, false,
                true).convergence()).isInstanceOf(NotConvergedException.class)
                .hasMessageContaining("within 3 iterations");
    }

    @Test
    void rejectsInvalidParameters() {
        Graph<Integer, DefaultEdge> g = Fixtures.threeCycle();
        assertThatThrownBy(() -> new KatzCentrality(g, 0.0, 1.0, 10, 1e-6, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("alpha must be positive and finite, was 0.0");
        assertThatThrownBy(() -> new KatzCentrality(g, Double.POSITIVE_INFINITY, 1.0, 10, 1e-6, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new KatzCentrality(g, 0.1, Double.NaN, 10, 1e-6, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("beta must be finite, was NaN");
        assertThatThrownBy(() -> new KatzCentrality(g, 0.1, 1.0, -5, 1e-6, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
        assertThatThrownBy(() -> new KatzCentrality(g, 0.1, 1.0, 10, 0.0, true, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
    }
}
