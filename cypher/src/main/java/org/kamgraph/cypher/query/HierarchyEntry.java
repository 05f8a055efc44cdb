package org.kamgraph.cypher.query;

import org.kamgraph.model.RelKind;

/** One node under an account: its parent in the hierarchy, the relationship that puts it there and its depth. */
public record HierarchyEntry(NodeView node, NodeView parent, RelKind via, int depth) {
}
