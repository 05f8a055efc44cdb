package org.kamgraph.cypher.projection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.RelKind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.ExecutionContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.Value;

/**
 * Projection relationship reads through Neo4j's kernel API, for the embedded database: the relationships leaving
 * a range of vertices by their nodes' relationship chains, or all of them by one partitioned scan of the
 * relationship store, straight into primitive edge buffers ({@link EdgeBuffer}); no Cypher, no {@code Relationship}
 * objects. The node list comes from {@link KernelNodeReads}.
 */
final class KernelRelationshipReads {
    private static final int NO_TOKEN = KernelNodeReads.NO_TOKEN;

    private KernelRelationshipReads() {
    }

    /** Receives one projected edge, weight and orientation applied. */
    interface EdgeOut {
        void add(int source, int target, double weight);
    }

    /**
     * The relationships of the projected kinds leaving vertices {@code from..to-1} ({@code nodeIds[v]}) whose other
     * end is a vertex ({@code vertexOf}), valid on the spec's day, with the weight property read only when one is
     * asked for, in one read transaction. A node deleted since the node list was read contributes nothing.
     */
    static void relationships(GraphDatabaseService db, ProjectionSpec spec, long[] nodeIds, LongIntMap vertexOf, int from, int to,
                              EdgeOut out) {
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = KernelNodeReads.kernel(tx);
            TokenRead tokens = ktx.tokenRead();
            int[] types = spec.relKinds().stream().mapToInt(k -> tokens.relationshipType(k.type()))
                    .filter(t -> t != NO_TOKEN).sorted().toArray();
            if (types.length == 0) {
                return;
            }
            boolean[] reversed = new boolean[types[types.length - 1] + 1];
            for (RelKind k : spec.relKinds()) {
                int t = tokens.relationshipType(k.type());
                if (t != NO_TOKEN) {
                    reversed[t] = spec.reversed(k);
                }
            }
            LocalDate asOf = spec.asOf();
            int weightKey = spec.weightProperty() == null ? NO_TOKEN : tokens.propertyKey(spec.weightProperty());
            int fromKey = asOf == null ? NO_TOKEN : tokens.propertyKey("validFrom");
            int toKey = asOf == null ? NO_TOKEN : tokens.propertyKey("validTo");
            int[] keys = Arrays.stream(new int[] {weightKey, fromKey, toKey}).filter(k -> k != NO_TOKEN).toArray();
            PropertySelection selection = keys.length == 0 ? null : PropertySelection.selection(keys);
            double defaultWeight = spec.defaultWeight();
            RelationshipSelection relSelection = RelationshipSelection.selection(types, Direction.OUTGOING);
            Read read = ktx.dataRead();
            CursorFactory cursors = ktx.cursors();
            try (NodeCursor node = cursors.allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                 RelationshipTraversalCursor rel = cursors.allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker());
                 PropertyCursor props = cursors.allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker())) {
                for (int s = from; s < to; s++) {
                    read.singleNode(nodeIds[s], node);
                    if (!node.next()) {
                        continue;
                    }
                    node.relationships(rel, relSelection);
                    while (rel.next()) {
                        int t = vertexOf.get(rel.otherNodeReference());
                        if (t < 0) {
                            continue;
                        }
                        double w = defaultWeight;
                        if (selection != null) {
                            Value weight = null;
                            Value validFrom = null;
                            Value validTo = null;
                            rel.properties(props, selection);
                            while (props.next()) {
                                int key = props.propertyKey();
                                if (key == weightKey) {
                                    weight = props.propertyValue();
                                } else if (key == fromKey) {
                                    validFrom = props.propertyValue();
                                } else if (key == toKey) {
                                    validTo = props.propertyValue();
                                }
                            }
                            if (asOf != null && !validOn(validFrom, validTo, asOf)) {
                                continue;
                            }
                            if (weight != null) {
                                w = weight(weight, spec);
                            }
                        }
                        if (reversed[rel.type()]) {
                            out.add(t, s, w);
                        } else {
                            out.add(s, t, w);
                        }
                    }
                }
            }
        }
    }

    /**
     * The relationships of the projected kinds between vertices ({@code vertexOf}), valid on the spec's day, by one
     * partitioned scan of the relationship store on {@code workers} threads (sequential reads of the stores
     * instead of each node's relationship chain, where every relationship is met from both ends): in one read
     * transaction, each worker in an execution context of its own. Edges come out grouped by source vertex and,
     * within a source, in relationship-id order, whatever the threads.
     */
    static EdgeBuffer scanRelationships(GraphDatabaseService db, ProjectionSpec spec, LongIntMap vertexOf, int n, int workers) {
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = KernelNodeReads.kernel(tx);
            TokenRead tokens = ktx.tokenRead();
            int maxType = -1;
            for (RelKind k : spec.relKinds()) {
                maxType = Math.max(maxType, tokens.relationshipType(k.type()));
            }
            if (maxType < 0 || n == 0) {
                return new EdgeBuffer();
            }
            int highestType = maxType;
            boolean[] wanted = new boolean[maxType + 1];
            boolean[] reversed = new boolean[maxType + 1];
            for (RelKind k : spec.relKinds()) {
                int t = tokens.relationshipType(k.type());
                if (t != NO_TOKEN) {
                    wanted[t] = true;
                    reversed[t] = spec.reversed(k);
                }
            }
            Properties properties = new Properties(tokens, spec);
            org.neo4j.internal.kernel.api.PartitionedScan<RelationshipScanCursor> scan =
                    ktx.dataRead().allRelationshipsScan(Math.max(1, workers) * 8, ktx.cursorContext());
            ExecutionContext[] contexts = new ExecutionContext[workers];
            try (org.neo4j.kernel.api.Statement statement = ktx.acquireStatement()) {
                for (int w = 0; w < workers; w++) {
                    contexts[w] = ktx.createExecutionContext();
                }
                List<List<EdgeBuffer>> perWorker = ReadWorkers.inParallel(workers, w -> {
                    ExecutionContext ctx = contexts[w];
                    List<EdgeBuffer> parts = new java.util.ArrayList<>();
                    try (RelationshipScanCursor rel = ctx.cursors().allocateRelationshipScanCursor(ctx.cursorContext(), ctx.memoryTracker());
                         PropertyCursor props = ctx.cursors().allocatePropertyCursor(ctx.cursorContext(), ctx.memoryTracker())) {
                        while (scan.reservePartition(rel, ctx)) {
                            EdgeBuffer part = new EdgeBuffer();
                            parts.add(part);
                            while (rel.next()) {
                                if (part.origin == Long.MAX_VALUE) {
                                    part.origin = rel.relationshipReference();
                                }
                                int type = rel.type();
                                if (type > highestType || !wanted[type]) {
                                    continue;
                                }
                                int s = vertexOf.get(rel.sourceNodeReference());
                                int t = s < 0 ? -1 : vertexOf.get(rel.targetNodeReference());
                                if (t < 0) {
                                    continue;
                                }
                                double weight = properties.weight(rel, props);
                                if (Double.isNaN(weight)) {
                                    continue;
                                }
                                if (reversed[type]) {
                                    part.add(t, s, weight);
                                } else {
                                    part.add(s, t, weight);
                                }
                            }
                        }
                    } finally {
                        ctx.complete();
                    }
                    return parts;
                });
                List<EdgeBuffer> parts = new java.util.ArrayList<>();
                perWorker.forEach(parts::addAll);
                return EdgeBuffer.bySource(parts, n);
            } finally {
                for (ExecutionContext ctx : contexts) {
                    if (ctx != null) {
                        ctx.close();
                    }
                }
            }
        }
    }

    /** The weight and validity properties a spec reads from a relationship. */
    private static final class Properties {
        private final ProjectionSpec spec;
        private final LocalDate asOf;
        private final int weightKey;
        private final int fromKey;
        private final int toKey;
        private final PropertySelection selection;
        private final int keyCount;

        Properties(TokenRead tokens, ProjectionSpec spec) {
            this.spec = spec;
            this.asOf = spec.asOf();
            this.weightKey = spec.weightProperty() == null ? NO_TOKEN : tokens.propertyKey(spec.weightProperty());
            this.fromKey = asOf == null ? NO_TOKEN : tokens.propertyKey("validFrom");
            this.toKey = asOf == null ? NO_TOKEN : tokens.propertyKey("validTo");
            int[] keys = Arrays.stream(new int[] {weightKey, fromKey, toKey}).filter(k -> k != NO_TOKEN).toArray();
            this.selection = keys.length == 0 ? null : PropertySelection.selection(keys);
            this.keyCount = keys.length;
        }

        /** The edge weight of the relationship under the cursor, or NaN when it is not valid on the day. */
        double weight(org.neo4j.internal.kernel.api.RelationshipCursor rel, PropertyCursor props) {
            if (selection == null) {
                return spec.defaultWeight();
            }
            Value weight = null;
            Value validFrom = null;
            Value validTo = null;
            rel.properties(props, selection);
            int found = 0;
            while (found < keyCount && props.next()) {
                int key = props.propertyKey();
                if (key == weightKey) {
                    weight = props.propertyValue();
                    found++;
                } else if (key == fromKey) {
                    validFrom = props.propertyValue();
                    found++;
                } else if (key == toKey) {
                    validTo = props.propertyValue();
                    found++;
                }
            }
            if (asOf != null && !validOn(validFrom, validTo, asOf)) {
                return Double.NaN;
            }
            return weight == null ? spec.defaultWeight() : KernelRelationshipReads.weight(weight, spec);
        }
    }

    private static boolean validOn(Value from, Value to, LocalDate day) {
        Object f = from == null ? null : from.asObjectCopy();
        Object t = to == null ? null : to.asObjectCopy();
        return (!(f instanceof LocalDate fd) || !fd.isAfter(day)) && (!(t instanceof LocalDate td) || !td.isBefore(day));
    }

    private static double weight(Value v, ProjectionSpec spec) {
        if (!(v instanceof NumberValue number)) {
            Object o = v.asObjectCopy();
            if (o == null) {
                return spec.defaultWeight();
            }
            throw new BadInputException("weightProperty", "a relationship's " + spec.weightProperty() + " is not a number: " + o);
        }
        double w = number.doubleValue();
        if (!Double.isFinite(w)) {
            throw new BadInputException("weightProperty", "a relationship has a non-finite " + spec.weightProperty());
        }
        return w;
    }
}
