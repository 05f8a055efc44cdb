package org.kamgraph.cypher.projection;

/** How stored relationships become projected edges. */
public enum Orientation {
    /** As stored: start -> end. */
    NATURAL,
    /** Reversed: end -> start (e.g. influence flowing back toward a decider). */
    REVERSE,
    /** Both ways: an undirected graph. */
    UNDIRECTED
}
