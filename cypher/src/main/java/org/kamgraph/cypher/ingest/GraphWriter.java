package org.kamgraph.cypher.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Batched writes of validated nodes and relationships, one transaction per batch. Upserts are idempotent
 * (re-running a batch changes nothing); the create statements are the bulk path for an empty database.
 */
public final class GraphWriter {
    private final Neo4jRunner runner;

    public GraphWriter(Neo4jRunner runner) {
        this.runner = runner;
    }

    /** A node to write: its id and all its properties (id included). */
    public record NodeRow(String id, Map<String, Object> props) {
    }

    /** A relationship to write: endpoint ids and its properties. */
    public record RelRow(String start, String end, Map<String, Object> props) {
        /** Identity within one (type, from kind, to kind): start, end and validFrom. */
        Object key() {
            return List.of(start, end, String.valueOf(props.get("validFrom")));
        }
    }

    public void writeNodes(NodeKind kind, List<NodeRow> rows, boolean create) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> params = new ArrayList<>(rows.size());
        for (NodeRow r : rows) {
            params.add(Map.of("id", r.id(), "props", r.props()));
        }
        runner.write(Cypher.forKind(create ? "nodes-create" : "nodes-upsert", kind), Map.of("rows", params));
    }

    public void writeRelationships(RelKind rel, NodeKind from, NodeKind to, List<RelRow> rows, boolean create) {
        if (rows.isEmpty()) {
            return;
        }
        // Within one batch the last row with an identity wins, as it would across batches.
        Map<Object, RelRow> distinct = new LinkedHashMap<>();
        for (RelRow r : rows) {
            distinct.put(r.key(), r);
        }
        List<Map<String, Object>> params = new ArrayList<>(distinct.size());
        for (RelRow r : distinct.values()) {
            params.add(Map.of("start", r.start(), "end", r.end(), "props", r.props()));
        }
        runner.write(Cypher.forRelationship(create ? "relationships-create" : "relationships-upsert", rel, from, to),
                Map.of("rows", params));
    }

    public boolean databaseHasData() {
        return runner.read(Cypher.load("database-has-data"), Map.of(), r -> r.get("hasData").asBoolean()).getFirst();
    }

    /** Which of {@code ids} exist as nodes of {@code kind}. */
    public Set<String> existingIds(NodeKind kind, List<String> ids) {
        return Set.copyOf(runner.read(Cypher.forKind("nodes-existing-ids", kind), Map.of("ids", ids),
                r -> r.get("id").asString()));
    }
}
