package org.kamgraph.cypher.influence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.influence.InferenceStore.Write;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/**
 * The writes of {@link KernelInferenceReads}: inferred INFLUENCES created through the kernel's write API, changed and
 * ended through the Java API (only those with source {@code inferred}), in transactions of at most
 * {@value InferenceStore#WRITES_PER_TRANSACTION} rows.
 */
final class KernelInferenceWrites {
    private static final RelationshipType INFLUENCES = RelationshipType.withName("INFLUENCES");

    private KernelInferenceWrites() {
    }

    private static KernelTransaction kernel(Transaction tx) {
        return ((InternalTransaction) tx).kernelTransaction();
    }

    @SuppressWarnings("deprecation")
    static void write(GraphDatabaseService db, List<Write> create, List<Write> update, List<Write> end) {
        int limit = InferenceStore.WRITES_PER_TRANSACTION;
        for (int from = 0; from < create.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                create(kernel(tx), create.subList(from, Math.min(create.size(), from + limit)));
                tx.commit();
            }
        }
        for (int from = 0; from < update.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                for (Write w : update.subList(from, Math.min(update.size(), from + limit))) {
                    Relationship r = inferred(tx, w.rel());
                    if (r != null) {
                        setAll(r, w.props());
                    }
                }
                tx.commit();
            }
        }
        for (int from = 0; from < end.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                for (Write w : end.subList(from, Math.min(end.size(), from + limit))) {
                    Relationship r = inferred(tx, w.rel());
                    if (r != null) {
                        r.setProperty("validTo", w.props().get("validTo"));
                        r.setProperty("lastVerified", w.props().get("lastVerified"));
                    }
                }
                tx.commit();
            }
        }
    }

    /**
     * Creates the relationships through the kernel's write API (token ids resolved once per transaction, values
     * converted once): no Node or Relationship objects, no token look-up by name per property.
     */
    private static void create(KernelTransaction ktx, List<Write> rows) {
        try {
            org.neo4j.internal.kernel.api.Write write = ktx.dataWrite();
            org.neo4j.internal.kernel.api.TokenWrite tokens = ktx.tokenWrite();
            int type = tokens.relationshipTypeGetOrCreateForName(INFLUENCES.name());
            Map<String, Integer> keys = new HashMap<>();
            for (Write w : rows) {
                long rel = write.relationshipCreate(Long.parseLong(w.a()), type, Long.parseLong(w.b()));
                for (Map.Entry<String, Object> p : w.props().entrySet()) {
                    if (p.getValue() == null) {
                        continue;
                    }
                    Integer key = keys.get(p.getKey());
                    if (key == null) {
                        key = tokens.propertyKeyGetOrCreateForName(p.getKey());
                        keys.put(p.getKey(), key);
                    }
                    write.relationshipSetProperty(rel, key, org.neo4j.values.storable.Values.of(p.getValue()));
                }
            }
        } catch (org.neo4j.exceptions.KernelException e) {
            throw new IllegalStateException("could not create inferred INFLUENCES: " + e.getMessage(), e);
        }
    }

    /** The inferred INFLUENCES of that id, or null (deleted meanwhile, or not inferred: never touched). */
    @SuppressWarnings("deprecation")
    private static Relationship inferred(Transaction tx, String rel) {
        try {
            Relationship r = tx.getRelationshipById(Long.parseLong(rel));
            return r.isType(INFLUENCES) && InferenceStore.SOURCE.equals(r.getProperty("source", null)) ? r : null;
        } catch (org.neo4j.graphdb.NotFoundException gone) {
            return null;
        }
    }

    /** {@code SET r += props}: a null value removes the property. */
    private static void setAll(Entity e, Map<String, Object> props) {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            if (p.getValue() == null) {
                e.removeProperty(p.getKey());
            } else {
                e.setProperty(p.getKey(), p.getValue());
            }
        }
    }
}
