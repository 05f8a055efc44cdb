package org.kamgraph.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.cypher.projection.ProjectionLoader;
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
                    + "tools/target/kam-tools-gds.jar (Maven profile gds)");
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
        Path home = new BenchStore(options, out).prepare();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "kam-graph bench: store %s, page cache %s, heap max %.1f GiB, %d processors, projection threads %s, "
                        + "%d runs after a warm-up, PageRank %d iterations (damping %.2f, tolerance 0)%n",
                home, options.pageCache(), rt.maxMemory() / (double) (1L << 30), rt.availableProcessors(),
                System.getProperty("kam.projection.threads", "default (" + rt.availableProcessors() + ")"), options.runs(),
                options.iterations(), BenchRuns.DAMPING);
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
            BenchRuns runs = new BenchRuns(options, out);
            List<BenchReport.Result> results = new ArrayList<>();
            for (String name : options.specs()) {
                results.add(runs.bench(db, BenchSpecs.ALL.get(name), gds));
            }
            out.println();
            out.print(BenchReport.summary(results));
            return 0;
        } finally {
            dbms.shutdown();
        }
    }

    private static long count(GraphDatabaseService db, String statement) {
        return db.executeTransactionally(statement, Map.of(), r -> ((Number) r.next().get("c")).longValue());
    }

}
