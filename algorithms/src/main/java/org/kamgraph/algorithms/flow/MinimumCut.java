package org.kamgraph.algorithms.flow;

import java.util.Arrays;

/**
 * A minimum cut of a flow network: the arcs and the vertices (those with a capacity of their own) whose removal
 * separates every source from every sink and whose capacities add up to the maximum flow value. These are the
 * gatekeepers of the flow: together they carry all of it, each one saturated.
 *
 * <p>A vertex with a capacity is modelled as an arc from its entry to its exit. {@link #sourceSide} lists the
 * vertices whose entry is on the sources' side, so it includes the cut vertices (their exit is on the sinks' side).
 * Arcs and vertices of capacity 0 that cross the cut carry nothing and are left out. All arrays are in increasing
 * order, copied in and out, so instances are immutable.
 *
 * @param sourceSide the vertices on the sources' side of the cut (every source among them), ascending
 * @param arcs       the cut arcs, as arc indices of the graph, ascending
 * @param vertices   the cut vertices, ascending
 * @param capacity   the total capacity of the cut arcs and vertices
 */
public record MinimumCut(int[] sourceSide, int[] arcs, int[] vertices, double capacity) {

    public MinimumCut {
        sourceSide = sourceSide.clone();
        arcs = arcs.clone();
        vertices = vertices.clone();
    }

    @Override
    public int[] sourceSide() {
        return sourceSide.clone();
    }

    @Override
    public int[] arcs() {
        return arcs.clone();
    }

    @Override
    public int[] vertices() {
        return vertices.clone();
    }

    /** Whether {@code v} (or its entry, for a vertex with a capacity) is on the sources' side. */
    public boolean isOnSourceSide(int v) {
        return Arrays.binarySearch(sourceSide, v) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinimumCut c && Arrays.equals(sourceSide, c.sourceSide) && Arrays.equals(arcs, c.arcs)
                && Arrays.equals(vertices, c.vertices) && Double.compare(capacity, c.capacity) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(sourceSide) + Arrays.hashCode(arcs)) + Arrays.hashCode(vertices))
                + Double.hashCode(capacity);
    }

    @Override
    public String toString() {
        return "MinimumCut[capacity " + capacity + ", arcs " + Arrays.toString(arcs) + ", vertices "
                + Arrays.toString(vertices) + ", source side " + Arrays.toString(sourceSide) + "]";
    }
}
