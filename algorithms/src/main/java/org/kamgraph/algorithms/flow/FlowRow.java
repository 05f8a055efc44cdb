package org.kamgraph.algorithms.flow;

/**
 * One link of a Sankey diagram: the flow from one vertex to another, summed over the parallel arcs between them.
 *
 * @param source the vertex the flow leaves
 * @param target the vertex it enters
 * @param value  the flow, &gt; 0
 */
public record FlowRow(int source, int target, double value) {
}
