package org.kamgraph.algorithms.paths;

import java.util.Arrays;

/**
 * A path through a {@link org.kamgraph.algorithms.CompactGraph}: its vertices in order, the arcs between them (indices
 * into {@code outTargets()} / {@code outWeights()} of the graph, so {@code arcs[i]} leads from {@code vertices[i]} to
 * {@code vertices[i + 1]} and the caller can read each hop's weight) and its total length under the
 * {@link LengthTransform} of the search. A path of one vertex has no arcs and length 0.
 *
 * <p>The length is the sum of the arc lengths taken in path order, starting from 0, so two searches that return the
 * same path report the same length to the bit. Arrays are copied in and out, so instances are immutable; equality
 * compares the contents of the arrays.
 *
 * @param vertices the vertices from the start of the path to its end; at least one
 * @param arcs     the arc indices, one fewer than the vertices
 * @param length   the total length
 */
public record ArcPath(int[] vertices, int[] arcs, double length) {

    public ArcPath {
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

    /** The first vertex. */
    public int source() {
        return vertices[0];
    }

    /** The last vertex. */
    public int target() {
        return vertices[vertices.length - 1];
    }

    /** The number of arcs. */
    public int hops() {
        return arcs.length;
    }

    /**
     * {@code exp(-length)}: the probability of the whole chain when the lengths came from {@link LengthTransform#NEG_LOG}
     * (the product of the hop probabilities); meaningless for the other transforms.
     */
    public double probability() {
        return StrictMath.exp(-length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArcPath p && Arrays.equals(vertices, p.vertices) && Arrays.equals(arcs, p.arcs)
                && Double.compare(length, p.length) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(vertices) + Arrays.hashCode(arcs)) + Double.hashCode(length);
    }

    @Override
    public String toString() {
        return "ArcPath" + Arrays.toString(vertices) + " arcs " + Arrays.toString(arcs) + " length " + length;
    }
}
