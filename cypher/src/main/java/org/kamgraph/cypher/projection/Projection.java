package org.kamgraph.cypher.projection;

import java.util.OptionalInt;
import java.util.Set;
import org.kamgraph.cypher.GraphVersion;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.model.NodeKind;

/**
 * A projected subgraph: a JGraphT CSR graph over vertices {@code 0..n-1} and, per vertex, the node it stands for
 * (element id, kind, external id, name).
 *
 * <p>Read in-process, a projection keeps the internal node ids and derives element ids on demand (the embedded
 * database's element id is a fixed prefix and the node id); the index from (kind, id) to vertex is built on its
 * first use, in primitive arrays (no key strings, no boxed vertices).
 */
public final class Projection {
    private final Graph<Integer, Integer> graph;
    private final int n;
    private final String[] elementIds;
    private final long[] nodeIds;
    private final String elementIdPrefix;
    private final NodeKind[] kinds;
    private final String[] ids;
    private final String[] names;
    private final Set<String> footprint;
    private volatile int[] index;
    /** The algorithms' primitive view of {@link #graph}, made once on first use ({@link #compact()}). */
    private volatile CompactGraph compact;
    /** Analyses of this projection by their key (see {@link #memo}). */
    private final java.util.Map<Object, java.util.concurrent.CompletableFuture<Object>> memos = new java.util.concurrent.ConcurrentHashMap<>();
    /** Most analyses kept per projection; past it they start afresh (a key holds the analysis' parameters). */
    static final int MAX_MEMOS = 32;

    /** With element ids as strings (read through Cypher). */
    Projection(Graph<Integer, Integer> graph, String[] elementIds, NodeKind[] kinds, String[] ids, String[] names,
               Set<String> footprint) {
        this(graph, elementIds.length, elementIds, null, null, kinds, ids, names, footprint);
    }

    /** With element ids {@code elementIdPrefix + nodeIds[v]} (read in-process). */
    Projection(Graph<Integer, Integer> graph, long[] nodeIds, String elementIdPrefix, NodeKind[] kinds, String[] ids,
               String[] names, Set<String> footprint) {
        this(graph, nodeIds.length, null, nodeIds, elementIdPrefix, kinds, ids, names, footprint);
    }

    private Projection(Graph<Integer, Integer> graph, int n, String[] elementIds, long[] nodeIds, String elementIdPrefix,
                       NodeKind[] kinds, String[] ids, String[] names, Set<String> footprint) {
        this.graph = graph;
        this.n = n;
        this.elementIds = elementIds;
        this.nodeIds = nodeIds;
        this.elementIdPrefix = elementIdPrefix;
        this.kinds = kinds;
        this.ids = ids;
        this.names = names;
        this.footprint = footprint;
    }

    /**
     * A projection built from arrays rather than read from a database: vertex {@code v} is the node
     * {@code (kinds[v], ids[v], names[v])} (its element id is its id), edge {@code e} joins {@code sources[e]} to
     * {@code targets[e]} with weight {@code weights[e]}. For test fixtures written as text and for other engines'
     * results; it depends on nothing (empty footprint). O(n + m).
     */
    public static Projection of(NodeKind[] kinds, String[] ids, String[] names, int[] sources, int[] targets,
                                double[] weights, boolean undirected) {
        if (ids.length != kinds.length || names.length != kinds.length) {
            throw new IllegalArgumentException("kinds, ids and names must have one entry per vertex");
        }
        if (targets.length != sources.length || weights.length != sources.length) {
            throw new IllegalArgumentException("sources, targets and weights must have one entry per edge");
        }
        EdgeBuffer edges = new EdgeBuffer();
        for (int e = 0; e < sources.length; e++) {
            edges.add(sources[e], targets[e], weights[e]);
        }
        Graph<Integer, Integer> g = edges.graph(kinds.length, undirected ? Orientation.UNDIRECTED : Orientation.NATURAL);
        return new Projection(g, ids.clone(), kinds.clone(), ids.clone(), names.clone(), Set.of());
    }

