package org.kamgraph.cypher.edit;

import static org.kamgraph.cypher.edit.EditChecks.requireValid;
import static org.kamgraph.cypher.edit.EditChecks.withoutNulls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.cypher.query.RelationshipView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.cypher.ingest.ReportingLineCheck;
import org.kamgraph.model.RelKind;
import org.kamgraph.model.ReportingLines;
import org.kamgraph.model.Validator;
import org.neo4j.driver.Record;

/**
 * Creates, updates and ends single nodes and relationships, with the same validation as the importer:
 * the whole resulting record is checked against the model before anything is written, in one transaction.
 * Property values arrive as text (from GraphQL) and are parsed with the model's types; a null value removes
 * the property.
 */
public final class GraphEditor {
    private final Neo4jRunner runner;
    private final org.kamgraph.cypher.GraphVersion version;

    public GraphEditor(Neo4jRunner runner) {
        this(runner, new org.kamgraph.cypher.GraphVersion());
    }

    /** @param version advanced after every committed edit */
    public GraphEditor(Neo4jRunner runner, org.kamgraph.cypher.GraphVersion version) {
        this.runner = runner;
        this.version = version;
    }

    /** Runs an edit in a write transaction and advances the version, with what it touched, once it committed. */
    private <T> T write(org.kamgraph.cypher.GraphVersion.Change touched, org.neo4j.driver.TransactionCallback<T> work) {
        T result = runner.inWrite(work);
        version.advance(touched);
        return result;
    }

    private static org.kamgraph.cypher.GraphVersion.Change touched(RelationshipKey key) {
        return org.kamgraph.cypher.GraphVersion.Change.relationship(key.fromKind(), key.fromId(), key.toKind(), key.toId());
    }

    public NodeView createNode(NodeKind kind, String id, Map<String, String> properties) {
        Map<String, Object> props = parse(kind.properties(), properties, "properties");
        props.put("id", id);
        requireValid(Validator.validateNode(kind, withoutNulls(props)), "input", "");
        return write(org.kamgraph.cypher.GraphVersion.Change.node(kind, id), tx -> {
            if (tx.run(Cypher.forKind("node-by-id", kind), Map.of("id", id)).hasNext()) {
                throw new BadInputException("id", "a " + kind.label() + " with id '" + id + "' already exists; use updateNode");
            }
            return NodeView.of(tx.run(Cypher.forKind("node-create", kind), Map.of("props", withoutNulls(props))).single().get("n").asNode());
        });
    }

    public NodeView updateNode(NodeKind kind, String id, Map<String, String> properties) {
        Map<String, Object> changes = parse(kind.properties(), properties, "properties");
        if (changes.containsKey("id")) {
            throw new BadInputException("properties", "id cannot be changed; create a new node and end this one");
        }
        return write(org.kamgraph.cypher.GraphVersion.Change.node(kind, id), tx -> {
            var existing = tx.run(Cypher.forKind("node-by-id", kind), Map.of("id", id)).list();
            if (existing.isEmpty()) {
                throw new NotFoundException("id", "no " + kind.label() + " with id '" + id + "'");
            }
            Map<String, Object> merged = new HashMap<>(existing.getFirst().get("n").asNode().asMap());
            merged.putAll(changes);
            requireValid(Validator.validateNode(kind, withoutNulls(merged)), "input", "");
            return NodeView.of(tx.run(Cypher.forKind("node-set", kind), Map.of("id", id, "props", changes)).single().get("n").asNode());
        });
    }

    public NodeView endNode(NodeKind kind, String id, LocalDate validTo) {
        Map<String, String> change = new HashMap<>();
        change.put("validTo", validTo.toString());
        return updateNode(kind, id, change);
    }

    public RelationshipView createRelationship(RelationshipKey key, Map<String, String> properties) {
        Map<String, Object> props = parse(key.type().properties(), properties, "properties");
        if (props.containsKey("validFrom")) {
            throw new BadInputException("properties", "validFrom is part of the relationship's identity; give it as validFrom");
        }
        props.put("validFrom", key.validFrom());
        requireValid(Validator.validateRelationship(key.type(), key.fromKind(), key.toKind(), withoutNulls(props)), "input", "");
        return write(touched(key), tx -> {
            requireNode(tx, key.fromKind(), key.fromId(), "fromId");
            requireNode(tx, key.toKind(), key.toId(), "toId");
            if (tx.run(Cypher.forRelationship("relationship-get", key.type(), key.fromKind(), key.toKind()), keyParams(key)).hasNext()) {
                throw new BadInputException("validFrom", "this " + key.type() + " relationship already exists for validFrom "
                        + (key.validFrom() == null ? "(open)" : key.validFrom()) + "; use updateRelationship");
            }
            checkReportingLine(tx, key, props);
            Map<String, Object> params = keyParams(key);
            params.put("props", withoutNulls(props));
            return view(tx.run(Cypher.forRelationship("relationship-create", key.type(), key.fromKind(), key.toKind()), params).single());
        });
    }

