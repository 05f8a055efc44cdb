package org.kamgraph.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.model.RelKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Graph Data Science in the same embedded database, reached by name only: its kernel extension comes in
 * through Neo4j's service loading when the GDS jars are on the class path (the {@code gds} Maven profile), and its
 * procedures and functions, which a server loads from its plugins directory, are registered here by hand from the
 * class lists GDS ships ({@code META-INF/services/org.neo4j.procedure.*}). Nothing here compiles against GDS.
 */
final class GdsBench {
    static final String EXTENSION = "org.neo4j.gds.extension.OpenGraphDataScienceExtension";
    private static final String GRAPH = "kam-bench";

    private final GraphDatabaseService db;
    private final int concurrency;

    GdsBench(GraphDatabaseService db, int concurrency) {
        this.db = db;
        this.concurrency = concurrency;
    }

    /** Whether the GDS jars are on the class path. */
    static boolean available() {
        try {
            Class.forName(EXTENSION, false, GdsBench.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Registers GDS's procedures, functions and aggregation functions; returns a line saying how many and GDS's version. */
    String register() throws IOException {
        GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int[] counts = new int[3];
        List<String> failed = new ArrayList<>();
        String[] kinds = {"org.neo4j.procedure.Procedure", "org.neo4j.procedure.UserFunction", "org.neo4j.procedure.UserAggregationFunction"};
        for (int k = 0; k < kinds.length; k++) {
            for (String name : classNames("META-INF/services/" + kinds[k])) {
                if (!name.startsWith("org.neo4j.gds")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, true, GdsBench.class.getClassLoader());
                    switch (k) {
                        case 0 -> procedures.registerProcedure(c);
                        case 1 -> procedures.registerFunction(c);
                        default -> procedures.registerAggregationFunction(c);
                    }
                    counts[k]++;
                } catch (Exception | LinkageError e) {
                    failed.add(name.substring(name.lastIndexOf('.') + 1) + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
        }
        String version = db.executeTransactionally("RETURN gds.version() AS v", Map.of(), r -> String.valueOf(r.next().get("v")));
        return String.format("GDS %s: %d procedure classes, %d function classes, %d aggregation classes registered%s", version,
                counts[0], counts[1], counts[2], failed.isEmpty() ? "" : "; not registered: " + String.join(", ", failed));
    }

    private static Set<String> classNames(String resource) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Enumeration<URL> urls = GdsBench.class.getClassLoader().getResources(resource);
        while (urls.hasMoreElements()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(urls.nextElement().openStream(), StandardCharsets.UTF_8))) {
                in.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).forEach(names::add);
            }
        }
        return names;
    }

    /** What a native projection reported. */
    record Projected(long nodes, long relationships, double seconds, long sizeInBytes) {
    }

    /** What a PageRank run reported. */
    record Ranked(double seconds, long ranIterations, boolean converged, long computeMillis) {
    }

    /** Projects the same subgraph as {@code spec} (native projection: same labels, types, orientation per type, weight). */
    @SuppressWarnings("unchecked")
    Projected project(BenchSpecs.Named spec) {
        // GDS rejects labels and types the store has never seen; kam-graph's projection just finds no such nodes.
        java.util.Set<String> storedLabels = db.executeTransactionally("CALL db.labels() YIELD label RETURN collect(label) AS l", Map.of(),
                r -> new java.util.HashSet<>((java.util.List<String>) r.next().get("l")));
        java.util.Set<String> storedTypes = db.executeTransactionally(
                "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t", Map.of(),
                r -> new java.util.HashSet<>((java.util.List<String>) r.next().get("t")));
        java.util.List<String> labels = spec.labels().stream().filter(storedLabels::contains).toList();
        Map<String, Object> rels = new LinkedHashMap<>();
        for (RelKind k : spec.spec().relKinds()) {
            if (!storedTypes.contains(k.type())) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("type", k.type());
            r.put("orientation", spec.spec().orientation() == Orientation.UNDIRECTED ? "UNDIRECTED"
                    : spec.spec().reversed(k) ? "REVERSE" : "NATURAL");
            if (spec.weighted() && k.property(spec.spec().weightProperty()).isPresent()) {
                r.put("properties", Map.of(spec.spec().weightProperty(),
                        Map.of("property", spec.spec().weightProperty(), "defaultValue", spec.spec().defaultWeight())));
            }
            rels.put(k.type(), r);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        if (concurrency > 0) {
            config.put("readConcurrency", concurrency);
        }
        Map<String, Object> params = Map.of("name", GRAPH, "labels", labels, "rels", rels, "config", config);
        long t0 = System.nanoTime();
        long[] counts = db.executeTransactionally(
                "CALL gds.graph.project($name, $labels, $rels, $config) YIELD nodeCount, relationshipCount RETURN nodeCount, relationshipCount",
                params, r -> {
                    Map<String, Object> row = r.next();
                    return new long[] {((Number) row.get("nodeCount")).longValue(), ((Number) row.get("relationshipCount")).longValue()};
                });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long size = db.executeTransactionally("CALL gds.graph.list($name) YIELD sizeInBytes RETURN sizeInBytes", Map.of("name", GRAPH),
                r -> ((Number) r.next().get("sizeInBytes")).longValue());
        return new Projected(counts[0], counts[1], seconds, size);
    }

    private Map<String, Object> pageRankConfig(BenchSpecs.Named spec, int iterations) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("maxIterations", iterations);
        config.put("tolerance", 0.0);
        config.put("dampingFactor", 0.85);
        if (spec.weighted()) {
            config.put("relationshipWeightProperty", spec.spec().weightProperty());
        }
        if (concurrency > 0) {
            config.put("concurrency", concurrency);
        }
        return config;
    }

    /** gds.pageRank.stats on the projected graph, without the centrality distribution (not part of the algorithm). */
    Ranked pageRank(BenchSpecs.Named spec, int iterations) {
        Map<String, Object> params = Map.of("name", GRAPH, "config", pageRankConfig(spec, iterations));
        long t0 = System.nanoTime();
        Object[] row = db.executeTransactionally(
                "CALL gds.pageRank.stats($name, $config) YIELD ranIterations, didConverge, computeMillis RETURN ranIterations, didConverge, computeMillis",
                params, r -> {
                    Map<String, Object> m = r.next();
                    return new Object[] {m.get("ranIterations"), m.get("didConverge"), m.get("computeMillis")};
                });
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Ranked(seconds, ((Number) row[0]).longValue(), (Boolean) row[1], ((Number) row[2]).longValue());
    }

    /** The max and mean score of GDS's PageRank (its centrality distribution), to compare with ours. */
    double[] scoreSummary(BenchSpecs.Named spec, int iterations) {
        Map<String, Object> params = Map.of("name", GRAPH, "config", pageRankConfig(spec, iterations));
        return db.executeTransactionally("CALL gds.pageRank.stats($name, $config) YIELD centralityDistribution RETURN centralityDistribution AS d",
                params, r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> d = (Map<String, Object>) r.next().get("d");
                    return new double[] {((Number) d.get("max")).doubleValue(), ((Number) d.get("mean")).doubleValue()};
                });
    }

    void drop() {
        db.executeTransactionally("CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName", Map.of("name", GRAPH),
                r -> r.stream().count()); // consumed: the call is lazy
    }
}
