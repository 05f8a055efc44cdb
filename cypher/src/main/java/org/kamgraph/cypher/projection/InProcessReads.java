package org.kamgraph.cypher.projection;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.kamgraph.model.NodeKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The in-process reads of a projection from the embedded database, through Neo4j's kernel API on all cores: a
 * scope by kind, territory or region whole ({@link KernelNodeReads} for the node list), and the relationships of
 * any node list ({@link KernelRelationshipReads}), by each node's relationship chain or by one scan of the
 * relationship store, whichever reads less. {@link ProjectionLoader} reads the rest through Cypher.
 */
final class InProcessReads {
    /** {@code -Dkam.projection.trace=true}: the time of each step of an in-process load on standard error. */
    private static final boolean TRACE = Boolean.getBoolean("kam.projection.trace");
    /** {@code -Dkam.projection.relationships=scan|traverse} forces the way relationships are read in-process (default: by size). */
    private static final String RELATIONSHIPS = System.getProperty("kam.projection.relationships", "auto");
    private final GraphDatabaseService embedded;

    InProcessReads(GraphDatabaseService embedded) {
        this.embedded = embedded;
    }

    /** The relationships among the nodes of {@code elementIds} (vertex v is {@code elementIds[v]}), read in-process. */
    EdgeBuffer relationships(ProjectionSpec spec, String[] elementIds) {
        return readInProcess(spec, resolve(elementIds));
    }

    /**
     * A scope defined by kind, territory or region, read in-process through the kernel API: the node list by one
     * scan of the node store (kind, id and name; element ids derived on demand), then the relationships.
     */
    Projection load(ProjectionSpec spec) {
        long t0 = System.nanoTime();
        List<NodeKind> kinds = List.copyOf(spec.nodeKinds());
        KernelNodeReads.NodeTable table = switch (spec.scope()) {
            case Scope.Territory t -> KernelNodeReads.nodes(embedded, kinds, "territory", t.territory());
            case Scope.Region r -> KernelNodeReads.nodes(embedded, kinds, "region", r.region());
            default -> KernelNodeReads.nodes(embedded, kinds, null, null);
        };
        long t1 = System.nanoTime();
        EdgeBuffer edges = scanRelationshipStore(table.size()) ? scanInProcess(spec, table.nodeIds()) : readInProcess(spec, table.nodeIds());
        long t2 = System.nanoTime();
        Graph<Integer, Integer> g = edges.graph(table.size(), spec.orientation());
        if (TRACE) {
            System.err.printf(java.util.Locale.ROOT, "projection: %,d nodes in %.3f s, %,d edges in %.3f s, CSR graph in %.3f s%n",
                    table.size(), (t1 - t0) / 1e9, edges.size(), (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        }
        return table.elementIds() != null
                ? new Projection(g, table.elementIds(), table.kinds(), table.ids(), table.names(), Set.of())
                : new Projection(g, table.nodeIds(), table.elementIdPrefix(), table.kinds(), table.ids(), table.names(), Set.of());
    }

    /** Internal node ids of the element ids (-1 for a node deleted meanwhile), resolved on the worker threads. */
    private long[] resolve(String[] elementIds) {
        int n = elementIds.length;
        int[] bounds = ReadWorkers.bounds(n);
        long[] nodeIds = new long[n];
        ReadWorkers.inParallel(bounds.length - 1, w -> {
            try (Transaction tx = embedded.beginTx()) {
                for (int v = bounds[w]; v < bounds[w + 1]; v++) {
                    try {
                        nodeIds[v] = tx.getNodeByElementId(elementIds[v]).getId();
                    } catch (org.neo4j.graphdb.NotFoundException deleted) {
                        nodeIds[v] = -1;
                    }
                }
            }
            return null;
        });
        return nodeIds;
    }

    /**
     * Reads the relationships through the kernel API ({@link KernelRelationshipReads#relationships}). The source vertices are split
     * into contiguous ranges, one per worker thread ({@code kam.projection.threads}, default: available processors;
     * a single range below {@code kam.projection.minVerticesPerThread} vertices per worker, default
     * {@value ReadWorkers#MIN_VERTICES_PER_THREAD}), each read in its own read transaction into its own buffer; the buffers are
     * concatenated in range order, so the edge order is the same as a single-threaded read. Edges are matched to
     * vertices by internal node ids in a primitive map. A node deleted since the node list was read contributes
     * no edges (internal ids are only reused after the deleting transaction is long gone).
     */
    private EdgeBuffer readInProcess(ProjectionSpec spec, long[] nodeIds) {
        int n = nodeIds.length;
        LongIntMap vertexOf = LongIntMap.indexOf(nodeIds);
        int[] bounds = ReadWorkers.bounds(n);
        List<EdgeBuffer> parts = ReadWorkers.inParallel(bounds.length - 1, w -> {
            EdgeBuffer part = new EdgeBuffer();
            KernelRelationshipReads.relationships(embedded, spec, nodeIds, vertexOf, bounds[w], bounds[w + 1], part);
            return part;
        });
        return EdgeBuffer.concat(parts);
    }

    /**
     * Whether to read the relationships of {@code n} projected nodes by scanning the whole relationship store rather
     * than by traversing each node's relationships: when they are at least a quarter of the store's nodes (a
     * traversal meets each relationship from both ends and jumps around the store; a scan reads it once, in
     * order, but reads all of it, which a small territory or region does not pay back).
     */
    private boolean scanRelationshipStore(int n) {
        return switch (RELATIONSHIPS) {
            case "scan" -> true;
            case "traverse" -> false;
            default -> n > 0 && 4L * n >= KernelNodeReads.nodeCount(embedded);
        };
    }

    /** The relationships by a partitioned scan of the relationship store ({@link KernelRelationshipReads#scanRelationships}). */
    private EdgeBuffer scanInProcess(ProjectionSpec spec, long[] nodeIds) {
        int n = nodeIds.length;
        LongIntMap vertexOf = LongIntMap.indexOf(nodeIds);
        return KernelRelationshipReads.scanRelationships(embedded, spec, vertexOf, n, ReadWorkers.threads());
    }
}
