package org.kamgraph.algorithms.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamgraph.algorithms.rank.Reference.EIGEN_TOLERANCE;
import static org.kamgraph.algorithms.rank.Reference.EXACT;
import static org.kamgraph.algorithms.rank.Reference.MAX_ITERATIONS;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class EigenvectorCentralityTest {

    private static double[] eigenvector(Graph<Integer, ?> g, boolean weighted) {
        return new EigenvectorCentrality(g, MAX_ITERATIONS, EIGEN_TOLERANCE, weighted).scoreArray();
    }

    @Test
    void karateClubMatchesNetworkx() {
        Reference karate = Reference.karate();
        Graph<Integer, ?> g = karate.simpleUndirected();
        assertThat(eigenvector(g, false)).containsExactly(karate.expected("eigenvector"), within(EXACT));
        assertThat(eigenvector(g, true)).containsExactly(karate.expected("eigenvector_weighted"), within(EXACT));
    }

    @Test
    void florentineFamiliesMatchNetworkx() {
        Reference florentine = Reference.florentine();
        assertThat(eigenvector(florentine.sparseUndirected(), false))
                .containsExactly(florentine.expected("eigenvector"), within(EXACT));
    }

    @Test
    void directedGraphUsesInEdgesAsNetworkx() {
        Reference directed = Reference.directed();
        Graph<Integer, ?> g = directed.sparseDirected();
        assertThat(eigenvector(g, false)).containsExactly(directed.expected("eigenvector"), within(EXACT));
        assertThat(eigenvector(g, true)).containsExactly(directed.expected("eigenvector_weighted"), within(EXACT));
    }

    @Test
    void scoresHaveUnitEuclideanNorm() {
        double[] x = new EigenvectorCentrality(Reference.karate().simpleUndirected()).scoreArray();
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        assertThat(squares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void handComputedCycleAndStar() {
        assertThat(new EigenvectorCentrality(Fixtures.threeCycle()).scoreArray())
                .containsExactly(new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)}, within(1e-15));
        // star with k leaves: lambda = sqrt(k), centre = sqrt(k) * leaf, so centre 1/sqrt(2), leaves 1/sqrt(2k)
        EigenvectorCentrality star = new EigenvectorCentrality(Fixtures.star(4), 1000, 1e-14, false);
        assertThat(star.getVertexScore(0)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(star.getVertexScore(3)).isCloseTo(1 / Math.sqrt(8), within(1e-12));
        assertThat(star.convergence().converged()).isTrue();
    }

    @Test
    void failsClearlyWhenNotConverged() {
        EigenvectorCentrality e = new EigenvectorCentrality(Reference.karate().simpleUndirected(), 3, 1e-9, false);
        assertThatThrownBy(e::getScores).isInstanceOf(NotConvergedException.class)
                .hasMessageContaining("did not converge within 3 iterations")
                .hasMessageContaining("maxIterations")
                .satisfies(t -> {
                    var c = ((NotConvergedException) t).convergence();
                    assertThat(c.iterations()).isEqualTo(3);
                    assertThat(c.converged()).isFalse();
                    assertThat(c.finalChange()).isGreaterThan(34 * 1e-9);
                });
        assertThatThrownBy(e::convergence).isInstanceOf(NotConvergedException.class);
    }

    @Test
    void emptyGraphHasNoScores() {
        assertThat(new EigenvectorCentrality(new DefaultDirectedGraph<Integer, DefaultEdge>(DefaultEdge.class))
                .getScores()).isEmpty();
    }

    @Test
    void rejectsInvalidParameters() {
        Graph<Integer, DefaultEdge> g = Fixtures.threeCycle();
        assertThatThrownBy(() -> new EigenvectorCentrality(g, 0, 1e-6, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxIterations must be at least 1, was 0");
        assertThatThrownBy(() -> new EigenvectorCentrality(g, 10, Double.NaN, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be positive and finite, was NaN");
    }
}
