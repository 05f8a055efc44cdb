package org.kamgraph.cypher.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Loads a {@link ProjectionSpec} into a {@link Projection}: first the nodes of the scope, then the relationships
 * leaving them, keeping those whose target is projected too. Against a server both are Cypher statements over
 * Bolt (relationships in batches of {@value #BATCH} source nodes, in read transactions). With the embedded
 * database everything is read in-process through Neo4j's kernel API ({@link KernelReads}): the node list of a
 * scope by kind, territory or region by one scan of the node store (account and decision scopes, which are
 * small, keep their Cypher statements), the relationships by cursors on all cores, straight into primitive
 * arrays, and the CSR graph is built from them without boxing ({@link CsrGraph}). Time O(n + m) for n projected
 * nodes and m relationships leaving them; memory: the CSR graph and the per-vertex kind, id and name.
 */
public final class ProjectionLoader {
    static final int BATCH = 5_000;
    /** {@code -Dkam.projection.trace=true}: the time of each step of an in-process load on standard error. */
    private static final boolean TRACE = Boolean.getBoolean("kam.projection.trace");
    /** {@code -Dkam.projection.relationships=scan|traverse} forces the way relationships are read in-process (default: by size). */
    private static final String RELATIONSHIPS = System.getProperty("kam.projection.relationships", "auto");
    private final Neo4jRunner runner;
    private final GraphDatabaseService embedded;

    /** A loader that reads everything over the driver. */
    public ProjectionLoader(Neo4jRunner runner) {
        this(runner, null);
    }

    /**
     * @param embedded the embedded database to read relationships from in-process, or null to use the driver
     */
    public ProjectionLoader(Neo4jRunner runner, GraphDatabaseService embedded) {
        this.runner = runner;
        this.embedded = embedded;
    }

    public Projection load(ProjectionSpec spec) {
        if (embedded != null && !(spec.scope() instanceof Scope.Account) && !(spec.scope() instanceof Scope.Decision)) {
            return loadInProcess(spec);
        }
        List<String> labels = spec.nodeKinds().stream().map(NodeKind::label).toList();
        List<String> types = spec.relKinds().stream().map(RelKind::type).toList();
        List<NodeRecord> all = nodes(spec, labels, types);
        List<NodeRecord> nodes = all.stream().filter(NodeRecord::projected).toList();
        Set<String> footprint = new java.util.HashSet<>();
        for (NodeRecord r : all) {
            if (!r.projected()) {
                footprint.add(org.kamgraph.cypher.GraphVersion.key(r.kind(), r.id()));
            }
        }

        int n = nodes.size();
        String[] elementIds = new String[n];
        NodeKind[] kinds = new NodeKind[n];
        String[] ids = new String[n];
        String[] names = new String[n];
        for (int v = 0; v < n; v++) {
            NodeRecord r = nodes.get(v);
            elementIds[v] = r.elementId();
            kinds[v] = r.kind();
            ids[v] = r.id();
            names[v] = r.name();
        }

        EdgeBuffer edges;
        if (embedded != null) {
            edges = readInProcess(spec, resolve(elementIds));
        } else {
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int v = 0; v < n; v++) {
                index.put(elementIds[v], v);
            }
            edges = new EdgeBuffer();
            readOverBolt(spec, types, elementIds, index, sink(spec, edges::add));
        }
        return new Projection(graph(n, edges, spec.orientation()), elementIds, kinds, ids, names, Set.copyOf(footprint));
    }

    /**
     * A scope defined by kind, territory or region, read in-process through the kernel API: the node list by one
     * scan of the node store (kind, id and name; element ids derived on demand), then the relationships.
     */
    private Projection loadInProcess(ProjectionSpec spec) {
        long t0 = System.nanoTime();
        List<NodeKind> kinds = List.copyOf(spec.nodeKinds());
        KernelReads.NodeTable table = switch (spec.scope()) {
            case Scope.Territory t -> KernelReads.nodes(embedded, kinds, "territory", t.territory());
            case Scope.Region r -> KernelReads.nodes(embedded, kinds, "region", r.region());
            default -> KernelReads.nodes(embedded, kinds, null, null);
        };
        long t1 = System.nanoTime();
        EdgeBuffer edges = scanRelationshipStore(table.size()) ? scanInProcess(spec, table.nodeIds()) : readInProcess(spec, table.nodeIds());
        long t2 = System.nanoTime();
        Graph<Integer, Integer> g = graph(table.size(), edges, spec.orientation());
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
        int[] bounds = bounds(n);
        long[] nodeIds = new long[n];
        inParallel(bounds.length - 1, w -> {
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

    /** Receives one projected relationship: source and target vertex, its kind, raw weight value (null when absent). */
    private interface EdgeSink {
        void accept(int source, int target, RelKind kind, Object weight);
    }

    /** Receives one projected edge, weight and orientation applied. */
    private interface EdgeOut {
        void add(int source, int target, double weight);
    }

    /** The sink that turns relationships into edges of {@code out}: weight read, kind reversed or not. Thread-safe if {@code out} is. */
    private static EdgeSink sink(ProjectionSpec spec, EdgeOut out) {
        return (s, t, kind, raw) -> {
            double w = weight(raw, spec);
            if (spec.reversed(kind)) {
                out.add(t, s, w);
            } else {
                out.add(s, t, w);
            }
        };
    }

    /**
     * Runs a read statement and returns its rows as maps: in-process with the embedded database (no Bolt
     * serialization of the node list), over the driver otherwise.
     */
    private List<Map<String, Object>> rows(String statement, Map<String, Object> params) {
        if (embedded != null) {
            return embedded.executeTransactionally(statement, params, result -> result.stream().toList());
        }
        return runner.read(statement, params, org.neo4j.driver.Record::asMap);
    }

    private void readOverBolt(ProjectionSpec spec, List<String> types, String[] elementIds, Map<String, Integer> index, EdgeSink sink) {
        int n = elementIds.length;
        for (int from = 0; from < n; from += BATCH) {
            List<String> batch = Arrays.asList(elementIds).subList(from, Math.min(n, from + BATCH));
            Map<String, Object> params = new HashMap<>();
            params.put("ids", batch);
            params.put("types", types);
            params.put("asOf", spec.asOf());
            params.put("weight", spec.weightProperty());
            runner.read(Cypher.load("projection-relationships"), params, r -> {
                Integer t = index.get(r.get("target").asString());
                if (t != null) {
                    Value w = r.get("weight");
                    sink.accept(index.get(r.get("source").asString()), t, RelKind.byType(r.get("type").asString()).orElseThrow(),
                            w.isNull() ? null : w.asObject());
                }
                return null;
            });
        }
    }

    /**
     * Reads the relationships through the kernel API ({@link KernelReads#relationships}). The source vertices are split
     * into contiguous ranges, one per worker thread ({@code kam.projection.threads}, default: available processors;
     * a single range below {@code kam.projection.minVerticesPerThread} vertices per worker, default
     * {@value #MIN_VERTICES_PER_THREAD}), each read in its own read transaction into its own buffer; the buffers are
     * concatenated in range order, so the edge order is the same as a single-threaded read. Edges are matched to
     * vertices by internal node ids in a primitive map. A node deleted since the node list was read contributes
     * no edges (internal ids are only reused after the deleting transaction is long gone).
     */
    private EdgeBuffer readInProcess(ProjectionSpec spec, long[] nodeIds) {
        int n = nodeIds.length;
        LongIntMap vertexOf = LongIntMap.indexOf(nodeIds);
        int[] bounds = bounds(n);
        List<EdgeBuffer> parts = inParallel(bounds.length - 1, w -> {
            EdgeBuffer part = new EdgeBuffer();
            KernelReads.relationships(embedded, spec, nodeIds, vertexOf, bounds[w], bounds[w + 1], part);
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
            default -> n > 0 && 4L * n >= KernelReads.nodeCount(embedded);
        };
    }

    /** The relationships by a partitioned scan of the relationship store ({@link KernelReads#scanRelationships}). */
    private EdgeBuffer scanInProcess(ProjectionSpec spec, long[] nodeIds) {
        int n = nodeIds.length;
        LongIntMap vertexOf = LongIntMap.indexOf(nodeIds);
        return KernelReads.scanRelationships(embedded, spec, vertexOf, n, threads());
    }

    /** Worker threads of a read: {@code kam.projection.threads}, default the available processors. */
    static int threads() {
        return Math.max(1, Integer.getInteger("kam.projection.threads", Runtime.getRuntime().availableProcessors()));
    }

    /** Range bounds of the workers over {@code n} vertices: worker w reads {@code bounds[w]..bounds[w+1]-1}. */
    private static int[] bounds(int n) {
        int threads = threads();
        int minPerThread = Math.max(1, Integer.getInteger("kam.projection.minVerticesPerThread", MIN_VERTICES_PER_THREAD));
        int workers = (int) Math.max(1, Math.min(threads, (long) n / minPerThread));
        int[] bounds = new int[workers + 1];
        for (int i = 0; i <= workers; i++) {
            bounds[i] = (int) ((long) n * i / workers);
        }
        return bounds;
    }

    static final int MIN_VERTICES_PER_THREAD = 5_000;

    /** Runs {@code task} for workers {@code 0..workers-1} (the last in the calling thread) and returns their results in order. */
    static <T> List<T> inParallel(int workers, java.util.function.IntFunction<T> task) {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(workers, null));
        if (workers == 1) {
            results.set(0, task.apply(0));
            return results;
        }
        RuntimeException[] failures = new RuntimeException[workers];
        Thread[] threads = new Thread[workers - 1];
        for (int w = 0; w < workers - 1; w++) {
            int worker = w;
            threads[w] = Thread.ofPlatform().name("projection-" + w).start(() -> {
                try {
                    results.set(worker, task.apply(worker));
                } catch (RuntimeException e) {
                    failures[worker] = e;
                }
            });
        }
        try {
            results.set(workers - 1, task.apply(workers - 1));
        } catch (RuntimeException e) {
            failures[workers - 1] = e;
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a projection", e);
            }
        }
        for (RuntimeException f : failures) {
            if (f != null) {
                throw f;
            }
        }
        return results;
    }

    /** The CSR graph ({@link CsrGraph}); an edgeless projection gets a plain graph, as JGraphT's sparse graphs need an edge. */
    static Graph<Integer, Integer> graph(int n, EdgeBuffer edges, Orientation orientation) {
        boolean undirected = orientation == Orientation.UNDIRECTED;
        if (edges.size() > 0) {
            return edges.graph(n, undirected);
        }
        var builder = undirected ? GraphTypeBuilder.<Integer, Integer>undirected() : GraphTypeBuilder.<Integer, Integer>directed();
        Graph<Integer, Integer> g = builder.weighted(true).allowingMultipleEdges(true).allowingSelfLoops(true)
                .vertexSupplier(SupplierUtil.createIntegerSupplier()).edgeSupplier(SupplierUtil.createIntegerSupplier()).buildGraph();
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        return g;
    }

    private static double weight(Object v, ProjectionSpec spec) {
        if (v == null) {
            return spec.defaultWeight();
        }
        if (!(v instanceof Number number)) {
            throw new BadInputException("weightProperty", "a relationship's " + spec.weightProperty() + " is not a number: " + v);
        }
        double w = number.doubleValue();
        if (!Double.isFinite(w)) {
            throw new BadInputException("weightProperty", "a relationship has a non-finite " + spec.weightProperty());
        }
        return w;
    }

    /** The day an account's membership is read on: the projection's day, or today for all of history. */
    static java.time.LocalDate scopeDay(ProjectionSpec spec) {
        return spec.asOf() != null ? spec.asOf() : java.time.LocalDate.now();
    }

    /** A node of the scope; {@code projected} false for a node of another kind that the scope depends on. */
    private record NodeRecord(String elementId, NodeKind kind, String id, String name, boolean projected) {
    }

    private List<NodeRecord> nodes(ProjectionSpec spec, List<String> labels, List<String> types) {
        Map<String, Object> params = new HashMap<>();
        params.put("labels", labels);
        params.put("asOf", spec.asOf());
        String statement;
        switch (spec.scope()) {
            case Scope.WholeGraph w -> statement = Cypher.load("projection-nodes-all");
            case Scope.Territory t -> {
                statement = Cypher.load("projection-nodes-area");
                params.put("territory", t.territory());
                params.put("region", null);
            }
            case Scope.Region r -> {
                statement = Cypher.load("projection-nodes-area");
                params.put("territory", null);
                params.put("region", r.region());
            }
            case Scope.Account a -> {
                if (rows(Cypher.forKind("node-by-id", a.kind()), Map.of("id", a.id())).isEmpty()) {
                    throw new NotFoundException("id", "no " + a.kind().label() + " with id '" + a.id() + "'");
                }
                statement = Cypher.forKind("projection-nodes-account", a.kind());
                params.put("id", a.id());
                // What is under the account is read on one day even when the relationships span all of history:
                // otherwise a unit that left (a hospital sold to another IDN) and its people stay in its scope.
                params.put("asOf", scopeDay(spec));
            }
            case Scope.Decision d -> {
                return decisionNeighbourhood(d, labels, types, spec);
            }
        }
        return rows(statement, params).stream().map(ProjectionLoader::nodeRecord).toList();
    }

    private List<NodeRecord> decisionNeighbourhood(Scope.Decision d, List<String> labels, List<String> types, ProjectionSpec spec) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", d.id());
        params.put("asOf", spec.asOf());
        List<String> seeds = rows(Cypher.load("projection-decision-seeds"), params).stream().map(r -> (String) r.get("eid")).toList();
        if (seeds.isEmpty()) {
            throw new NotFoundException("id", "no Decision with id '" + d.id() + "'");
        }
        Set<String> seen = new LinkedHashSet<>(seeds);
        List<String> frontier = new ArrayList<>(seeds);
        for (int step = 0; step < d.depth() && !frontier.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < frontier.size(); i += BATCH) {
                Map<String, Object> p = new HashMap<>();
                p.put("frontier", frontier.subList(i, Math.min(frontier.size(), i + BATCH)));
                p.put("types", types);
                p.put("asOf", spec.asOf());
                rows(Cypher.load("projection-expand"), p).forEach(r -> {
                    String e = (String) r.get("eid");
                    if (seen.add(e)) {
                        next.add(e);
                    }
                });
            }
            frontier = next;
        }
        List<String> all = new ArrayList<>(seen);
        List<NodeRecord> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.addAll(rows(Cypher.load("projection-nodes-by-element-ids"),
                    Map.of("ids", all.subList(i, Math.min(all.size(), i + BATCH)), "labels", labels)).stream()
                    .map(ProjectionLoader::nodeRecord).toList());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static NodeRecord nodeRecord(Map<String, Object> r) {
        List<String> ls = (List<String>) r.get("labels");
        NodeKind kind = ls.contains("Clinician") ? NodeKind.CLINICIAN
                : ls.stream().map(NodeKind::byLabel).flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        return new NodeRecord((String) r.get("eid"), kind, (String) r.get("id"), (String) r.get("name"),
                !Boolean.FALSE.equals(r.get("projected")));
    }
}
