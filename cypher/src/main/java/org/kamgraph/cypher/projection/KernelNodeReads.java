package org.kamgraph.cypher.projection;

import java.util.Arrays;
import java.util.List;
import org.kamgraph.model.NodeKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.kernel.api.TokenSet;
import org.neo4j.kernel.api.ExecutionContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * Projection node reads through Neo4j's kernel API (the cursors Cypher's runtime itself uses), for the embedded
 * database: the node list of a scope by one scan of the node store, no Cypher, no Bolt, no {@code Node} objects and
 * no element-id strings; token ids are resolved once. Only loaded when kam-graph runs the database itself. The
 * relationships are read by {@link KernelRelationshipReads}.
 */
final class KernelNodeReads {
    static final int NO_TOKEN = org.neo4j.token.api.TokenConstants.NO_TOKEN;

    private KernelNodeReads() {
    }

    /** The nodes of a scope, in the order of the Cypher statements they replace. */
    record NodeTable(long[] nodeIds, NodeKind[] kinds, String[] ids, String[] names, String elementIdPrefix, String[] elementIds) {
        int size() {
            return nodeIds.length;
        }
    }

    static KernelTransaction kernel(Transaction tx) {
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
            int workers = ReadWorkers.threads();
            org.neo4j.internal.kernel.api.PartitionedScan<NodeCursor> scan = ktx.dataRead().allNodesScan(workers * 8, ktx.cursorContext());
            ExecutionContext[] contexts = new ExecutionContext[workers];
            List<NodePart> parts = new java.util.ArrayList<>();
            try (org.neo4j.kernel.api.Statement statement = ktx.acquireStatement()) {
                for (int w = 0; w < workers; w++) {
                    contexts[w] = ktx.createExecutionContext();
                }
                NodeKind[] kindByToken = kindOfToken;
                ReadWorkers.inParallel(workers, w -> {
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
}
