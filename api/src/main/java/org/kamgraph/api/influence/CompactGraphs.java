package org.kamgraph.api.influence;

import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.cypher.projection.Projection;

/**
 * The influence measures' view of a projection: its primitive copy (made once, kept by the projection) without the
 * arcs of strength 0: they are no tie for the path measures and carry nothing in a random walk.
 */
final class CompactGraphs {
    CompactGraph of(Projection p) {
        return p.compact().positiveWeightsOnly();
    }
}
