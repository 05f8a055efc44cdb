package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The arcs of a {@link CompactGraph} as shortest-path searches see them: lengths from a {@link LengthTransform},
 * self-loops dropped (they are on no shortest path) and parallel arcs merged into one arc of the smallest length, so
 * that a path is a sequence of vertices, as in NetworkX. Either the graph's own arcs ({@link #forward}) or its arcs
 * reversed ({@link #reversed}), for distances <em>to</em> a vertex.
 *
 * <p>Immutable and shared by all worker threads of a computation.
 */
final class ShortestPathGraph {
    final int n;
    final int[] offsets;
    final int[] targets;
    /** Arc lengths, or {@code null} when every arc has length 1 ({@link LengthTransform#NONE}). */
    final double[] lengths;

    private ShortestPathGraph(int n, int[] offsets, int[] targets, double[] lengths) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.lengths = lengths;
    }

    boolean weighted() {
        return lengths != null;
    }

    /** The graph's arcs, in their own direction. */
    static ShortestPathGraph forward(CompactGraph g, LengthTransform transform) {
        int n = g.vertexCount();
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = g.outEnd(v);
        }
        return build(n, offsets, g.outTargets(), g.outWeights(), transform, false);
    }

    /** The graph's arcs reversed: an arc u → v of the graph is an arc v → u here (the same graph when undirected). */
    static ShortestPathGraph reversed(CompactGraph g, LengthTransform transform) {
        int n = g.vertexCount();
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = g.inEnd(v);
        }
        return build(n, offsets, g.inSources(), g.inWeights(), transform, true);
    }

    private static ShortestPathGraph build(int n, int[] rowOffsets, int[] neighbours, double[] weights,
                                           LengthTransform transform, boolean reversed) {
        boolean weighted = transform.isWeighted();
        int[] offsets = new int[n + 1];
        int[] targets = new int[neighbours.length];
        double[] lengths = weighted ? new double[neighbours.length] : null;
        int[] slot = new int[n]; // slot[w] = index in targets of w in the current row, if >= rowStart
        Arrays.fill(slot, -1);
        int size = 0;
        for (int v = 0; v < n; v++) {
            int rowStart = size;
            for (int i = rowOffsets[v]; i < rowOffsets[v + 1]; i++) {
                int w = neighbours[i];
                double length = 0;
                if (weighted) {
                    // name the edge in the graph's own direction
                    length = reversed ? transform.length(w, v, weights[i]) : transform.length(v, w, weights[i]);
                }
                if (w == v) {
                    continue;
                }
                int j = slot[w];
                if (j >= rowStart) {
                    if (weighted && length < lengths[j]) {
                        lengths[j] = length;
                    }
                } else {
                    slot[w] = size;
                    targets[size] = w;
                    if (weighted) {
                        lengths[size] = length;
                    }
                    size++;
                }
            }
            offsets[v + 1] = size;
        }
        return new ShortestPathGraph(n, offsets, Arrays.copyOf(targets, size),
                weighted ? Arrays.copyOf(lengths, size) : null);
    }

    /**
     * Rejects arcs of length 0, on which shortest-path counts are ill-defined. For a {@link #forward} view of
     * {@code original}.
     *
     * @throws IllegalArgumentException naming the first such arc and its weight
     */
    void requirePositiveLengths(CompactGraph original, LengthTransform transform, String algorithm) {
        if (lengths == null) {
            return;
        }
        for (int v = 0; v < n; v++) {
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                if (lengths[i] == 0) {
                    int t = targets[i];
                    throw new IllegalArgumentException(algorithm + " needs positive edge lengths, but edge (" + v
                            + ", " + t + ") with weight " + zeroLengthWeight(original, transform, v, t)
                            + " has length 0 under " + transform + ": shortest-path counts are ill-defined on"
                            + " zero-length edges; give it a " + (transform == LengthTransform.NEG_LOG
                            ? "probability below 1" : "positive weight"));
                }
            }
        }
    }

    private static double zeroLengthWeight(CompactGraph g, LengthTransform transform, int s, int t) {
        for (int i = g.outStart(s); i < g.outEnd(s); i++) {
            if (g.outTargets()[i] == t && transform.length(s, t, g.outWeights()[i]) == 0) {
                return g.outWeights()[i];
            }
        }
        return Double.NaN; // not reached for a forward view of g
    }
}
