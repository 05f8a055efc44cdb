package org.kamgraph.cypher.edit;

import java.time.LocalDate;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** The identity of a relationship: type, both endpoints and validFrom (null when open-ended). */
public record RelationshipKey(RelKind type, NodeKind fromKind, String fromId, NodeKind toKind, String toId, LocalDate validFrom) {
}