    public RelationshipView updateRelationship(RelationshipKey key, Map<String, String> properties) {
        Map<String, Object> changes = parse(key.type().properties(), properties, "properties");
        if (changes.containsKey("validFrom")) {
            throw new BadInputException("properties", "validFrom is part of the relationship's identity and cannot be changed; end this relationship and create a new one");
        }
        return write(touched(key), tx -> {
            var existing = tx.run(Cypher.forRelationship("relationship-get", key.type(), key.fromKind(), key.toKind()), keyParams(key)).list();
            if (existing.isEmpty()) {
                throw new NotFoundException("key", "no " + key.type() + " from " + key.fromKind().label() + " '" + key.fromId() + "' to "
                        + key.toKind().label() + " '" + key.toId() + "' with validFrom " + (key.validFrom() == null ? "(open)" : key.validFrom()));
            }
            Map<String, Object> merged = new HashMap<>(existing.getFirst().get("r").asRelationship().asMap());
            merged.putAll(changes);
            requireValid(Validator.validateRelationship(key.type(), key.fromKind(), key.toKind(), withoutNulls(merged)), "input", "");
            checkReportingLine(tx, key, merged);
            Map<String, Object> params = keyParams(key);
            params.put("props", changes);
            return view(tx.run(Cypher.forRelationship("relationship-set", key.type(), key.fromKind(), key.toKind()), params).single());
        });
    }

    public RelationshipView endRelationship(RelationshipKey key, LocalDate validTo) {
        Map<String, String> change = new HashMap<>();
        change.put("validTo", validTo.toString());
        return updateRelationship(key, change);
    }

    /**
     * One reporting-line direction: a REPORTS_TO written (created, or its dates changed) must close no cycle of lines
     * valid on one day with the stored ones; refused before anything is written, naming the cycle.
     */
    private static void checkReportingLine(org.neo4j.driver.TransactionContext tx, RelationshipKey key, Map<String, Object> props) {
        if (key.type() != RelKind.REPORTS_TO) {
            return;
        }
        List<ReportingLines.Line> stored = tx.run(Cypher.load(ReportingLineCheck.STATEMENT)).list(r -> ReportingLineCheck.line(r.asMap()));
        ReportingLines.Line line = new ReportingLines.Line(ReportingLineCheck.key(key.fromKind(), key.fromId()),
                ReportingLineCheck.key(key.toKind(), key.toId()), key.validFrom(), (LocalDate) props.get("validTo"));
        List<ReportingLines.Cycle> cycles = ReportingLines.cycles(stored, List.of(line));
        if (!cycles.isEmpty()) {
            throw new BadInputException("toId", "REPORTS_TO from " + key.fromKind().label() + " '" + key.fromId() + "' to "
                    + key.toKind().label() + " '" + key.toId() + "' would close " + ReportingLineCheck.describe(cycles.getFirst())
                    + "; REPORTS_TO goes from the report to the manager");
        }
    }

    private static void requireNode(org.neo4j.driver.TransactionContext tx, NodeKind kind, String id, String argument) {
        if (!tx.run(Cypher.forKind("node-by-id", kind), Map.of("id", id)).hasNext()) {
            throw new NotFoundException(argument, "no " + kind.label() + " with id '" + id + "'");
        }
    }

    private static Map<String, Object> keyParams(RelationshipKey key) {
        Map<String, Object> p = new HashMap<>();
        p.put("fromId", key.fromId());
        p.put("toId", key.toId());
        p.put("validFrom", key.validFrom());
        return p;
    }

    private static RelationshipView view(Record r) {
        return RelationshipView.of(r.get("r").asRelationship(), NodeView.of(r.get("a").asNode()), NodeView.of(r.get("b").asNode()));
    }

    /** Parses text values with the model's types; unknown names and bad values name the property. */
    static Map<String, Object> parse(Map<String, PropertySpec> specs, Map<String, String> text, String argument) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (Map.Entry<String, String> e : text.entrySet()) {
            PropertySpec spec = specs.get(e.getKey());
            if (spec == null) {
                throw new BadInputException(argument, "'" + e.getKey() + "' is not a known property; known: " + String.join(", ", specs.keySet()));
            }
            if (e.getValue() == null) {
                if (spec.required()) {
                    throw new BadInputException(argument, e.getKey() + " is required and cannot be removed");
                }
                out.put(e.getKey(), null);
                continue;
            }
            try {
                out.put(e.getKey(), spec.normalise(spec.type().parse(e.getValue())));
            } catch (IllegalArgumentException ex) {
                throw new BadInputException(argument, e.getKey() + ": " + ex.getMessage());
            }
        }
        return out;
    }
}
