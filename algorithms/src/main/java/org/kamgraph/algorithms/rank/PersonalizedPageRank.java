package org.kamgraph.algorithms.rank;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Personalized (topic-sensitive) PageRank: {@link PageRank} whose surfer, when it teleports, jumps to a seed
 * vertex chosen in proportion to a non-negative bias instead of to a uniformly random vertex; the scores then
 * measure proximity to, and influence from, the seed set (e.g. the key account's known decision makers).
 *
 * <p>{@link PageRank.Output#DISTRIBUTION} (default) equals {@code networkx.pagerank(G, personalization=biases)}:
 * biases are normalized to sum 1 ({@code p}), the iteration {@code x <- d (P^T x + m(x) p) + (1-d) p} starts at
 * {@code x = 1/n}, and the dangling mass {@code m(x)} goes to the personalization vector. With equal biases on
 * every vertex it is plain PageRank. {@link PageRank.Output#UNNORMALIZED} follows Neo4j GDS
 * {@code gds.pageRank} with {@code sourceNodes}: {@code x <- d P^T x + (1-d) b} from {@code x = (1-d) b} with
 * the raw biases {@code b} (1 for each node of a GDS source-node list) and no dangling redistribution.
 * Stopping rule, weights and GDS iteration count as in {@link PageRank}.
 *
 * <p>Complexity: O(k (n + m)) time for k iterations, O(n) extra memory besides the {@link CompactGraph} copy.
 *
 * <p>References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing order to
 * the Web", Technical Report 1999-66, Stanford InfoLab, 1999 (section 6, personalized PageRank).
 * T. H. Haveliwala, "Topic-sensitive PageRank", Proceedings of the 11th International World Wide Web
 * Conference (WWW 2002), pp. 517-526.
 */
public final class PersonalizedPageRank extends PageRankBase {
    private final double[] bias;

    /** Personalized PageRank with bias 1 on each seed and the {@link PageRank} defaults. */
    public static PersonalizedPageRank ofSeeds(Graph<Integer, ?> graph, Collection<Integer> seeds) {
        Map<Integer, Double> biases = new HashMap<>();
        for (Integer s : Checks.notNull("seeds", seeds)) {
            biases.put(s, 1.0);
        }
        return new PersonalizedPageRank(graph, biases);
    }

    /** Personalized PageRank with the {@link PageRank} defaults (0.85, 100, 1e-6, weighted, distribution). */
    public PersonalizedPageRank(Graph<Integer, ?> graph, Map<Integer, Double> biases) {
        this(graph, biases, PageRank.DEFAULT_DAMPING_FACTOR, PageRank.DEFAULT_MAX_ITERATIONS,
                PageRank.DEFAULT_TOLERANCE, true, PageRank.Output.DISTRIBUTION);
    }

    /**
     * @param biases seed vertex to non-negative teleport bias; vertices not named have bias 0
     * @throws IllegalArgumentException if {@code biases} is empty, names an unknown vertex, has a negative or
     *         non-finite bias or only zero biases, or another parameter is invalid (see
     *         {@link PageRank#PageRank(Graph, double, int, double, boolean, PageRank.Output)})
     */
    public PersonalizedPageRank(Graph<Integer, ?> graph, Map<Integer, Double> biases, double dampingFactor,
                                int maxIterations, double tolerance, boolean weighted, PageRank.Output output) {
        this(Checks.compact(graph), biases, dampingFactor, maxIterations, tolerance, weighted, output);
    }

    /** As the constructor taking a JGraphT graph, on an existing compact copy. */
    public PersonalizedPageRank(CompactGraph graph, Map<Integer, Double> biases, double dampingFactor,
                                int maxIterations, double tolerance, boolean weighted, PageRank.Output output) {
        super(graph, dampingFactor, maxIterations, tolerance, weighted, output);
        this.bias = biasVector(graph.vertexCount(), biases);
    }

    private static double[] biasVector(int n, Map<Integer, Double> biases) {
        if (Checks.notNull("biases", biases).isEmpty()) {
            throw new IllegalArgumentException("biases must name at least one seed vertex");
        }
        double[] bias = new double[n];
        double sum = 0;
        for (Map.Entry<Integer, Double> e : biases.entrySet()) {
            Integer v = e.getKey();
            if (v == null || v < 0 || v >= n) {
                throw new IllegalArgumentException(
                        "biases names unknown vertex " + v + " (vertices are 0.." + (n - 1) + ")");
            }
            Double b = e.getValue();
            if (b == null || !(b >= 0) || b.isInfinite()) {
                throw new IllegalArgumentException("biases must be non-negative and finite; vertex " + v + " has " + b);
            }
            bias[v] = b;
            sum += b;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("biases must not all be zero");
        }
        return bias;
    }

    @Override
    double[] compute() {
        int n = graph.vertexCount();
        double[] teleport = new double[n];
        double[] start = new double[n];
        if (output == PageRank.Output.DISTRIBUTION) {
            double sum = 0;
            for (double b : bias) {
                sum += b;
            }
            double[] p = new double[n];
            for (int v = 0; v < n; v++) {
                p[v] = bias[v] / sum;
                teleport[v] = (1 - dampingFactor) * p[v];
                start[v] = 1.0 / n;
            }
            return iterate(teleport, p, start);
        }
        for (int v = 0; v < n; v++) {
            teleport[v] = (1 - dampingFactor) * bias[v];
            start[v] = teleport[v];
        }
        return iterate(teleport, null, start);
    }
}
