package org.kamgraph.cypher.projection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.NodeKind;
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
import org.neo4j.internal.kernel.api.TokenSet;
import org.neo4j.kernel.api.ExecutionContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * Projection reads through Neo4j's kernel API (the cursors Cypher's runtime itself uses), for the embedded
 * database: no Cypher, no Bolt, no {@code Node} or {@code Relationship} objects and no element-id strings; token
 * ids are resolved once. Only loaded when kam-graph runs the database itself.
 */
final class KernelReads {
    private static final int NO_TOKEN = org.neo4j.token.api.TokenConstants.NO_TOKEN;

    private KernelReads() {
    }

    /** The nodes of a scope, in the order of the Cypher statements they replace. */
    record NodeTable(long[] nodeIds, NodeKind[] kinds, String[] ids, String[] names, String elementIdPrefix, String[] elementIds) {
        int size() {
            return nodeIds.length;
        }
    }

    private static KernelTransaction kernel(Transaction tx) {
        return ((InternalTransaction) tx).kernelTransaction();
    }

    /**
     * The nodes of the projected kinds (of the area: {@code territory} or {@code region} property equal to
     * {@code areaValue}, when {@code areaKey} is not null), with kind, id and name: one scan of the node store.
     * Ordered as {@code projection-nodes-all.cypher} / {@code -area.cypher} return them: by the first projected
     * label the node has (labels in {@code NodeKind} order), then by node id.
     */
    static NodeTable nodes(GraphDatabaseService db, List<NodeKind> projected, String areaKey, String areaValue) {
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = kernel(tx);
            TokenRead tokens = ktx.tokenRead();
            int[] wanted = new int[projected.size()];
            for (int i = 0; i < wanted.length; i++) {
                wanted[i] = tokens.nodeLabel(projected.get(i).label());
            }
            NodeKind[] kindOfToken = new NodeKind[0];
            for (NodeKind k : NodeKind.values()) {
                int t = tokens.nodeLabel(k.label());
                if (t >= 0) {
                    if (t >= kindOfToken.length) {
                        kindOfToken = Arrays.copyOf(kindOfToken, t + 1);
                    }
                    kindOfToken[t] = k;
                }
            }
            int clinician = tokens.nodeLabel(NodeKind.CLINICIAN.label());
            int idKey = tokens.propertyKey("id");
            int nameKey = tokens.propertyKey("name");
            int area = areaKey == null ? NO_TOKEN : tokens.propertyKey(areaKey);
            if (areaKey != null && area == NO_TOKEN || Arrays.stream(wanted).allMatch(t -> t == NO_TOKEN)) {
                return new NodeTable(new long[0], new NodeKind[0], new String[0], new String[0], "", null);
            }
            PropertySelection selection = PropertySelection.selection(Arrays.stream(new int[] {idKey, nameKey, area})
                    .filter(k -> k != NO_TOKEN).toArray());
            int workers = ProjectionLoader.threads();
            org.neo4j.internal.kernel.api.PartitionedScan<NodeCursor> scan = ktx.dataRead().allNodesScan(workers * 8, ktx.cursorContext());
            ExecutionContext[] contexts = new ExecutionContext[workers];
            List<NodePart> parts = new java.util.ArrayList<>();
            try (org.neo4j.kernel.api.Statement statement = ktx.acquireStatement()) {
                for (int w = 0; w < workers; w++) {
                    contexts[w] = ktx.createExecutionContext();
                }
                NodeKind[] kindByToken = kindOfToken;
                ProjectionLoader.inParallel(workers, w -> {
                    ExecutionContext ctx = contexts[w];
                    List<NodePart> mine = new java.util.ArrayList<>();
                    try (NodeCursor node = ctx.cursors().allocateNodeCursor(ctx.cursorContext(), ctx.memoryTracker());
                         PropertyCursor props = ctx.cursors().allocatePropertyCursor(ctx.cursorContext(), ctx.memoryTracker())) {
                        while (scan.reservePartition(node, ctx)) {
                            NodePart part = new NodePart();
                            mine.add(part);
                            while (node.next()) {
                                if (part.origin == Long.MAX_VALUE) {
                                    part.origin = node.nodeReference();
                                }
                                TokenSet labels = node.labels();
                                int r = -1;
                                for (int i = 0; i < wanted.length; i++) {
                                    if (wanted[i] != NO_TOKEN && labels.contains(wanted[i])) {
                                        r = i;
                                        break;
                                    }
                                }
                                if (r < 0) {
                                    continue;
                                }
                                String id = null;
                                String name = null;
                                boolean inArea = area == NO_TOKEN;
                                node.properties(props, selection);
                                while (props.next()) {
                                    int key = props.propertyKey();
                                    if (key == idKey) {
                                        id = string(props.propertyValue());
                                    } else if (key == nameKey) {
                                        name = string(props.propertyValue());
                                    } else if (key == area) {
                                        inArea = props.propertyValue() instanceof TextValue t && t.stringValue().equals(areaValue);
                                    }
                                }
                                if (inArea) {
                                    part.add(node.nodeReference(), r, kindOf(labels, clinician, kindByToken), id, name);
                                }
                            }
                        }
                    } finally {
                        ctx.complete();
                    }
                    synchronized (parts) {
                        parts.addAll(mine);
                    }
                    return null;
                });
            } finally {
                for (ExecutionContext ctx : contexts) {
                    if (ctx != null) {
                        ctx.close();
                    }
                }
            }
            // Partitions are node-id ranges: in the order of their first node, the parts are the scan in node-id order.
            parts.sort(java.util.Comparator.comparingLong(part -> part.origin));
            int size = 0;
            for (NodePart part : parts) {
                size += part.size;
            }
            long[] nodeIds = new long[size];
            byte[] rank = new byte[size];
            NodeKind[] kinds = new NodeKind[size];
            String[] ids = new String[size];
            String[] names = new String[size];
            int[] perRank = new int[wanted.length];
            int at = 0;
            for (NodePart part : parts) {
                System.arraycopy(part.nodeIds, 0, nodeIds, at, part.size);
                System.arraycopy(part.rank, 0, rank, at, part.size);
                System.arraycopy(part.kinds, 0, kinds, at, part.size);
                System.arraycopy(part.ids, 0, ids, at, part.size);
                System.arraycopy(part.names, 0, names, at, part.size);
                for (int i = 0; i < part.size; i++) {
                    perRank[part.rank[i]]++;
                }
                at += part.size;
            }
            return withElementIds(tx, ordered(size, nodeIds, rank, kinds, ids, names, perRank));
        }
    }

    /**
     * The table with the element-id prefix when the database's element ids are a prefix and the node id (checked on
     * the first and the last node; the format of this Neo4j version), else with every element id as a string.
     */
    @SuppressWarnings("deprecation")
    private static NodeTable withElementIds(Transaction tx, NodeTable t) {
        int n = t.size();
        if (n == 0) {
            return t;
        }
        String first = tx.getNodeById(t.nodeIds()[0]).getElementId();
        String prefix = first.substring(0, first.lastIndexOf(':') + 1);
        if (first.equals(prefix + t.nodeIds()[0]) && tx.getNodeById(t.nodeIds()[n - 1]).getElementId().equals(prefix + t.nodeIds()[n - 1])) {
            return new NodeTable(t.nodeIds(), t.kinds(), t.ids(), t.names(), prefix, null);
        }
        String[] elementIds = new String[n];
        for (int v = 0; v < n; v++) {
            elementIds[v] = tx.getNodeById(t.nodeIds()[v]).getElementId();
        }
        return new NodeTable(t.nodeIds(), t.kinds(), t.ids(), t.names(), null, elementIds);
    }

    /** The nodes of one partition of the node scan, in node-id order. */
    private static final class NodePart {
        long origin = Long.MAX_VALUE;
        long[] nodeIds = new long[256];
        byte[] rank = new byte[256];
        NodeKind[] kinds = new NodeKind[256];
        String[] ids = new String[256];
        String[] names = new String[256];
        int size;

        void add(long nodeId, int r, NodeKind kind, String id, String name) {
            if (size == nodeIds.length) {
                int capacity = size * 2;
                nodeIds = Arrays.copyOf(nodeIds, capacity);
                rank = Arrays.copyOf(rank, capacity);
                kinds = Arrays.copyOf(kinds, capacity);
                ids = Arrays.copyOf(ids, capacity);
                names = Arrays.copyOf(names, capacity);
            }
            nodeIds[size] = nodeId;
            rank[size] = (byte) r;
            kinds[size] = kind;
            ids[size] = id;
            names[size] = name;
            size++;
        }
    }

    /** Stable counting sort by rank (the scan already ran in node-id order). */
    private static NodeTable ordered(int size, long[] nodeIds, byte[] rank, NodeKind[] kinds, String[] ids, String[] names, int[] perRank) {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = rank[i - 1] <= rank[i];
        }
        if (sorted) {
            return new NodeTable(Arrays.copyOf(nodeIds, size), Arrays.copyOf(kinds, size), Arrays.copyOf(ids, size), Arrays.copyOf(names, size),
                    null, null);
        }
        int[] next = new int[perRank.length];
        for (int r = 1; r < perRank.length; r++) {
            next[r] = next[r - 1] + perRank[r - 1];
        }
        long[] n2 = new long[size];
        NodeKind[] k2 = new NodeKind[size];
        String[] i2 = new String[size];
        String[] m2 = new String[size];
        for (int i = 0; i < size; i++) {
            int to = next[rank[i]]++;
            n2[to] = nodeIds[i];
            k2[to] = kinds[i];
            i2[to] = ids[i];
            m2[to] = names[i];
        }
        return new NodeTable(n2, k2, i2, m2, null, null);
    }

    /** Clinician when labelled so (clinicians are people too), else the kind of the first kind label. */
    private static NodeKind kindOf(TokenSet labels, int clinician, NodeKind[] kindOfToken) {
        if (clinician != NO_TOKEN && labels.contains(clinician)) {
            return NodeKind.CLINICIAN;
        }
        for (int i = 0; i < labels.numberOfTokens(); i++) {
            int t = labels.token(i);
            if (t >= 0 && t < kindOfToken.length && kindOfToken[t] != null) {
                return kindOfToken[t];
            }
        }
        throw new IllegalStateException("a projected node has no kam-graph kind label");
    }

    private static String string(Value v) {
        if (v instanceof TextValue t) {
            return t.stringValue();
        }
        Object o = v == null ? null : v.asObjectCopy();
        return o == null ? null : o.toString();
    }

    /** The number of nodes in the store. */
    static long nodeCount(GraphDatabaseService db) {
        try (Transaction tx = db.beginTx()) {
            return kernel(tx).dataRead().nodesGetCount();
        }
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
            KernelTransaction ktx = kernel(tx);
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
            KernelTransaction ktx = kernel(tx);
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
                List<List<EdgeBuffer>> perWorker = ProjectionLoader.inParallel(workers, w -> {
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
            return weight == null ? spec.defaultWeight() : KernelReads.weight(weight, spec);
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
