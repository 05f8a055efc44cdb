package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The arcs of a {@link CompactGraph} as the chain searches ({@link StrongestChains}, {@link KShortestPaths}) see
 * them: lengths from a {@link LengthTransform}, self-loops dropped (no shortest or loopless path uses one) and
 * parallel arcs reduced to the shortest, the lowest arc index among equally short ones, so that a path is a
 * sequence of vertices. Unlike {@link ShortestPathGraph} each kept entry remembers the index of its arc in
 * {@link CompactGraph#outTargets()}, so results can name the arc and callers can read its weight.
 *
 * <p>Every arc's weight is checked by the transform here, reachable or not, so a bad weight fails the same way
 * whatever the query. O(n + m) time and memory; immutable and shareable between threads.
 */
final class ArcLengthGraph {
    final CompactGraph graph;
    final int n;
    /** Entries leaving {@code v} are {@code offsets[v] .. offsets[v+1]-1}, in arc order. */
    final int[] offsets;
    final int[] heads;
    /** Index of each entry's arc in the original graph. */
    final int[] arcs;
    final double[] lengths;
    /** The weight of each entry's arc for the widest routes ({@link #widest}), else {@code null}. */
    final double[] weights;

    private ArcLengthGraph(CompactGraph graph, Entries e) {
        this.graph = graph;
        this.n = graph.vertexCount();
        this.offsets = e.offsets;
        this.heads = e.heads;
        this.arcs = e.arcs;
        this.lengths = e.lengths;
        this.weights = e.weights;
    }

    static ArcLengthGraph of(CompactGraph g, LengthTransform transform) {
        if (g == null || transform == null) {
            throw new IllegalArgumentException("graph and transform must not be null");
        }
        return new ArcLengthGraph(g, Entries.of(g, transform, false));
    }

    /**
     * For the widest routes of {@link HopBoundedPaths}: the heaviest arc of each pair (ties: shorter, then lower
     * index), with weights.
     *
     * @throws IllegalArgumentException if a weight is NaN or outside the domain of {@code transform}
     */
    static ArcLengthGraph widest(CompactGraph g, LengthTransform transform) {
        return new ArcLengthGraph(g, Entries.of(g, transform, true));
    }

    /**
     * One entry per ordered pair of distinct vertices joined by an arc, in arc order: by the shortest arc (ties: lower
     * index), or with {@code heaviest} by the heaviest (ties: shorter, then lower index) with its weight. Self-loops
     * are dropped after their weight is validated. O(n + m).
     */
    record Entries(int[] offsets, int[] heads, int[] arcs, double[] lengths, double[] weights) {
        /** @throws IllegalArgumentException if a weight is outside the domain of {@code transform} (NaN when heaviest) */
        static Entries of(CompactGraph g, LengthTransform transform, boolean heaviest) {
            int n = g.vertexCount();
            int[] targets = g.outTargets();
            double[] w = g.outWeights();
            int[] offsets = new int[n + 1];
            int[] heads = new int[targets.length];
            int[] arcs = new int[targets.length];
            double[] lengths = new double[targets.length];
            double[] weights = heaviest ? new double[targets.length] : null;
            int[] slot = new int[n]; // slot[x] = entry of x in the current row, if >= rowStart
            Arrays.fill(slot, -1);
            int size = 0;
            for (int v = 0; v < n; v++) {
                int rowStart = size;
                for (int i = g.outStart(v); i < g.outEnd(v); i++) {
                    int x = targets[i];
                    double length = transform.length(v, x, w[i]); // validates the weight even for a self-loop
                    if (heaviest && Double.isNaN(w[i])) {
                        throw new IllegalArgumentException("edge (" + v + ", " + x + ") has weight NaN; the widest "
                                + "routes compare weights, which must be numbers");
                    }
                    if (x == v) {
                        continue;
                    }
                    int j = slot[x];
                    if (j < rowStart) {
                        slot[x] = j = size++;
                        heads[j] = x;
                    } else if (heaviest ? !(w[i] > weights[j] || (w[i] == weights[j] && length < lengths[j]))
                            : !(length < lengths[j])) { // among equals the lower arc index stays
                        continue;
                    }
                    arcs[j] = i;
                    lengths[j] = length;
                    if (heaviest) {
                        weights[j] = w[i];
                    }
                }
                offsets[v + 1] = size;
            }
            return new Entries(offsets, Arrays.copyOf(heads, size), Arrays.copyOf(arcs, size), Arrays.copyOf(lengths, size),
                    heaviest ? Arrays.copyOf(weights, size) : null);
        }
    }

    /** Checks that {@code v} names a vertex; {@code what} names the parameter in the message. */
    int vertex(String what, Integer v) {
        if (v == null || v < 0 || v >= n) {
            throw new IllegalArgumentException(what + " " + v + " is not a vertex (vertices are 0.." + (n - 1) + ")");
        }
        return v;
    }
}
