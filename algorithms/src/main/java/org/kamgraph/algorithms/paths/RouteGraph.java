package org.kamgraph.algorithms.paths;

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
        ArcLengthGraph.Entries e = ArcLengthGraph.Entries.of(g, transform, true);
        return new RouteGraph(g, e.offsets(), e.heads(), e.arcs(), e.lengths(), e.weights());
    }
}
