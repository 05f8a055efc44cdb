package org.kamgraph.analytics;

import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/** A node as every answer names it: its id, its kind and its display name (GraphQL NodeSummary). */
public record NodeSummary(String id, NodeKind kind, String name) {

    /** Vertex {@code v} of a projection. */
    public static NodeSummary of(Projection p, int v) {
        return new NodeSummary(p.id(v), p.kind(v), p.name(v));
    }
}
