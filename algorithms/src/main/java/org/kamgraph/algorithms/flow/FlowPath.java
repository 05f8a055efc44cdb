package org.kamgraph.algorithms.flow;

import org.kamgraph.algorithms.paths.ArcPath;

/**
 * One path of a flow decomposition: a route from a source to a sink (the one path record, {@link ArcPath}: vertices,
 * the arcs between them, and as length its number of arcs) and the flow it carries.
 *
 * @param path  the route, at least one vertex, {@code arcs[i]} leading from {@code vertices[i]} to {@code vertices[i + 1]}
 * @param value the flow along the path, &gt; 0
 */
public record FlowPath(ArcPath path, double value) {

    /** The path through {@code vertices} along {@code arcs} (one fewer), carrying {@code value}. */
    public FlowPath(int[] vertices, int[] arcs, double value) {
        this(new ArcPath(vertices, arcs, arcs.length), value);
    }

    /** The vertices from the source to the sink (a copy). */
    public int[] vertices() {
        return path.vertices();
    }

    /** The arc indices of the graph, one fewer than the vertices (a copy). */
    public int[] arcs() {
        return path.arcs();
    }

    /** The source the path starts at. */
    public int source() {
        return path.source();
    }

    /** The sink the path ends at. */
    public int sink() {
        return path.target();
    }

    public int hops() {
        return path.hops();
    }
}
