package org.kamgraph.analytics.keyaccounts;

import org.kamgraph.model.NodeKind;

/**
 * A node as the key-account answers name it: its id, kind and name (the GraphQL NodeSummary shape). Its own record
 * so that analytics needs no api type; it has the shape of the influence answers' NodeSummary, which it can become.
 */
public record Node(String id, NodeKind kind, String name) {
}
