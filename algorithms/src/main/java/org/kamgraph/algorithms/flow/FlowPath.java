package org.kamgraph.algorithms.flow;

import java.util.Arrays;

/**
 * One path of a flow decomposition: a route from a source to a sink and the flow it carries.
 *
 * @param vertices the vertices from the source to the sink
 * @param arcs     the arc indices of the graph, one fewer than the vertices ({@code arcs[i]} leads from
 *                 {@code vertices[i]} to {@code vertices[i + 1]})
 * @param value    the flow along the path, &gt; 0
 */
public record FlowPath(int[] vertices, int[] arcs, double value) {

    public FlowPath {
        if (vertices == null || arcs == null || vertices.length == 0 || arcs.length != vertices.length - 1) {
            throw new IllegalArgumentException("a path needs at least one vertex and exactly one arc fewer than vertices");
        }
        vertices = vertices.clone();
        arcs = arcs.clone();
    }

    @Override
    public int[] vertices() {
        return vertices.clone();
    }

    @Override
    public int[] arcs() {
        return arcs.clone();
    }

    /** The source the path starts at. */
    public int source() {
        return vertices[0];
    }

    /** The sink the path ends at. */
    public int sink() {
        return vertices[vertices.length - 1];
    }

    public int hops() {
        return arcs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowPath p && Arrays.equals(vertices, p.vertices) && Arrays.equals(arcs, p.arcs)
                && Double.compare(value, p.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(vertices) + Arrays.hashCode(arcs)) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "FlowPath" + Arrays.toString(vertices) + " arcs " + Arrays.toString(arcs) + " value " + value;
    }
}
