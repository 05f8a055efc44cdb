package org.kamgraph.tools.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionLoader;
import org.kamgraph.tools.bench.BenchReport.Gds;
import org.kamgraph.tools.bench.BenchReport.Result;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The benchmark's runs of one projection: a warm-up and {@code --runs} measured runs of kam-graph's side (projection,
 * retained heap, CSR copy, PageRank, the streaming floor and the pull kernel) and, with {@code --gds}, of GDS's
 * (native projection and {@code gds.pageRank.stats}); their medians.
 */
final class BenchRuns {
    static final double DAMPING = 0.85;

    private final BenchOptions options;
    private final PrintStream out;

    BenchRuns(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    Result bench(GraphDatabaseService db, BenchSpecs.Named named, GdsBench gds) {
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
        out.print(BenchReport.detail(r));
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
        CompactGraph c = p.compact();
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
}
