package org.kamgraph.algorithms.rank;

import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;

/**
 * The power iteration shared by {@link PageRank} and {@link PersonalizedPageRank}:
 * {@code x <- d * (P^T x + m(x) * delta) + t}, where {@code P} is the row-stochastic transition matrix
 * (arc weight over the out-weight of its source), {@code m(x)} the mass on dangling vertices (out-weight 0),
 * {@code delta} where that mass goes (nowhere for {@link PageRank.Output#UNNORMALIZED}) and {@code t} the
 * teleport term. It pulls along the in-adjacency, so one iteration streams the CSR arrays once.
 */
abstract class PageRankBase extends RankScoring {
    final double dampingFactor;
    final int maxIterations;
    final double tolerance;
    final boolean weighted;
    final PageRank.Output output;

    PageRankBase(CompactGraph graph, double dampingFactor, int maxIterations, double tolerance, boolean weighted,
                 PageRank.Output output) {
        super(graph);
        this.dampingFactor = Checks.dampingFactor(dampingFactor);
        this.maxIterations = Checks.maxIterations(maxIterations);
        this.tolerance = Checks.tolerance(tolerance);
        this.weighted = weighted;
        this.output = Checks.notNull("output", output);
    }

    /**
     * Where the iteration stopped: converged once the L1 change of an update is below {@code tolerance} times the
     * L1 norm of the scores, a relative change that means the same on 30 vertices and on a million (NetworkX
     * stops at {@code n * tol}, which on large graphs accepts the first update; its results are reproduced with
     * {@code tolerance = n * tol / ||x||}). PageRank does not throw when it does not converge.
     */
    public Convergence convergence() {
        scores();
        return convergence;
    }

    /**
     * Runs the iteration.
     *
     * @param teleport the term {@code t} added to every update (already multiplied by {@code 1 - d})
     * @param dangling where the dangling mass goes (a distribution), or {@code null} to drop it
     * @param start    the initial vector, overwritten
     */
    final double[] iterate(double[] teleport, double[] dangling, double[] start) {
        int n = graph.vertexCount();
        double[] invOut = new double[n];
        for (int u = 0; u < n; u++) {
            double out = weighted ? checkedOutWeight(u) : graph.outDegree(u);
            invOut[u] = out > 0 ? 1.0 / out : 0.0;
        }
        double[] x = start;
        double[] next = new double[n];
        double[] share = new double[n];
        double change = 0;
        int iterations = 0;
        boolean converged = n == 0;
        while (!converged && iterations < maxIterations) {
            double danglingMass = 0;
            for (int u = 0; u < n; u++) {
                share[u] = x[u] * invOut[u];
                if (invOut[u] == 0) {
                    danglingMass += x[u];
                }
            }
            change = 0;
            double norm = 0;
            for (int v = 0; v < n; v++) {
                double s = pull(share, v, weighted);
                if (dangling != null) {
                    s += danglingMass * dangling[v];
                }
                next[v] = dampingFactor * s + teleport[v];
                change += Math.abs(next[v] - x[v]);
                norm += Math.abs(next[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            iterations++;
            converged = change < tolerance * norm;
        }
        convergence = new Convergence(iterations, change, converged);
        return x;
    }

    private double checkedOutWeight(int u) {
        double[] w = graph.outWeights();
        double s = 0;
        for (int i = graph.outStart(u); i < graph.outEnd(u); i++) {
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("edge weights must be non-negative and finite for PageRank; arc "
                        + u + " -> " + graph.outTargets()[i] + " has " + w[i]);
            }
            s += w[i];
        }
        return s;
    }
}
