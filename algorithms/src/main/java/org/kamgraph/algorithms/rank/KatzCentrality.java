package org.kamgraph.algorithms.rank;

import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Katz centrality: {@code x = alpha A^T x + beta}, i.e. {@code x = beta sum_k alpha^k (A^T)^k 1}, counting walks
 * into each vertex with weight {@code alpha} per step; for directed graphs in-arcs count (as NetworkX), for
 * undirected graphs each edge counts both ways. An undirected self-loop is two arcs of {@link CompactGraph}, so
 * it counts twice here but once in NetworkX's adjacency matrix: on undirected graphs with self-loops the scores
 * differ from NetworkX's.
 *
 * <p>Computed exactly as {@code networkx.katz_centrality}: iteration {@code x <- alpha A^T x + beta} from
 * {@code x = 0} until the L1 change is below {@code tolerance} times the L1 norm of the scores (a relative change), then (if {@code normalized}, the default)
 * scaled to unit Euclidean norm. Defaults are NetworkX's: {@code alpha = 0.1}, {@code beta = 1}, 1000
 * iterations, tolerance 1e-6; edge weights are used unless {@code weighted} is false (NetworkX's default is
 * unweighted). The series converges only if {@code alpha < 1 / lambda_max} (largest eigenvalue of {@code A});
 * checking that is the caller's responsibility, but computing the scores throws {@link NotConvergedException}
 * with a message saying so when the iteration does not converge (it stops early once the change overflows).
 *
 * <p>Complexity: O(k (n + m)) time for k iterations, O(n) extra memory besides the O(n + m)
 * {@link CompactGraph} copy made from a JGraphT graph.
 *
 * <p>Reference: L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18(1):39-43,
 * 1953.
 */
public final class KatzCentrality extends IteratedScoring {
    public static final double DEFAULT_ALPHA = 0.1;
    public static final double DEFAULT_BETA = 1.0;
    public static final int DEFAULT_MAX_ITERATIONS = 1000;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private final double alpha;
    private final double beta;
    private final boolean normalized;

    /** Weighted, normalized Katz centrality with NetworkX's defaults (alpha 0.1, beta 1, 1000, 1e-6). */
    public KatzCentrality(Graph<Integer, ?> graph) {
        this(graph, DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, true, true);
    }

    /**
     * @param alpha         attenuation per step, positive (and below {@code 1 / lambda_max} to converge)
     * @param beta          the score every vertex gets for free, finite
     * @param maxIterations at least 1
     * @param tolerance     positive: converged when the L1 change of an update is below {@code tolerance} times the L1 norm of the scores (a relative change)
     * @param weighted      use the edge weights; {@code false} counts every arc as 1
     * @param normalized    scale the result to unit Euclidean norm
     * @throws IllegalArgumentException naming the invalid parameter
     */
    public KatzCentrality(Graph<Integer, ?> graph, double alpha, double beta, int maxIterations, double tolerance,
                          boolean weighted, boolean normalized) {
        this(Checks.compact(graph), alpha, beta, maxIterations, tolerance, weighted, normalized);
    }

    /** As the constructor taking a JGraphT graph, on an existing compact copy. */
    public KatzCentrality(CompactGraph graph, double alpha, double beta, int maxIterations, double tolerance,
                          boolean weighted, boolean normalized) {
        super(graph, maxIterations, tolerance, weighted);
        this.alpha = Checks.positiveFinite("alpha", alpha);
        this.beta = Checks.finite("beta", beta);
        this.normalized = normalized;
    }

    @Override
    double[] compute() {
        int n = graph.vertexCount();
        double[] x = iterate(new double[n], (cur, next) -> {
            for (int v = 0; v < n; v++) {
                next[v] = alpha * pull(cur, v, weighted) + beta;
            }
        }, maxIterations, tolerance, true);
        if (!convergence.converged()) {
            throw new NotConvergedException("Katz centrality did not converge within " + convergence.iterations()
                    + " iterations: last L1 change " + convergence.finalChange() + ", needed below tolerance times the L1 norm of the scores (" + tolerance + ")"
                    + "; alpha = " + alpha + " must be below 1 / lambda_max (the reciprocal of the largest eigenvalue"
                    + " of the adjacency matrix), else raise maxIterations or tolerance", convergence);
        }
        if (normalized) {
            double squares = 0;
            for (double s : x) {
                squares += s * s;
            }
            double scale = squares > 0 ? 1 / Math.sqrt(squares) : 1;
            for (int v = 0; v < n; v++) {
                x[v] *= scale;
            }
        }
        return x;
    }
}
