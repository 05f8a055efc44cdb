package org.kamgraph.algorithms.rank;

import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Degree centrality: the number of arcs at a vertex (in, out or both), or the sum of their weights
 * ("strength"), optionally divided by {@code n - 1}, the largest degree in a simple graph, as
 * {@code networkx.degree_centrality}, {@code in_degree_centrality} and {@code out_degree_centrality} (which
 * give 1 to every vertex of a graph with at most one vertex; so does this class when normalizing).
 *
 * <p>On an undirected graph the three modes coincide and give the degree (a self-loop counts twice, as in
 * NetworkX and JGraphT); on a directed graph {@link Mode#BOTH} is in-degree plus out-degree. With parallel
 * edges or self-loops a normalized value can exceed 1.
 *
 * <p>Complexity: O(n + m) time, O(n) memory besides the O(n + m) {@link CompactGraph} copy made from a
 * JGraphT graph.
 *
 * <p>Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks
 * 1(3):215-239, 1979.
 */
public final class DegreeCentrality extends RankScoring {

    /** Which arcs count on a directed graph. */
    public enum Mode { IN, OUT, BOTH }

    private final Mode mode;
    private final boolean weighted;
    private final boolean normalized;

    /** {@code networkx.degree_centrality}: unweighted degree (in + out) divided by {@code n - 1}. */
    public DegreeCentrality(Graph<Integer, ?> graph) {
        this(graph, Mode.BOTH, false, true);
    }

    /**
     * @param mode       in-arcs, out-arcs or both (directed graphs only; undirected graphs give the degree)
     * @param weighted   sum the edge weights instead of counting arcs
     * @param normalized divide by {@code n - 1}
     * @throws IllegalArgumentException if {@code mode} is null
     */
    public DegreeCentrality(Graph<Integer, ?> graph, Mode mode, boolean weighted, boolean normalized) {
        this(Checks.compact(graph), mode, weighted, normalized);
    }

    /** As the constructor taking a JGraphT graph, on an existing compact copy. */
    public DegreeCentrality(CompactGraph graph, Mode mode, boolean weighted, boolean normalized) {
        super(graph);
        this.mode = Checks.notNull("mode", mode);
        this.weighted = weighted;
        this.normalized = normalized;
    }

    @Override
    double[] compute() {
        int n = graph.vertexCount();
        boolean in = graph.isDirected() && mode != Mode.OUT;
        boolean out = !graph.isDirected() || mode != Mode.IN;
        double scale = n <= 1 ? 1.0 : 1.0 / (n - 1); // multiplied, as NetworkX does, for identical rounding
        double[] scores = new double[n];
        for (int v = 0; v < n; v++) {
            double d = 0;
            if (in) {
                d += weighted ? sum(graph.inWeights(), graph.inStart(v), graph.inEnd(v)) : graph.inDegree(v);
            }
            if (out) {
                d += weighted ? sum(graph.outWeights(), graph.outStart(v), graph.outEnd(v)) : graph.outDegree(v);
            }
            scores[v] = !normalized ? d : n <= 1 ? 1.0 : d * scale;
        }
        return scores;
    }

    private static double sum(double[] w, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += w[i];
        }
        return s;
    }
}