    /**
     * The result of {@code compute} for {@code key}, computed once for this projection and kept as long as it is.
     * A projection never changes (a write that may alter it makes {@link ProjectionCache} load a new one), so an
     * analysis of it stays right while the projection is in use: repeated questions and several fields of one request
     * asking the same thing (betweenness of a territory, a ranking) pay for it once. {@code key} must hold every
     * parameter of the analysis besides the projection (a record of them). Concurrent callers of one key wait for one
     * computation; a failed computation is not kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        java.util.concurrent.CompletableFuture<Object> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Object> existing = memos.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return (T) existing.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = compute.get();
            mine.complete(value);
            if (memos.size() > MAX_MEMOS) {
                memos.keySet().removeIf(k -> !k.equals(key));
            }
            return value;
        } catch (RuntimeException | Error e) {
            memos.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The subgraph induced by the vertices {@code keep} accepts, renumbered in their order, with the same
     * orientation and weights; this projection itself when it keeps every vertex. O(n + m).
     */
    public Projection restrict(java.util.function.IntPredicate keep) {
        int[] map = new int[n];
        int k = 0;
        for (int v = 0; v < n; v++) {
            map[v] = keep.test(v) ? k++ : -1;
        }
        if (k == n) {
            return this;
        }
        String[] keptElementIds = elementIds == null ? null : new String[k];
        long[] keptNodeIds = nodeIds == null ? null : new long[k];
        NodeKind[] keptKinds = new NodeKind[k];
        String[] keptIds = new String[k];
        String[] keptNames = new String[k];
        for (int v = 0; v < n; v++) {
            int w = map[v];
            if (w >= 0) {
                if (keptElementIds != null) {
                    keptElementIds[w] = elementIds[v];
                } else {
                    keptNodeIds[w] = nodeIds[v];
                }
                keptKinds[w] = kinds[v];
                keptIds[w] = ids[v];
                keptNames[w] = names[v];
            }
        }
        EdgeBuffer edges = new EdgeBuffer();
        for (Integer e : graph.edgeSet()) {
            int s = map[graph.getEdgeSource(e)];
            int t = map[graph.getEdgeTarget(e)];
            if (s >= 0 && t >= 0) {
                edges.add(s, t, graph.getEdgeWeight(e));
            }
        }
        Graph<Integer, Integer> g = edges.graph(k, graph.getType().isUndirected() ? Orientation.UNDIRECTED : Orientation.NATURAL);
        return new Projection(g, k, keptElementIds, keptNodeIds, elementIdPrefix, keptKinds, keptIds, keptNames, footprint);
    }

    /** The graph: vertices 0..n-1, weighted edges (weight 1 or the default when unweighted). */
    public Graph<Integer, Integer> graph() {
        return graph;
    }

    /**
     * The same graph as the primitive arrays the algorithms' hot loops read ({@link CompactGraph}), made on first use
     * and kept as long as this projection: the one copy of it, whoever asks (no cache elsewhere). For measures where a
     * tie of strength 0 is no tie, take its {@link CompactGraph#positiveWeightsOnly()} (also made once). O(n + m) the
     * first time, about 24 bytes per arc (12 for a directed projection whose edges come grouped by source, as a
     * store scan reads them: its out-adjacency is the graph's own edge arrays).
     */
    public CompactGraph compact() {
        CompactGraph c = compact;
        if (c == null) {
            synchronized (this) {
                c = compact;
                if (c == null) {
                    compact = c = graph instanceof CsrGraph csr ? csr.compact() : CompactGraph.of(graph);
                }
            }
        }
        return c;
    }

    public int vertexCount() {
        return n;
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    public String elementId(int v) {
        return elementIds != null ? elementIds[v] : elementIdPrefix + nodeIds[v];
    }

    public NodeKind kind(int v) {
        return kinds[v];
    }

    public String id(int v) {
        return ids[v];
    }

    public String name(int v) {
        return names[v];
    }

    /** The vertex of a node; Person finds clinicians too. */
    public OptionalInt vertex(NodeKind kind, String id) {
        int v = find(space(kind), String.valueOf(id));
        return v < 0 ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /**
     * Whether the node with this key ({@link GraphVersion#key}) is a vertex or a node the scope depends on (an
     * organization under the account, a node of the decision's neighbourhood): a write touching it may change
     * the projection.
     */
    public boolean covers(String key) {
        if (footprint.contains(key)) {
            return true;
        }
        int split = key.indexOf('\u0000');
        if (split < 0) {
            return false;
        }
        NodeKind kind = NodeKind.byLabel(key.substring(0, split)).orElse(null);
        return kind != null && find(space(kind), key.substring(split + 1)) >= 0;
    }

    static String key(NodeKind space, String id) {
        return GraphVersion.key(space, id);
    }

    /** Person and Clinician share their ids. */
    private static NodeKind space(NodeKind kind) {
        return kind == NodeKind.CLINICIAN ? NodeKind.PERSON : kind;
    }

    private static int hash(NodeKind space, String id) {
        int h = space.ordinal() * 0x9E3779B9 + id.hashCode();
        return h ^ (h >>> 16);
    }

    /** The last vertex of this kind space and id (as a map filled in vertex order would keep), or -1. */
    private int find(NodeKind space, String id) {
        int[] table = index();
        int mask = table.length - 1;
        int found = -1;
        for (int i = hash(space, id) & mask; table[i] >= 0; i = (i + 1) & mask) {
            int v = table[i];
            if (space(kinds[v]) == space && id.equals(String.valueOf(ids[v]))) {
                found = Math.max(found, v);
            }
        }
        return found;
    }

    /** Open addressing over vertices by (kind space, id), built once on first use. */
    private int[] index() {
        int[] table = index;
        if (table == null) {
            synchronized (this) {
                table = index;
                if (table == null) {
                    table = new int[Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1];
                    java.util.Arrays.fill(table, -1);
                    int mask = table.length - 1;
                    for (int v = 0; v < n; v++) {
                        int i = hash(space(kinds[v]), String.valueOf(ids[v])) & mask;
                        while (table[i] >= 0) {
                            i = (i + 1) & mask;
                        }
                        table[i] = v;
                    }
                    index = table;
                }
            }
        }
        return table;
    }
}
