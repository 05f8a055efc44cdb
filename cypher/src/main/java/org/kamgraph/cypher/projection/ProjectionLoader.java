package org.kamgraph.cypher.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.opt.graph.sparse.IncomingEdgesSupport;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import java.time.LocalDate;

/**
 * Loads a {@link ProjectionSpec} into a {@link Projection}: first the nodes of the scope (a Cypher query), then
 * the relationships leaving them, keeping those whose target is projected too. Against a server the relationships
 * stream over Bolt in batches of {@value #BATCH} source nodes, in read transactions; with the embedded database
 * they are read in-process through Neo4j's Java API (no Bolt round trip, no Cypher per batch). Time O(n + m) for
 * n projected nodes and m relationships leaving them; memory: the CSR graph plus an element-id index.
 * (A projection cache invalidated by writes is the next step.)
 */
public final class ProjectionLoader {
    static final int BATCH = 5_000;
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
        Map<String, Integer> index = new HashMap<>(n * 2);
        Map<String, Integer> byKey = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            NodeRecord r = nodes.get(v);
            elementIds[v] = r.elementId();
            kinds[v] = r.kind();
            ids[v] = r.id();
            names[v] = r.name();
            index.put(r.elementId(), v);
            byKey.put(org.kamgraph.cypher.GraphVersion.key(r.kind(), r.id()), v);
        }

        EdgeBuffer edges = new EdgeBuffer();
        if (embedded != null) {
            readInProcess(spec, elementIds, edges);
        } else {
            readOverBolt(spec, types, elementIds, index, sink(spec, edges::add));
        }
        return new Projection(graph(n, edges, spec.orientation()), elementIds, kinds, ids, names, byKey, Set.copyOf(footprint));
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
     * Reads the relationships through the Java API. The source vertices are split into contiguous ranges, one per
     * worker thread ({@code kam.projection.threads}, default: available processors; a single range below
     * {@code kam.projection.minVerticesPerThread} vertices per worker, default {@value #MIN_VERTICES_PER_THREAD}),
     * each read in its own read transaction into its own buffer; the buffers are appended in range order, so the
     * edge order is the same as a single-threaded read. Edges are matched to vertices by internal node ids in a
     * primitive map instead of element-id strings: first each worker resolves its range's element ids, then,
     * once the map is complete, reads the relationships of its range. A node deleted between the two steps
     * contributes no edges (internal ids are only reused after the deleting transaction is long gone).
     */
    @SuppressWarnings("deprecation")
    private void readInProcess(ProjectionSpec spec, String[] elementIds, EdgeBuffer edges) {
        int n = elementIds.length;
        int threads = Math.max(1, Integer.getInteger("kam.projection.threads", Runtime.getRuntime().availableProcessors()));
        int minPerThread = Math.max(1, Integer.getInteger("kam.projection.minVerticesPerThread", MIN_VERTICES_PER_THREAD));
        int workers = (int) Math.max(1, Math.min(threads, (long) n / minPerThread));
        int[] bounds = new int[workers + 1];
        for (int i = 0; i <= workers; i++) {
            bounds[i] = (int) ((long) n * i / workers);
        }
        long[] nodeIds = new long[n];
        inParallel(workers, w -> {
            try (Transaction tx = embedded.beginTx()) {
                for (int v = bounds[w]; v < bounds[w + 1]; v++) {
                    nodeIds[v] = tx.getNodeByElementId(elementIds[v]).getId();
                }
            }
            return null;
        });
        LongIntMap vertexOf = new LongIntMap(n);
        for (int v = 0; v < n; v++) {
            vertexOf.put(nodeIds[v], v);
        }
        if (workers == 1) {
            readRange(spec, nodeIds, vertexOf, 0, n, sink(spec, edges::add));
            return;
        }
        List<Chunk> chunks = inParallel(workers, w -> {
            Chunk chunk = new Chunk();
            readRange(spec, nodeIds, vertexOf, bounds[w], bounds[w + 1], sink(spec, chunk::add));
            return chunk;
        });
        for (int i = 0; i < chunks.size(); i++) {
            chunks.get(i).appendTo(edges);
            chunks.set(i, null); // let it go before the next one is appended
        }
    }

    static final int MIN_VERTICES_PER_THREAD = 5_000;

    /** The relationships leaving vertices {@code from..to-1}, in one read transaction. */
    @SuppressWarnings("deprecation")
    private void readRange(ProjectionSpec spec, long[] nodeIds, LongIntMap vertexOf, int from, int to, EdgeSink sink) {
        RelKind[] kinds = spec.relKinds().toArray(RelKind[]::new);
        RelationshipType[] types = java.util.Arrays.stream(kinds).map(k -> RelationshipType.withName(k.type())).toArray(RelationshipType[]::new);
        Map<String, RelKind> kindOf = new HashMap<>();
        for (RelKind k : kinds) {
            kindOf.put(k.type(), k);
        }
        LocalDate asOf = spec.asOf();
        String weight = spec.weightProperty();
        try (Transaction tx = embedded.beginTx()) {
            for (int s = from; s < to; s++) {
                Node node;
                try {
                    node = tx.getNodeById(nodeIds[s]);
                } catch (org.neo4j.graphdb.NotFoundException deleted) {
                    continue;
                }
                try (var rels = node.getRelationships(Direction.OUTGOING, types)) {
                    for (Relationship r : rels) {
                        int t = vertexOf.get(r.getEndNodeId());
                        if (t < 0 || asOf != null && !validOn(r, asOf)) {
                            continue;
                        }
                        RelKind kind = kinds.length == 1 ? kinds[0] : kindOf.get(r.getType().name());
                        sink.accept(s, t, kind, weight == null ? null : r.getProperty(weight, null));
                    }
                }
            }
        }
    }

    /** Runs {@code task} for workers {@code 0..workers-1} (the last in the calling thread) and returns their results in order. */
    private static <T> List<T> inParallel(int workers, java.util.function.IntFunction<T> task) {
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

    /** One worker's edges, in primitive arrays (as {@link EdgeBuffer}), appended to the projection's buffer in order. */
    private static final class Chunk {
        private int[] sources = new int[1024];
        private int[] targets = new int[1024];
        private double[] weights = new double[1024];
        private int size;

        void add(int source, int target, double weight) {
            if (size == sources.length) {
                int capacity = sources.length * 2;
                sources = Arrays.copyOf(sources, capacity);
                targets = Arrays.copyOf(targets, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            sources[size] = source;
            targets[size] = target;
            weights[size++] = weight;
        }

        void appendTo(EdgeBuffer edges) {
            for (int i = 0; i < size; i++) {
                edges.add(sources[i], targets[i], weights[i]);
            }
        }
    }

    private static boolean validOn(Relationship r, LocalDate day) {
        Object from = r.getProperty("validFrom", null);
        Object to = r.getProperty("validTo", null);
        return (!(from instanceof LocalDate f) || !f.isAfter(day)) && (!(to instanceof LocalDate t) || !t.isBefore(day));
    }

    /** The CSR graph; JGraphT's sparse graphs need at least one edge, so an edgeless projection gets a plain graph. */
    static Graph<Integer, Integer> graph(int n, EdgeBuffer edges, Orientation orientation) {
        boolean undirected = orientation == Orientation.UNDIRECTED;
        if (edges.size() > 0) {
            return undirected ? new SparseIntUndirectedWeightedGraph(n, edges.size(), edges.triples())
                    : new SparseIntDirectedWeightedGraph(n, edges.size(), edges.triples(), IncomingEdgesSupport.LAZY_INCOMING_EDGES);
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
