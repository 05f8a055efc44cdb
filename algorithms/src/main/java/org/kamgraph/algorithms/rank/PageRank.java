package org.kamgraph.algorithms.rank;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * PageRank of Page, Brin, Motwani and Winograd: the stationary distribution of a random surfer who follows an
 * out-arc with probability {@code d} (the damping factor), chosen in proportion to its weight, and otherwise
 * jumps to a uniformly random vertex.
 *
 * <p>Two output conventions:
 * <ul>
 *   <li>{@link Output#DISTRIBUTION} (default): scores sum to 1 and equal {@code networkx.pagerank}: iteration
 *       {@code x <- d (P^T x + m(x)/n) + (1-d)/n} from {@code x = 1/n}, where {@code m(x)} is the mass on dangling
 *       vertices (no out-arcs, or out-weight 0), redistributed uniformly.</li>
 *   <li>{@link Output#UNNORMALIZED}: the scale of Neo4j GDS {@code gds.pageRank}, the fixed point of
 *       {@code PR(v) = (1-d) + d * sum over arcs u->v of PR(u) w(u,v) / W(u)} (W = out-degree, or out-weight if
 *       weighted) started at {@code 1-d}; dangling vertices pass nothing on, so scores sum to n only when there
 *       are none. GDS counts its initialisation as an iteration: {@code maxIterations = k - 1} here reproduces GDS
 *       {@code maxIterations: k} when GDS's tolerance is not reached (e.g. the documented example, 20 in GDS);
 *       converged scores agree, though GDS stops each vertex once its own change is at most its tolerance.</li>
 * </ul>
 * Undirected graphs count each edge in both directions. Parallel arcs add their weights. An undirected
 * self-loop is two arcs of {@link CompactGraph}, so it counts twice here but once in NetworkX's adjacency matrix:
 * on undirected graphs with self-loops the scores differ from NetworkX's.
 * The iteration stops when the L1 change of an update is below {@code tolerance} times the L1 norm of the scores (a relative change; NetworkX uses {@code n * tol}), or after
 * {@code maxIterations} updates; it never throws for non-convergence: see {@link #convergence()}.
 * Defaults ({@code d = 0.85}, 100 iterations, tolerance {@code 1e-6}, weights used) are NetworkX's.
 *
 * <p>Complexity: O(k (n + m)) time for k iterations, each streaming the in-adjacency CSR arrays once;
 * O(n) extra memory (a few double arrays of length n), besides the O(n + m) {@link CompactGraph} copy made by the
 * constructors taking a JGraphT {@link Graph} (pass a {@code CompactGraph} to share one copy).
 *
 * <p>References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing order to
 * the Web", Technical Report 1999-66, Stanford InfoLab, 1999. Neo4j Graph Data Science manual, "PageRank",
 * https://neo4j.com/docs/graph-data-science/current/algorithms/page-rank/ (formula
 * {@code PR(A) = (1-d) + d (PR(T1)/C(T1) + ... + PR(Tn)/C(Tn))}, default dampingFactor 0.85, maxIterations 20,
 * tolerance 1e-7).
 */
public final class PageRank extends PageRankBase {

    /** How scores are scaled. */
    public enum Output {
        /** A probability distribution over the vertices (sums to 1), as {@code networkx.pagerank}. */
        DISTRIBUTION,
        /** {@code (1-d) + d * sum(...)} per vertex without dangling redistribution, as Neo4j GDS reports it. */
        UNNORMALIZED
    }

    public static final double DEFAULT_DAMPING_FACTOR = 0.85;
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** PageRank with the defaults: damping 0.85, 100 iterations, tolerance 1e-6, weighted, distribution. */
    public PageRank(Graph<Integer, ?> graph) {
        this(graph, DEFAULT_DAMPING_FACTOR, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** Weighted PageRank as a distribution (argument order as JGraphT's {@code PageRank}). */
    public PageRank(Graph<Integer, ?> graph, double dampingFactor, int maxIterations, double tolerance) {
        this(graph, dampingFactor, maxIterations, tolerance, true, Output.DISTRIBUTION);
    }

    /**
     * @param graph         vertices must be {@code 0..n-1}
     * @param dampingFactor probability of following an arc, in [0, 1)
     * @param maxIterations at least 1
     * @param tolerance     positive: converged when the L1 change of an update is below {@code tolerance} times the L1 norm of the scores
     * @param weighted      use the graph's edge weights (non-negative); {@code false} counts every arc as 1
     * @param output        the scaling of the scores
     * @throws IllegalArgumentException naming the invalid parameter
     */
    public PageRank(Graph<Integer, ?> graph, double dampingFactor, int maxIterations, double tolerance,
                    boolean weighted, Output output) {
        this(Checks.compact(graph), dampingFactor, maxIterations, tolerance, weighted, output);
    }

    /** As {@link #PageRank(Graph, double, int, double, boolean, Output)} on an existing compact copy. */
    public PageRank(CompactGraph graph, double dampingFactor, int maxIterations, double tolerance,
                    boolean weighted, Output output) {
        super(graph, dampingFactor, maxIterations, tolerance, weighted, output);
    }

    @Override
    double[] compute() {
        int n = graph.vertexCount();
        double[] start = new double[n];
        if (output == Output.DISTRIBUTION) {
            Arrays.fill(start, 1.0 / n);
            return iterateUniform((1 - dampingFactor) / n, true, start);
        }
        Arrays.fill(start, 1 - dampingFactor);
        return iterateUniform(1 - dampingFactor, false, start);
    }
}
