package org.kamgraph.cypher.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Where the importer writes validated rows, one transaction per batch. Upserts match nodes by id and
 * relationships by (start, type, end, validFrom, side), so re-running a batch changes nothing; {@code create = true}
 * is the bulk path for an empty database, which skips looking for existing data. The side is whether a relationship
 * was inferred ({@code source = 'inferred'}, docs/INFERENCE.md) or entered (any other source): an INFLUENCES a user or
 * the CRM entered never overwrites an inferred one with the same endpoints and validFrom, nor the reverse.
 */
public interface GraphWriter {
    /** The source of relationships inferred from evidence (the other side: entered by a user, the CRM, a file). */
    String INFERRED = "inferred";

    /** Whether a row's properties are of the inferred side. */
    static boolean inferred(Map<String, Object> props) {
        return INFERRED.equals(props.get("source"));
    }

    /** A node to write: its id and all its properties (id included). */
    record NodeRow(String id, Map<String, Object> props) {
    }

    /** A relationship to write: endpoint ids and its properties. */
    record RelRow(String start, String end, Map<String, Object> props) {
        /** Identity within one (type, from kind, to kind): start, end, validFrom and side (inferred or entered). */
        Object key() {
            return List.of(start, end, String.valueOf(props.get("validFrom")), inferred(props));
        }

        /** Identity within one (type, from kind, to kind): start, end, validFrom, side and the type's identity properties. */
        Object key(RelKind type) {
            if (type.identityProperties().isEmpty()) {
                return key();
            }
            List<Object> k = new java.util.ArrayList<>(List.of(start, end, String.valueOf(props.get("validFrom")), inferred(props)));
            type.identityProperties().forEach(p -> k.add(String.valueOf(props.get(p))));
            return k;
        }
    }

    void writeNodes(NodeKind kind, List<NodeRow> rows, boolean create);

    void writeRelationships(RelKind rel, NodeKind from, NodeKind to, List<RelRow> rows, boolean create);

    /** Whether the database holds any node of the model. */
    boolean databaseHasData();

    /** Which of {@code ids} exist as nodes of {@code kind}. */
    Set<String> existingIds(NodeKind kind, List<String> ids);

    /** Every stored REPORTS_TO line (none for a store that does not exist yet), for the reporting-line cycle check. */
    default List<org.kamgraph.model.ReportingLines.Line> reportingLines() {
        return List.of();
    }

    /** A writer for a store that does not exist yet: it holds nothing and is written by other means. */
    static GraphWriter none() {
        return new GraphWriter() {
            public void writeNodes(NodeKind kind, List<NodeRow> rows, boolean create) {
                throw new IllegalStateException("no database to write to");
            }

            public void writeRelationships(RelKind rel, NodeKind from, NodeKind to, List<RelRow> rows, boolean create) {
                throw new IllegalStateException("no database to write to");
            }

            public boolean databaseHasData() {
                return false;
            }

            public Set<String> existingIds(NodeKind kind, List<String> ids) {
                return Set.of();
            }
        };
    }

    /** Within one batch the last row with an identity wins, as it would across batches. */
    static Collection<RelRow> lastPerIdentity(RelKind type, List<RelRow> rows) {
        Map<Object, RelRow> distinct = new LinkedHashMap<>();
        for (RelRow r : rows) {
            distinct.put(r.key(type), r);
        }
        return distinct.values();
    }
}
