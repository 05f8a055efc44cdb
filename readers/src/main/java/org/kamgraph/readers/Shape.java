package org.kamgraph.readers;

import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * What a format may emit: nodes of one kind ({@code node}), or relationships of one type from one kind to another.
 * The importer reads a file once and keeps its rows per shape (validation and the writers take one shape at a time).
 */
public record Shape(NodeKind node, RelKind type, NodeKind from, NodeKind to) {

    public static Shape nodes(NodeKind kind) {
        return new Shape(kind, null, null, null);
    }

    public static Shape relationships(RelKind type, NodeKind from, NodeKind to) {
        return new Shape(null, type, from, to);
    }

    public boolean holdsNodes() {
        return node != null;
    }

    @Override
    public String toString() {
        return holdsNodes() ? node.label() : type.type() + " " + from.label() + "->" + to.label();
    }
}
