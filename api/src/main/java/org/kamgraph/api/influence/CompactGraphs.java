package org.kamgraph.api.influence;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.cypher.projection.Projection;

/**
 * The primitive copy of each live projection, made once: a cached projection is asked many questions, and the copy
 * (O(n + m)) would otherwise dominate small ones. Entries go when the projection cache drops the projection.
 * Arcs of strength 0 are dropped: they are no tie for the path measures and carry nothing in a random walk.
 */
final class CompactGraphs {
    private final Map<Projection, CompactGraph> graphs = Collections.synchronizedMap(new WeakHashMap<>());

    CompactGraph of(Projection p) {
        return graphs.computeIfAbsent(p, x -> CompactGraph.of(x.graph()).positiveWeightsOnly());
    }
}
