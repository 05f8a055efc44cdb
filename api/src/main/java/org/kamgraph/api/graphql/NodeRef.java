package org.kamgraph.api.graphql;

import org.kamgraph.model.NodeKind;

/**
 * The schema's {@code NodeRef} input: a node named by its kind and business id. Its own type (it used to sit inside
 * AnalyticsController) because every controller takes it; only controllers use it, services get kind and id.
 */
public record NodeRef(NodeKind kind, String id) {
}
