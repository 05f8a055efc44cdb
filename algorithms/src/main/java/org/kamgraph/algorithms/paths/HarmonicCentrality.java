package org.kamgraph.algorithms.paths;

import java.util.Objects;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Harmonic centrality: H(u) = Σ_{v ≠ u} 1 / d(v, u), where unreachable vertices contribute 1/∞ = 0 (M. Marchiori and
 * V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000; P. Boldi and S. Vigna, "Axioms for
 * centrality", Internet Mathematics 10(3–4):222–262, 2014). Unlike closeness it needs no correction for disconnected
 * graphs. As {@code networkx.harmonic_centrality}: distances are <em>to</em> u (for a directed graph, d(v, u) is the
 * length of the shortest path from v to u; the direction does not matter for an undirected graph), and a vertex at
 * distance 0 from u (over zero-length edges) contributes nothing. The raw sum is NetworkX's output; normalized
 * divides it by n−1, giving values in [0, 1] for unweighted graphs (1 for a vertex every other vertex is adjacent to).
 *
 * <p>Shortest paths are by number of edges for {@link LengthTransform#NONE}, otherwise by the sum of the edge lengths
 * of the {@link LengthTransform} (Dijkstra with a binary heap). Of parallel edges the shortest counts; self-loops are
 * ignored.
 *
 * <p>Cost: one search per vertex, O(n·m) unweighted, O(n·m + n² log n) weighted; O(n + m) memory for the shared
 * graph plus O(n) per worker. The searches run on a fixed number of platform threads (default
 * {@link Runtime#availableProcessors()}); each score is computed by one worker alone, so the result does not depend
 * on the thread count at all.
 *
 * <p>The graph's vertices must be the integers {@code 0..n-1}. The graph is read when the scores are first asked
 * for and must not change until then.
 */
public final class HarmonicCentrality extends PathScoring {
    private final boolean normalized;

    /** Unweighted, raw (not normalized) harmonic centrality, as NetworkX's default, on all available processors. */
    public HarmonicCentrality(Graph<Integer, ?> graph) {
        this(graph, LengthTransform.NONE, false);
    }

    /**
     * Harmonic centrality on all available processors.
     *
     * @param normalized whether to divide by n−1
     */
    public HarmonicCentrality(Graph<Integer, ?> graph, LengthTransform lengths, boolean normalized) {
        this(graph, lengths, normalized, Workers.defaultThreads());
    }

    /**
     * Harmonic centrality.
     *
     * @param normalized whether to divide by n−1
     * @param threads    number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public HarmonicCentrality(Graph<Integer, ?> graph, LengthTransform lengths, boolean normalized, int threads) {
        super(Objects.requireNonNull(graph, "graph"), null, lengths, threads);
        this.normalized = normalized;
    }

    /**
     * Harmonic centrality of a graph already in compact form.
     *
     * @param normalized whether to divide by n−1
     * @param threads    number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public HarmonicCentrality(CompactGraph graph, LengthTransform lengths, boolean normalized, int threads) {
        super(null, Objects.requireNonNull(graph, "graph"), lengths, threads);
        this.normalized = normalized;
    }

    public boolean isNormalized() {
        return normalized;
    }

    public LengthTransform lengthTransform() {
        return lengths;
    }

    @Override
    double[] compute(CompactGraph g) {
        double scale = normalized && n > 1 ? 1.0 / (n - 1) : 1.0;
        return fromDistancesTo(g, (search, reached) -> {
            double sum = 0;
            for (int i = 0; i < reached; i++) {
                double d = search.dist[search.order[i]];
                if (d > 0) {
                    sum += 1 / d;
                }
            }
            return sum * scale;
        });
    }
}
