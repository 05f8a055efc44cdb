package org.kamgraph.algorithms.rank;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Eigenvector centrality (Bonacich): the Perron eigenvector of the adjacency matrix, {@code lambda x = A^T x},
 * so a vertex is central when its in-neighbours are; for directed graphs this is the left eigenvector (in-arcs
 * count), for undirected graphs each edge counts both ways. Scores have unit Euclidean norm. An undirected
 * self-loop is two arcs of {@link CompactGraph}, so it counts twice here but once in NetworkX's adjacency
 * matrix: on undirected graphs with self-loops the scores differ from NetworkX's.
 *
 * <p>Computed exactly as {@code networkx.eigenvector_centrality}: power iteration on the shifted matrix
 * {@code (A + I)^T} (same eigenvectors, no oscillation on bipartite graphs) from the uniform vector, normalized
 * to unit L2 norm after every update, until the L1 change is below {@code tolerance} times the L1 norm of the scores (a relative change). Defaults are
 * NetworkX's: 100 iterations, tolerance 1e-6; edge weights are used unless {@code weighted} is false (NetworkX
 * defaults to unweighted: pass {@code false} to match it). If the iteration has not converged within
 * {@code maxIterations}, computing the scores throws {@link NotConvergedException}.
 *
 * <p>Complexity: O(k (n + m)) time for k iterations, O(n) extra memory (two double arrays) besides the
 * O(n + m) {@link CompactGraph} copy made from a JGraphT graph. Convergence is geometric with ratio
 * {@code (|lambda_2| + 1) / (lambda_1 + 1)}.
 *
 * <p>References: P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", Journal of Mathematical Sociology 2(1):113-120, 1972; P. Bonacich, "Power and centrality:
 * a family of measures", American Journal of Sociology 92(5):1170-1182, 1987; M. E. J. Newman, Networks: An
 * Introduction, Oxford University Press, 2010, section 7.2.
 */
public final class EigenvectorCentrality extends IteratedScoring {
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Weighted eigenvector centrality with NetworkX's defaults (100 iterations, tolerance 1e-6). */
    public EigenvectorCentrality(Graph<Integer, ?> graph) {
        this(graph, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, true);
    }

    /**
     * @param maxIterations at least 1
     * @param tolerance     positive: converged when the L1 change of an update is below {@code tolerance} times the L1 norm of the scores (a relative change)
     * @param weighted      use the edge weights; {@code false} counts every arc as 1
     * @throws IllegalArgumentException naming the invalid parameter
     */
    public EigenvectorCentrality(Graph<Integer, ?> graph, int maxIterations, double tolerance, boolean weighted) {
        this(Checks.compact(graph), maxIterations, tolerance, weighted);
    }

    /** As the constructor taking a JGraphT graph, on an existing compact copy. */
    public EigenvectorCentrality(CompactGraph graph, int maxIterations, double tolerance, boolean weighted) {
        super(graph, maxIterations, tolerance, weighted);
    }

    @Override
    double[] compute() {
        int n = graph.vertexCount();
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        x = iterate(x, (cur, next) -> {
            double squares = 0;
            for (int v = 0; v < n; v++) {
                next[v] = cur[v] + pull(cur, v, weighted);
                squares += next[v] * next[v];
            }
            double norm = squares > 0 ? Math.sqrt(squares) : 1;
            for (int v = 0; v < n; v++) {
                next[v] /= norm;
            }
        }, maxIterations, tolerance, false);
        if (!convergence.converged()) {
            throw new NotConvergedException("eigenvector centrality did not converge within " + maxIterations
                    + " iterations: last L1 change " + convergence.finalChange() + ", needed below tolerance times the L1 norm of the scores (" + tolerance + ")"
                    + "; raise maxIterations or tolerance", convergence);
        }
        return x;
    }
}
