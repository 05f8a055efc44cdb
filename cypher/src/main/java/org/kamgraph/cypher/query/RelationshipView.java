package org.kamgraph.cypher.query;

import java.util.Map;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.types.Relationship;

/** A relationship as read from the store, with both endpoints. */
public record RelationshipView(String elementId, RelKind type, NodeView from, NodeView to, Map<String, Object> properties) {

    public Object get(String property) {
        return properties.get(property);
    }

    public static RelationshipView of(Relationship r, NodeView from, NodeView to) {
        RelKind type = RelKind.byType(r.type())
                .orElseThrow(() -> new IllegalStateException("Relationship type " + r.type() + " is not in the model"));
        return new RelationshipView(r.elementId(), type, from, to, NodeView.sorted(r.asMap()));
    }
}
