package org.kamgraph.cypher.query;

/** A node next to another, the relationship between them and its direction seen from the first node. */
public record Neighbour(NodeView node, RelationshipView relationship, Direction direction) {
}
