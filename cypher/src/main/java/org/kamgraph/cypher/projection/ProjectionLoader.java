package org.kamgraph.cypher.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Loads a {@link ProjectionSpec} into a {@link Projection}: first the nodes of the scope, then the relationships
 * leaving them, keeping those whose target is projected too. Against a server both are Cypher statements over
 * Bolt (relationships in batches of {@value #BATCH} source nodes, in read transactions). With the embedded
 * database everything is read in-process through Neo4j's kernel API ({@link InProcessReads}): the node list of a
 * scope by kind, territory or region by one scan of the node store (account and decision scopes, which are
 * small, keep their Cypher statements), the relationships by cursors on all cores, straight into primitive
 * arrays, and the CSR graph is built from them without boxing ({@link CsrGraph}). Time O(n + m) for n projected
 * nodes and m relationships leaving them; memory: the CSR graph and the per-vertex kind, id and name.
 */
public final class ProjectionLoader {
    static final int BATCH = 5_000;
    private final Neo4jRunner runner;
    private final GraphDatabaseService embedded;
    /** The in-process reads of the embedded database, or null when everything is read over the driver. */
    private final InProcessReads inProcess;

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
        this.inProcess = embedded == null ? null : new InProcessReads(embedded);
    }

    public Projection load(ProjectionSpec spec) {
        if (embedded != null && !(spec.scope() instanceof Scope.Account) && !(spec.scope() instanceof Scope.Decision)) {
            return inProcess.load(spec);
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
            edges = inProcess.relationships(spec, elementIds);
        } else {
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int v = 0; v < n; v++) {
                index.put(elementIds[v], v);
            }
            edges = new EdgeBuffer();
            readOverBolt(spec, types, elementIds, index, sink(spec, edges::add));
        }
        return new Projection(edges.graph(n, spec.orientation()), elementIds, kinds, ids, names, Set.copyOf(footprint));
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
