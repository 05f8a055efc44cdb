package org.kamgraph.cypher.ingest;

import java.util.List;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.RelKind;

/**
 * What one input holds, whatever its format: nodes of one kind, or relationships from one kind to another (of one
 * type, or of a type each row names); and its property fields in order, each with the model's spec. Validation and
 * the writers see inputs only through this and {@link InputRow}, never through the file format.
 *
 * @param nodeKind   the kind of a node input; null for relationships
 * @param relKind    the type of a relationship input, or null when each row names its own (or for nodes)
 * @param startField how the input names the start field, as problems show it (e.g. {@code :START_ID(Person)})
 * @param endField   likewise for the end field
 */
public record InputShape(NodeKind nodeKind, RelKind relKind, NodeKind startKind, NodeKind endKind, String startField,
                         String endField, List<Field> properties) {

    /** One property field: its name and the model's spec, which typed its values. */
    public record Field(String name, PropertySpec spec) {
    }

    public InputShape {
        properties = List.copyOf(properties);
    }

    public static InputShape nodes(NodeKind kind, List<Field> properties) {
        return new InputShape(kind, null, null, null, null, null, properties);
    }

    /** @param type null when each row names its own type */
    public static InputShape relationships(RelKind type, NodeKind startKind, String startField, NodeKind endKind,
                                           String endField, List<Field> properties) {
        return new InputShape(null, type, startKind, endKind, startField, endField, properties);
    }

    public boolean holdsNodes() {
        return nodeKind != null;
    }

    /** What the input holds in the report's words: {@code Hospital}, {@code INFLUENCES Person->Clinician}. */
    public String holds() {
        return holdsNodes() ? nodeKind.label()
                : (relKind == null ? "relationships" : relKind.type()) + " " + startKind.label() + "->" + endKind.label();
    }
}
