package org.kamgraph.cypher.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Batched writes into the embedded database in-process, through Neo4j's Java API: no Bolt round trip, no
 * Cypher planning or parameter marshalling per batch. This is what makes a bulk load several times faster
 * than batched Cypher (see docs/PERFORMANCE.md). Same semantics as {@link CypherGraphWriter}: one transaction
 * per batch, upserts by id and by (start, type, end, validFrom, side: inferred or entered, {@link GraphWriter#inferred}). Labels and types come from the model's enums.
 */
public final class EmbeddedGraphWriter implements GraphWriter {
    private static final Label MIGRATION = Label.label("__KamMigration");
    private final GraphDatabaseService db;

    public EmbeddedGraphWriter(GraphDatabaseService db) {
        this.db = db;
    }

    @Override
    public void writeNodes(NodeKind kind, List<NodeRow> rows, boolean create) {
        if (rows.isEmpty()) {
            return;
        }
        Label own = Label.label(kind.label());
        Label[] labels = kind.labels().stream().map(Label::label).toArray(Label[]::new);
        try (Transaction tx = db.beginTx()) {
            for (NodeRow row : rows) {
                Node n = create ? null : tx.findNode(own, "id", row.id());
                Object before = null;
                if (n == null) {
                    n = tx.createNode(labels);
                } else {
                    before = n.getProperty(ALIASES, null);
                    reopen(n, row.props());
                }
                setAll(n, row.props());
                if (before instanceof String b && row.props().get(ALIASES) instanceof String added) {
                    n.setProperty(ALIASES, unitedAliases(b, added));
                }
            }
            tx.commit();
        }
    }

    @Override
    public void writeRelationships(RelKind rel, NodeKind from, NodeKind to, List<RelRow> rows, boolean create) {
        if (rows.isEmpty()) {
            return;
        }
        Label fromLabel = Label.label(from.label());
        Label toLabel = Label.label(to.label());
        RelationshipType type = RelationshipType.withName(rel.type());
        try (Transaction tx = db.beginTx()) {
            for (RelRow row : create ? rows : GraphWriter.lastPerIdentity(rel, rows)) {
                Node a = tx.findNode(fromLabel, "id", row.start());
                Node b = tx.findNode(toLabel, "id", row.end());
                if (a == null || b == null) {
                    throw new IllegalStateException("endpoint of " + rel.type() + " (" + row.start() + " -> " + row.end()
                            + ") vanished after validation");
                }
                Relationship r = create ? null : existing(a, b, type, rel, row.props());
                if (r == null) {
                    r = a.createRelationshipTo(b, type);
                } else {
                    reopen(r, row.props());
                }
                setAll(r, row.props());
            }
            tx.commit();
        }
    }

    /**
     * The relationship of this identity (validFrom, side: inferred or entered, and the type's
     * {@link RelKind#identityProperties}), searched from the endpoint with fewer such relationships.
     */
    private static Relationship existing(Node a, Node b, RelationshipType type, RelKind rel, Map<String, Object> props) {
        Object validFrom = props.get("validFrom");
        boolean inferred = GraphWriter.inferred(props);
        List<String> extra = rel.identityProperties();
        boolean fromA = a.getDegree(type, Direction.OUTGOING) <= b.getDegree(type, Direction.INCOMING);
        Node near = fromA ? a : b;
        Node far = fromA ? b : a;
        try (var rels = near.getRelationships(fromA ? Direction.OUTGOING : Direction.INCOMING, type)) {
            for (Relationship r : rels) {
                if (r.getOtherNode(near).equals(far) && Objects.equals(r.getProperty("validFrom", null), validFrom)
                        && GraphWriter.INFERRED.equals(r.getProperty("source", null)) == inferred
                        && (extra.isEmpty() || extra.stream().allMatch(p -> Objects.equals(r.getProperty(p, null), props.get(p))))) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * Aliases (ids in other systems, {@code system:id;system:id}) are united, not replaced, as nodes-upsert.cypher does:
     * a clinician matched by a second CRM keeps the first CRM's alias.
     */
    static String unitedAliases(String before, String added) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(java.util.Arrays.asList(before.split(";")));
        all.addAll(java.util.Arrays.asList(added.split(";")));
        return String.join(";", all);
    }

    private static final String ALIASES = "aliases";
    private static final String ENDED_BY = "endedBy";

    /**
     * An element a full snapshot ended ({@code endedBy} = its source) is open again when a row of that source holds it:
     * that {@code validTo} is removed (a validTo the row gives is set after), as nodes-upsert.cypher does.
     */
    private static void reopen(org.neo4j.graphdb.Entity e, Map<String, Object> props) {
        Object endedBy = e.getProperty(ENDED_BY, null);
        if (endedBy != null && endedBy.equals(props.get("source"))) {
            e.removeProperty("validTo");
            e.removeProperty(ENDED_BY);
        }
    }

    private static void setAll(org.neo4j.graphdb.Entity e, Map<String, Object> props) {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            Object v = p.getValue();
            if (v == null) {
                e.removeProperty(p.getKey());
            } else {
                e.setProperty(p.getKey(), v);
            }
        }
    }

    @Override
    public boolean databaseHasData() {
        try (Transaction tx = db.beginTx(); var all = tx.getAllNodes().iterator()) {
            while (all.hasNext()) {
                if (!all.next().hasLabel(MIGRATION)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Set<String> existingIds(NodeKind kind, List<String> ids) {
        Label label = Label.label(kind.label());
        Set<String> found = new HashSet<>();
        try (Transaction tx = db.beginTx()) {
            for (String id : ids) {
                if (tx.findNode(label, "id", id) != null) {
                    found.add(id);
                }
            }
        }
        return found;
    }

    @Override
    public List<org.kamgraph.model.ReportingLines.Line> reportingLines() {
        List<org.kamgraph.model.ReportingLines.Line> out = new java.util.ArrayList<>();
        try (Transaction tx = db.beginTx(); var rows = tx.execute(org.kamgraph.cypher.Cypher.load(ReportingLineCheck.STATEMENT))) {
            rows.forEachRemaining(row -> out.add(ReportingLineCheck.line(row)));
        }
        return out;
    }
}
