package org.kamgraph.algorithms;

/**
 * How an iterative algorithm (power iteration and the like) ended.
 *
 * @param iterations  the number of updates run; 0 if none was needed (an empty graph)
 * @param finalChange the L1 norm {@code ||x_k - x_(k-1)||_1} of the last update; 0 if no update ran, and
 *                    possibly infinite or NaN if the iteration diverged
 * @param converged   whether the stopping criterion was met within the iteration limit
 */
public record Convergence(int iterations, double finalChange, boolean converged) {

    public Convergence {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
        }
    }
}
