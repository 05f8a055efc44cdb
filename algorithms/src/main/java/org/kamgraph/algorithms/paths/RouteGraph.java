package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The arcs of a {@link CompactGraph} as the route searches of {@link HopBoundedPaths} see them: one entry per
 * ordered pair of distinct vertices with an arc between them (self-loops dropped, so that a route is a sequence of
 * vertices), each with the index of the arc it stands for, its length under a {@link LengthTransform} and, for the
 * widest ranking, the arc's weight.
 *
 * <p>Which of several parallel arcs stands for the pair depends on the ranking: for the shortest routes the shortest
 * arc (this is exactly {@link ArcLengthGraph}, whose arrays are shared), for the widest routes the heaviest arc,
 * then the shortest, then the lowest index. O(n + m) time and memory to build; immutable.
 */
final class RouteGraph {
    final CompactGraph graph;
    final int n;
    final int[] offsets;
    final int[] heads;
    final int[] arcs;
    final double[] lengths;
    /** The weight of each entry's arc, or {@code null} when the ranking does not read weights. */
    final double[] weights;

    private RouteGraph(CompactGraph graph, int[] offsets, int[] heads, int[] arcs, double[] lengths, double[] weights) {
        this.graph = graph;
        this.n = graph.vertexCount();
        this.offsets = offsets;
        this.heads = heads;
        this.arcs = arcs;
        this.lengths = lengths;
        this.weights = weights;
    }

    /** The shortest arc of each pair, sharing the arrays of {@code g}; no weights. O(1). */
    static RouteGraph shortest(ArcLengthGraph g) {
        return new RouteGraph(g.graph, g.offsets, g.heads, g.arcs, g.lengths, null);
    }

    /**
     * The heaviest arc of each pair (ties: shorter, then lower index), with weights.
     *
     * @throws IllegalArgumentException if a weight is NaN or outside the domain of {@code transform}
     */
    static RouteGraph widest(CompactGraph g, LengthTransform transform) {
        int n = g.vertexCount();
        int[] targets = g.outTargets();
        double[] w = g.outWeights();
        int[] offsets = new int[n + 1];
        int[] heads = new int[targets.length];
        int[] arcs = new int[targets.length];
        double[] lengths = new double[targets.length];
        double[] weights = new double[targets.length];
        int[] slot = new int[n]; // slot[x] = entry of x in the current row, if >= rowStart
        Arrays.fill(slot, -1);
        int size = 0;
        for (int v = 0; v < n; v++) {
            int rowStart = size;
            for (int i = g.outStart(v); i < g.outEnd(v); i++) {
                int x = targets[i];
                double length = transform.length(v, x, w[i]); // validates the weight even for a self-loop
                if (Double.isNaN(w[i])) {
                    throw new IllegalArgumentException("edge (" + v + ", " + x + ") has weight NaN; the widest "
                            + "routes compare weights, which must be numbers");
                }
                if (x == v) {
                    continue;
                }
                int j = slot[x];
                if (j >= rowStart) {
                    if (w[i] > weights[j] || (w[i] == weights[j] && length < lengths[j])) {
                        weights[j] = w[i];
                        lengths[j] = length;
                        arcs[j] = i;
                    }
                } else {
                    slot[x] = size;
                    heads[size] = x;
                    arcs[size] = i;
                    lengths[size] = length;
                    weights[size++] = w[i];
                }
            }
            offsets[v + 1] = size;
        }
        return new RouteGraph(g, offsets, Arrays.copyOf(heads, size), Arrays.copyOf(arcs, size),
                Arrays.copyOf(lengths, size), Arrays.copyOf(weights, size));
    }
}
