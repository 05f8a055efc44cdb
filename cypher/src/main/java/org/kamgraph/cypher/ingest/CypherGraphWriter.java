package org.kamgraph.cypher.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Batched writes through the driver, as Cypher statements (for an external server or cluster). One
 * transaction per batch; upserts are idempotent; the create statements are the bulk path for an empty database.
 */
public final class CypherGraphWriter implements GraphWriter {
    private final Neo4jRunner runner;

    public CypherGraphWriter(Neo4jRunner runner) {
        this.runner = runner;
    }

    @Override
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

    @Override
    public void writeRelationships(RelKind rel, NodeKind from, NodeKind to, List<RelRow> rows, boolean create) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> params = new ArrayList<>(rows.size());
        for (RelRow r : GraphWriter.lastPerIdentity(rel, rows)) {
            params.add(Map.of("start", r.start(), "end", r.end(), "props", r.props()));
        }
        runner.write(Cypher.forRelationship(create ? "relationships-create" : "relationships-upsert", rel, from, to),
                Map.of("rows", params, "identity", rel.identityProperties()));
    }

    @Override
    public boolean databaseHasData() {
        return runner.read(Cypher.load("database-has-data"), Map.of(), r -> r.get("hasData").asBoolean()).getFirst();
    }

    @Override
    public Set<String> existingIds(NodeKind kind, List<String> ids) {
        return Set.copyOf(runner.read(Cypher.forKind("nodes-existing-ids", kind), Map.of("ids", ids),
                r -> r.get("id").asString()));
    }

    @Override
    public List<org.kamgraph.model.ReportingLines.Line> reportingLines() {
        return runner.read(Cypher.load(ReportingLineCheck.STATEMENT), Map.of(), r -> ReportingLineCheck.line(r.asMap()));
    }
}
