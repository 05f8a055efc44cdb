package org.kamgraph.cypher.projection;

import org.kamgraph.model.NodeKind;

/** Which part of the graph a projection covers. */
public sealed interface Scope {

    /** Every node of the chosen kinds. */
    record WholeGraph() implements Scope {
    }

    /** An account (or any organization) and everything under it: units, their people, decisions and initiatives. */
    record Account(NodeKind kind, String id) implements Scope {
    }

    /** A decision, its DMU and deciding committees, and their neighbourhood to {@code depth} steps. */
    record Decision(String id, int depth) implements Scope {
        public static final int MAX_DEPTH = 4;
    }

    /** The nodes of a sales territory. */
    record Territory(String territory) implements Scope {
    }

    /** The nodes of a state or region. */
    record Region(String region) implements Scope {
    }
}
