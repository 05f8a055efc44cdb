package org.kamgraph.algorithms.rank;

import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;

/**
 * The scorings that iterate to a fixed point and throw when they do not reach it (eigenvector, Katz): their stopping
 * rule, checked once here, and where the iteration stopped.
 */
abstract class IteratedScoring extends RankScoring {
    final int maxIterations;
    final double tolerance;
    final boolean weighted;

    IteratedScoring(CompactGraph graph, int maxIterations, double tolerance, boolean weighted) {
        super(graph);
        this.maxIterations = Checks.maxIterations(maxIterations);
        this.tolerance = Checks.tolerance(tolerance);
        this.weighted = weighted;
    }

    /**
     * Where the iteration stopped (for Katz the change is measured before normalization).
     *
     * @throws NotConvergedException if it did not converge within {@code maxIterations}
     */
    public Convergence convergence() {
        scores();
        return convergence;
    }
}
