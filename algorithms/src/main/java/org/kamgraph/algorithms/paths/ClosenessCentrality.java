package org.kamgraph.algorithms.paths;

import java.util.Objects;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Closeness centrality: the reciprocal of the average shortest-path distance to a vertex (A. Bavelas,
 * "Communication patterns in task-oriented groups", J. Acoust. Soc. Am. 22(6):725–730, 1950; G. Sabidussi, "The
 * centrality index of a graph", Psychometrika 31(4):581–603, 1966), exactly as {@code networkx.closeness_centrality}.
 *
 * <p>Distances are <em>to</em> the vertex: for a directed graph the score of u uses d(v, u), the length of the
 * shortest path from v to u, over the vertices v that can reach u (NetworkX searches the reversed graph); for an
 * undirected graph the direction does not matter. With r(u) the number of vertices that reach u, u included, and
 * S(u) = Σ_v d(v, u) over them:
 * <ul>
 *   <li>{@link Variant#WASSERMAN_FAUST} (NetworkX {@code wf_improved=True}, the default): C(u) = (r−1)/S · (r−1)/(n−1),
 *       the closeness within u's reach scaled by the fraction of the other vertices it reaches (S. Wasserman and
 *       K. Faust, Social Network Analysis, 1994), so that vertices in small components do not score high.</li>
 *   <li>{@link Variant#REACHABLE} ({@code wf_improved=False}): C(u) = (r−1)/S, over the reaching vertices only;
 *       equal to (n−1)/S when every vertex reaches u.</li>
 * </ul>
 * C(u) = 0 when no other vertex reaches u (or all reach it at distance 0), and for a graph of one vertex.
 *
 * <p>Shortest paths are by number of edges for {@link LengthTransform#NONE}, otherwise by the sum of the edge lengths
 * of the {@link LengthTransform} (Dijkstra with a binary heap); lengths of 0 are allowed. Of parallel edges the
 * shortest counts; self-loops are ignored.
 *
 * <p>Cost: one search per vertex, O(n·m) unweighted, O(n·m + n² log n) weighted; O(n + m) memory for the shared
 * graph plus O(n) per worker. The searches run on a fixed number of platform threads (default
 * {@link Runtime#availableProcessors()}); each score is computed by one worker alone, so the result does not depend
 * on the thread count at all.
 *
 * <p>The graph's vertices must be the integers {@code 0..n-1}. The graph is read when the scores are first asked
 * for and must not change until then.
 */
public final class ClosenessCentrality extends PathScoring {

    /** How closeness treats vertices that not every other vertex can reach. */
    public enum Variant {
        /** (r−1)/S · (r−1)/(n−1): NetworkX {@code wf_improved=True}. */
        WASSERMAN_FAUST,
        /** (r−1)/S over the r−1 other vertices that reach u: NetworkX {@code wf_improved=False}. */
        REACHABLE
    }

    private final Variant variant;

    /** Unweighted Wasserman–Faust closeness on all available processors. */
    public ClosenessCentrality(Graph<Integer, ?> graph) {
        this(graph, LengthTransform.NONE, Variant.WASSERMAN_FAUST);
    }

    /** Closeness on all available processors. */
    public ClosenessCentrality(Graph<Integer, ?> graph, LengthTransform lengths, Variant variant) {
        this(graph, lengths, variant, Workers.defaultThreads());
    }

    /**
     * Closeness.
     *
     * @param threads number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public ClosenessCentrality(Graph<Integer, ?> graph, LengthTransform lengths, Variant variant, int threads) {
        super(Objects.requireNonNull(graph, "graph"), null, lengths, threads);
        this.variant = Objects.requireNonNull(variant, "variant");
    }

    /**
     * Closeness of a graph already in compact form.
     *
     * @param threads number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public ClosenessCentrality(CompactGraph graph, LengthTransform lengths, Variant variant, int threads) {
        super(null, Objects.requireNonNull(graph, "graph"), lengths, threads);
        this.variant = Objects.requireNonNull(variant, "variant");
    }

    public Variant variant() {
        return variant;
    }

    public LengthTransform lengthTransform() {
        return lengths;
    }

    @Override
    double[] compute(CompactGraph g) {
        boolean wf = variant == Variant.WASSERMAN_FAUST;
        return fromDistancesTo(g, (search, reached) -> {
            double total = 0;
            for (int i = 0; i < reached; i++) {
                total += search.dist[search.order[i]];
            }
            double score = 0;
            if (total > 0 && n > 1) {
                score = (reached - 1.0) / total;
                if (wf) {
                    score *= (reached - 1.0) / (n - 1);
                }
            }
            return score;
        });
    }
}
