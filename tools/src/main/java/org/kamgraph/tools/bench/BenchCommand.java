package org.kamgraph.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionLoader;
import org.kamgraph.demo.DemoMarketGenerator;
import org.kamgraph.demo.DemoMarketSpec;
import org.kamgraph.demo.GenerationSummary;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * {@code bench [--scale=1] [--data-dir=DIR] [--gds] [--runs=3] ...}: the analytics benchmark. Generates the market
 * at the scale and bulk-loads it into a new embedded store (or reuses the store or the CSV files already under the
 * data directory), starts the embedded database without Spring or Bolt, and for each projection measures, as the
 * median of {@code --runs} runs after a warm-up: projection time (straight from {@link ProjectionLoader}: no
 * projection cache), heap retained by the projection per edge, the CSR copy and PageRank (a fixed number of
 * iterations), and the memory-streaming floor of one iteration over the same arrays. With {@code --gds} (the jar
 * built with {@code -Pgds}), the same graph through Neo4j GDS in the same database: native projection and
 * {@code gds.pageRank.stats}, and the ratios. See docs/PERFORMANCE.md.
 */
public final class BenchCommand {
    private static final double DAMPING = 0.85;

    private final BenchOptions options;
    private final PrintStream out;

    private BenchCommand(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static int run(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            return 2;
        }
        if (options.gds() && !GdsBench.available()) {
            System.err.println("bench: --gds needs Neo4j GDS on the class path: run it as './kam bench --gds ...', which builds and runs "
                    + "api/target/kam-graph-gds.jar (Maven profile gds)");
            return 2;
        }
        quietLogging();
        try {
            return new BenchCommand(options, System.out).run();
        } catch (IOException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
    }

    /** Without Spring, logback would log everything at DEBUG to the console. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private int run() throws IOException {
        Path home = prepare();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "kam-graph bench: store %s, page cache %s, heap max %.1f GiB, %d processors, projection threads %s, "
                        + "%d runs after a warm-up, PageRank %d iterations (damping %.2f, tolerance 0)%n",
                home, options.pageCache(), rt.maxMemory() / (double) (1L << 30), rt.availableProcessors(),
                System.getProperty("kam.projection.threads", "default (" + rt.availableProcessors() + ")"), options.runs(),
                options.iterations(), DAMPING);
        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache()))
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long[] counts = {count(db, "MATCH (n) RETURN count(n) AS c"), count(db, "MATCH ()-[r]->() RETURN count(r) AS c")};
            out.printf(Locale.ROOT, "Database started in %.1f s: %,d nodes, %,d relationships%n", (System.nanoTime() - t0) / 1e9, counts[0], counts[1]);
            GdsBench gds = null;
            if (options.gds()) {
                gds = new GdsBench(db, options.gdsConcurrency());
                out.println(gds.register());
                out.println("GDS concurrency: " + (options.gdsConcurrency() > 0 ? options.gdsConcurrency() : "GDS's default (4, its open-edition limit)")
                        + "; kam-graph's PageRank is single-threaded");
            }
            List<Result> results = new ArrayList<>();
            for (String name : options.specs()) {
                results.add(bench(db, BenchSpecs.ALL.get(name), gds));
            }
            out.println();
            out.print(summary(results));
            return 0;
        } finally {
            dbms.shutdown();
        }
    }

    private static long count(GraphDatabaseService db, String statement) {
        return db.executeTransactionally(statement, Map.of(), r -> ((Number) r.next().get("c")).longValue());
    }

    /** The embedded home to use: the data directory itself or DIR/data if either has a store, else a new store from DIR/market. */
    private Path prepare() throws IOException {
        Path dir = options.dataDir().toAbsolutePath().normalize();
        if (NewStoreLoader.storeExists(dir)) {
            out.println("Reusing the store under " + dir + " (--scale is not used)");
            return dir;
        }
        Path home = dir.resolve("data");
        if (NewStoreLoader.storeExists(home)) {
            out.println("Reusing the store under " + home + " (--scale is not used)");
            return home;
        }
        Path market = dir.resolve("market");
        if (hasCsv(market)) {
            out.println("Reusing the generated market in " + market + " (--scale is not used)");
        } else {
            Files.createDirectories(market);
            long t0 = System.nanoTime();
            GenerationSummary s = new DemoMarketGenerator(new DemoMarketSpec(42, options.scale())).writeTo(market);
            out.printf(Locale.ROOT, "Generated the market at scale %s: %,d nodes, %,d relationships in %s (%.1f s)%n",
                    BenchOptions.scaleName(options.scale()), s.nodes(), s.relationships(), market, (System.nanoTime() - t0) / 1e9);
        }
        Files.createDirectories(home.resolve("logs"));
        Path log = home.resolve("logs").resolve("bench-import.log");
        long t0 = System.nanoTime();
        try (PrintStream toolOut = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            ImportReport report = NewStoreLoader.load(home, CsvImporter.sources(List.of(market)), ImportOptions.defaults(), toolOut);
            if (report == null || report.rejected()) {
                throw new IOException("the market could not be bulk-loaded into " + home + ": "
                        + (report == null ? "it repeats relationship identities" : report.summary()));
            }
        }
        out.printf(Locale.ROOT, "Bulk-loaded it into a new store under %s in %.1f s (Neo4j's importer log: %s)%n", home,
                (System.nanoTime() - t0) / 1e9, log);
        return home;
    }

    private static boolean hasCsv(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".csv"));
        }
    }

    /** Medians of one projection's runs, both engines. */
    record Result(BenchSpecs.Named spec, long vertices, long edges, double projection, double retainedBytes, long csrBytes,
                  long compactBytes, double compact, double pageRank, int iterations, double floor, double pull, long floorBytes,
                  double ourMax, double ourMean, Gds gds) {
        double algorithm() {
            return compact + pageRank;
        }

        double endToEnd() {
            return projection + algorithm();
        }

        double perIteration() {
            return pageRank / iterations;
        }
    }

    /** GDS's medians, or absent. */
    record Gds(long nodes, long relationships, double projection, long sizeInBytes, double retainedBytes, double pageRank,
               long iterations, double computeSeconds, double max, double mean) {
        double endToEnd() {
            return projection + pageRank;
        }
    }

    private Result bench(GraphDatabaseService db, BenchSpecs.Named named, GdsBench gds) {
        out.printf("%n== %s: %s%n", named.name(), named.description());
        ProjectionLoader loader = new ProjectionLoader(null, db);
        int runs = options.runs();
        int k = options.iterations();
        double[] projection = new double[runs];
        double[] retained = new double[runs];
        double[] compact = new double[runs];
        double[] pageRank = new double[runs];
        double[] floor = new double[runs];
        double[] pull = new double[runs];
        long vertices = 0;
        long edges = 0;
        long csrBytes = 0;
        long compactBytes = 0;
        long floorBytes = 0;
        int iterations = 0;
        double ourMax = 0;
        double ourMean = 0;
        for (int run = 0; run <= runs; run++) {
            Measured me = measure(loader, named, k, run == 0);
            vertices = me.vertices;
            edges = me.edges;
            iterations = me.iterations;
            if (run == 0) {
                csrBytes = me.csrBytes;
                compactBytes = me.compactBytes;
                floorBytes = me.floorBytes;
                ourMax = me.max;
                ourMean = me.mean;
            }
            int it = Math.max(1, iterations);
            out.printf(Locale.ROOT, "  %s: projection %.2f s (retained %.0f B/edge), CSR copy %.2f s, PageRank %.2f s (%d iterations, "
                            + "%.1f ms each), floor %.1f ms/iteration, pull %.1f ms/iteration%n",
                    run == 0 ? "warm-up" : "run " + run, me.projection, me.retained / (double) Math.max(1, edges), me.compact, me.pageRank,
                    iterations, me.pageRank * 1e3 / it, me.floor * 1e3 / it, me.pull * 1e3 / it);
            if (run > 0) {
                int i = run - 1;
                projection[i] = me.projection;
                retained[i] = me.retained / (double) Math.max(1, edges);
                compact[i] = me.compact;
                pageRank[i] = me.pageRank;
                floor[i] = me.floor / it;
                pull[i] = me.pull / it;
            }
        }
        Gds g = gds == null ? null : benchGds(gds, named);
        Result r = new Result(named, vertices, edges, Kernels.median(projection), Kernels.median(retained), csrBytes, compactBytes,
                Kernels.median(compact), Kernels.median(pageRank), iterations, Kernels.median(floor), Kernels.median(pull), floorBytes,
                ourMax, ourMean, g);
        out.print(detail(r));
        return r;
    }

    /** One run of kam-graph's side; seconds are totals (floor and pull over all iterations). */
    private static final class Measured {
        long vertices;
        long edges;
        long retained;
        long csrBytes;
        long compactBytes;
        long floorBytes;
        double projection;
        double compact;
        double pageRank;
        double floor;
        double pull;
        int iterations;
        double max;
        double mean;
    }

    /** In a method of its own, so that nothing of the previous run is still reachable when the next measures the heap. */
    private static Measured measure(ProjectionLoader loader, BenchSpecs.Named named, int k, boolean first) {
        Measured me = new Measured();
        Kernels.usedHeapAfterGc();
        long t0 = System.nanoTime();
        Projection p = loader.load(named.spec());
        long t1 = System.nanoTime();
        long withProjection = Kernels.usedHeapAfterGc();
        me.projection = (t1 - t0) / 1e9;
        me.vertices = p.vertexCount();
        me.edges = p.edgeCount();
        me.csrBytes = Kernels.primitiveArrayBytes(p.graph(), "org.jgrapht", "it.unimi.dsi.fastutil", "org.kamgraph.cypher.projection");
        long t2 = System.nanoTime();
        CompactGraph c = CompactGraph.of(p.graph());
        long t3 = System.nanoTime();
        PageRank pr = new PageRank(c, DAMPING, k, Double.MIN_VALUE, named.weighted(), PageRank.Output.UNNORMALIZED);
        double[] scores = pr.scoreArray();
        long t4 = System.nanoTime();
        me.compact = (t3 - t2) / 1e9;
        me.pageRank = (t4 - t3) / 1e9;
        me.iterations = pr.convergence().iterations();
        me.compactBytes = Kernels.compactBytes(c);
        if (first) {
            // GDS counts its initialisation as an iteration: its maxIterations k is k - 1 updates here (see PageRank).
            double[] check = k > 1 ? new PageRank(c, DAMPING, k - 1, Double.MIN_VALUE, named.weighted(), PageRank.Output.UNNORMALIZED)
                    .scoreArray() : scores;
            for (double s : check) {
                me.max = Math.max(me.max, s);
                me.mean += s;
            }
            me.mean = check.length == 0 ? 0 : me.mean / check.length;
        }
        Kernels.Csr csr = Kernels.Csr.in(c);
        me.floorBytes = csr.bytesPerIteration();
        double[] x = new double[csr.n()];
        double[] next = new double[csr.n()];
        java.util.Arrays.fill(x, 1 - DAMPING);
        double sink = 0;
        long t5 = System.nanoTime();
        for (int i = 0; i < me.iterations; i++) {
            sink += Kernels.streamingFloor(csr, x, next);
        }
        long t6 = System.nanoTime();
        for (int i = 0; i < me.iterations; i++) {
            sink += Kernels.pull(csr, x, next);
            double[] t = x;
            x = next;
            next = t;
        }
        long t7 = System.nanoTime();
        Kernels.blackhole = sink;
        me.floor = (t6 - t5) / 1e9;
        me.pull = (t7 - t6) / 1e9;
        // Retained heap: in use with the projection minus in use once it (and everything computed from it) is garbage.
        p = null;
        c = null;
        pr = null;
        csr = null;
        scores = x = next = null;
        me.retained = withProjection - Kernels.usedHeapAfterGc();
        return me;
    }

    private Gds benchGds(GdsBench gds, BenchSpecs.Named named) {
        int runs = options.runs();
        double[] projection = new double[runs];
        double[] retained = new double[runs];
        double[] pageRank = new double[runs];
        double[] compute = new double[runs];
        GdsBench.Projected projected = null;
        GdsBench.Ranked ranked = null;
        double[] summary = {Double.NaN, Double.NaN};
        for (int run = 0; run <= runs; run++) {
            Kernels.usedHeapAfterGc();
            projected = gds.project(named);
            long withGraph = Kernels.usedHeapAfterGc();
            try {
                ranked = gds.pageRank(named, options.iterations());
                if (run == runs) {
                    summary = gds.scoreSummary(named, options.iterations());
                }
            } finally {
                gds.drop();
            }
            double perEdge = (withGraph - Kernels.usedHeapAfterGc()) / (double) Math.max(1, projected.relationships());
            out.printf(Locale.ROOT, "  GDS %s: project %.2f s (retained %.0f B/edge, sizeInBytes %.0f B/edge), pageRank.stats %.2f s "
                            + "(%d iterations, computeMillis %d)%n",
                    run == 0 ? "warm-up" : "run " + run, projected.seconds(), perEdge,
                    projected.sizeInBytes() / (double) Math.max(1, projected.relationships()), ranked.seconds(), ranked.ranIterations(),
                    ranked.computeMillis());
            if (run > 0) {
                projection[run - 1] = projected.seconds();
                retained[run - 1] = perEdge;
                pageRank[run - 1] = ranked.seconds();
                compute[run - 1] = ranked.computeMillis() / 1e3;
            }
        }
        return new Gds(projected.nodes(), projected.relationships(), Kernels.median(projection), projected.sizeInBytes(),
                Kernels.median(retained), Kernels.median(pageRank), ranked.ranIterations(), Kernels.median(compute), summary[0], summary[1]);
    }

    static String detail(Result r) {
        StringBuilder b = new StringBuilder();
        double m = Math.max(1, r.edges());
        b.append(String.format(Locale.ROOT, "  -- medians: %,d vertices, %,d edges%n", r.vertices(), r.edges()));
        b.append(String.format(Locale.ROOT, "  kam-graph: projection %.2f s (%,.0f edges/s); algorithm %.2f s (CSR copy %.2f s + PageRank %.2f s); "
                        + "end to end %.2f s%n", r.projection(), r.edges() / r.projection(), r.algorithm(), r.compact(), r.pageRank(),
                r.endToEnd()));
        b.append(String.format(Locale.ROOT, "  memory per edge: %.1f B retained heap of the projection (after GC); arrays: JGraphT CSR graph %.1f B, "
                + "CompactGraph copy %.1f B%n", r.retainedBytes(), r.csrBytes() / m, r.compactBytes() / m));
        b.append(String.format(Locale.ROOT, "  PageRank iteration %.2f ms; streaming floor %.2f ms (%,d bytes: %.1f GB/s); pull alone %.2f ms; "
                        + "iteration/floor %.2f%n", r.perIteration() * 1e3, r.floor() * 1e3, r.floorBytes(), r.floorBytes() / r.floor() / 1e9,
                r.pull() * 1e3, r.perIteration() / r.floor()));
        if (r.gds() != null) {
            Gds g = r.gds();
            b.append(String.format(Locale.ROOT, "  GDS: %,d nodes, %,d relationships%s; project %.2f s; pageRank.stats %.2f s (%d iterations, "
                            + "compute %.2f s); end to end %.2f s; graph %.1f B/edge (sizeInBytes), %.1f B/edge retained heap%n",
                    g.nodes(), g.relationships(), g.nodes() == r.vertices() && g.relationships() == r.edges() ? " (same graph)" : " (DIFFERENT graph!)",
                    g.projection(), g.pageRank(), g.iterations(), g.computeSeconds(), g.endToEnd(), g.sizeInBytes() / m, g.retainedBytes()));
            b.append(String.format(Locale.ROOT, "  kam/GDS: projection %.2f, algorithm %.2f, end to end %.2f, per iteration %.2f "
                            + "(below 1: kam-graph faster)%n", r.projection() / g.projection(), r.algorithm() / g.pageRank(),
                    r.endToEnd() / g.endToEnd(), r.perIteration() / (g.pageRank() / Math.max(1, g.iterations()))));
            b.append(String.format(Locale.ROOT, "  scores: max %.6g / mean %.6g (kam-graph, %d updates), %.6g / %.6g (GDS, %d iterations counting "
                    + "its initialisation)%n", r.ourMax(), r.ourMean(), Math.max(1, r.iterations() - 1), g.max(), g.mean(), g.iterations()));
        }
        return b.toString();
    }

    static String summary(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        boolean gds = results.stream().anyMatch(r -> r.gds() != null);
        List<String> head = new ArrayList<>(List.of("projection", "vertices", "edges", "proj s", "B/edge heap", "B/edge CSR", "algo s",
                "iters", "ms/iter", "floor ms", "iter/floor", "e2e s"));
        if (gds) {
            head.addAll(List.of("GDS proj s", "GDS PR s", "GDS B/edge", "GDS e2e s", "proj kam/GDS", "algo kam/GDS", "e2e kam/GDS"));
        }
        rows.add(head.toArray(String[]::new));
        for (Result r : results) {
            double m = Math.max(1, r.edges());
            List<String> row = new ArrayList<>(List.of(r.spec().name(), String.format(Locale.ROOT, "%,d", r.vertices()),
                    String.format(Locale.ROOT, "%,d", r.edges()), f2(r.projection()), f1(r.retainedBytes()), f1(r.csrBytes() / m),
                    f2(r.algorithm()), Integer.toString(r.iterations()), f1(r.perIteration() * 1e3), f1(r.floor() * 1e3),
                    f2(r.perIteration() / r.floor()), f2(r.endToEnd())));
            if (gds) {
                Gds g = r.gds();
                row.addAll(g == null ? List.of("", "", "", "", "", "", "") : List.of(f2(g.projection()), f2(g.pageRank()),
                        f1(g.sizeInBytes() / m), f2(g.endToEnd()), f2(r.projection() / g.projection()), f2(r.algorithm() / g.pageRank()),
                        f2(r.endToEnd() / g.endToEnd())));
            }
            rows.add(row.toArray(String[]::new));
        }
        return table(rows);
    }

    /** A plain-text table, first row the header, columns padded (text left, numbers right). */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            for (int c = 0; c < cols; c++) {
                boolean left = c == 0 || i == 0;
                String cell = left ? String.format("%-" + width[c] + "s", r[c]) : String.format("%" + width[c] + "s", r[c]);
                b.append(c == 0 ? "" : "  ").append(cell);
            }
            b.append(System.lineSeparator());
            if (i == 0) {
                for (int c = 0; c < cols; c++) {
                    b.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
                }
                b.append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
