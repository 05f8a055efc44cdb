package org.kamgraph.algorithms.rank;

import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;

/**
 * The power iteration shared by {@link PageRank} and {@link PersonalizedPageRank}:
 * {@code x <- d * (P^T x + m(x) * delta) + t}, where {@code P} is the row-stochastic transition matrix
 * (arc weight over the out-weight of its source), {@code m(x)} the mass on dangling vertices (out-weight 0),
 * {@code delta} where that mass goes (nowhere for {@link PageRank.Output#UNNORMALIZED}) and {@code t} the
 * teleport term. It pulls along the in-adjacency, so one iteration streams the CSR arrays once, in parallel
 * blocks on large graphs (deterministic: the same result on any number of cores).
 */
abstract class PageRankBase extends RankScoring {
    final double dampingFactor;
    final int maxIterations;
    final double tolerance;
    final boolean weighted;
    final PageRank.Output output;

    PageRankBase(CompactGraph graph, double dampingFactor, int maxIterations, double tolerance, boolean weighted,
                 PageRank.Output output) {
        super(graph);
        this.dampingFactor = Checks.dampingFactor(dampingFactor);
        this.maxIterations = Checks.maxIterations(maxIterations);
        this.tolerance = Checks.tolerance(tolerance);
        this.weighted = weighted;
        this.output = Checks.notNull("output", output);
    }

    /**
     * Where the iteration stopped: converged once the L1 change of an update is below {@code tolerance} times the
     * L1 norm of the scores, a relative change that means the same on 30 vertices and on a million (NetworkX
     * stops at {@code n * tol}, which on large graphs accepts the first update; its results are reproduced with
     * {@code tolerance = n * tol / ||x||}). PageRank does not throw when it does not converge.
     */
    public Convergence convergence() {
        scores();
        return convergence;
    }

    /** Vertices per block of the iteration: blocks run in parallel, and their partial sums add up in block order. */
    static final int BLOCK = 1 << 15;
    /**
     * Source vertices per segment of the gather: 2 MB of shares, which stay in the cache while a segment's arcs are
     * read (CSR segmenting: Y. Zhang, V. Kiriansky, C. Mendis, S. Amarasinghe, M. Zaharia, "Making caches work for
     * graph analytics", IEEE BigData 2017).
     */
    static final int SEGMENT = 1 << 18;
    /**
     * The iteration's own workers (daemon threads, one per core): the common fork-join pool is shared with whatever
     * else runs in the process (a database's or another library's tasks), which made an iteration up to 4x slower.
     */
    private static final java.util.concurrent.ForkJoinPool WORKERS = new java.util.concurrent.ForkJoinPool(
            Runtime.getRuntime().availableProcessors(), pool -> {
                var t = java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setDaemon(true);
                t.setName("kam-pagerank-" + t.getPoolIndex());
                return t;
            }, null, false);

    /**
     * Runs the iteration with a uniform teleport term and, if {@code danglingToUniform}, the dangling mass spread
     * evenly: no per-vertex teleport or dangling arrays to stream.
     */
    final double[] iterateUniform(double teleport, boolean danglingToUniform, double[] start) {
        return iterate(null, teleport, null, danglingToUniform ? 1.0 / graph.vertexCount() : Double.NaN, start);
    }

    /**
     * Runs the iteration.
     *
     * @param teleport the term {@code t} added to every update (already multiplied by {@code 1 - d})
     * @param dangling where the dangling mass goes (a distribution), or {@code null} to drop it
     * @param start    the initial vector, overwritten
     */
    final double[] iterate(double[] teleport, double[] dangling, double[] start) {
        return iterate(teleport, 0, dangling, Double.NaN, start);
    }

    /**
     * The power iteration. Each vertex's update pulls along its in-arcs in stored order, so a score is the same sum
     * whatever the number of threads; blocks of {@value #BLOCK} vertices run in parallel (both cores on large graphs)
     * and the update also prepares the next iteration's shares ({@code x[u] / outWeight(u)}) and dangling mass, so
     * one iteration streams the in-CSR arrays and a few score arrays once, plus the gather of the shares.
     *
     * @param teleport        per-vertex teleport terms, or null for {@code teleportConstant} everywhere
     * @param dangling        where the dangling mass goes, or null: {@code danglingConstant} everywhere, or dropped
     *                        when that is NaN
     */
    private double[] iterate(double[] teleport, double teleportConstant, double[] dangling, double danglingConstant,
                             double[] start) {
        int n = graph.vertexCount();
        double[] invOut = new double[n];
        for (int u = 0; u < n; u++) {
            double out = weighted ? checkedOutWeight(u) : graph.outDegree(u);
            invOut[u] = out > 0 ? 1.0 / out : 0.0;
        }
        double[] x = start;
        double[] next = new double[n];
        double[] share = new double[n];
        double[] nextShare = new double[n];
        double danglingMass = 0;
        for (int u = 0; u < n; u++) {
            share[u] = x[u] * invOut[u];
            if (invOut[u] == 0) {
                danglingMass += x[u];
            }
        }
        boolean spreadDangling = dangling != null || !Double.isNaN(danglingConstant);
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] blockChange = new double[blocks];
        double[] blockNorm = new double[blocks];
        double[] blockDangling = new double[blocks];
        int[] cuts = segmentCuts();
        int segments = cuts == null ? 1 : cuts.length / n + 1;
        int[] inSources = graph.inSources();
        double[] inWeights = graph.inWeights();
        double change = 0;
        int iterations = 0;
        boolean converged = n == 0;
        while (!converged && iterations < maxIterations) {
            double[] xs = x;
            double[] ys = next;
            double[] sh = share;
            double[] nsh = nextShare;
            double mass = spreadDangling ? danglingMass : 0;
            for (int k = 0; k < segments; k++) {
                int segment = k;
                boolean last = k == segments - 1;
                java.util.function.IntConsumer block = b -> {
                    int from = b * BLOCK;
                    int to = Math.min(n, from + BLOCK);
                    double ch = 0;
                    double no = 0;
                    double dg = 0;
                    for (int v = from; v < to; v++) {
                        // Arcs of v from this segment's sources: a run of v's in-arcs (sources ascend within v).
                        int lo = segment == 0 ? graph.inStart(v) : cuts[(segment - 1) * n + v];
                        int hi = last ? graph.inEnd(v) : cuts[segment * n + v];
                        double acc = segment == 0 ? 0 : ys[v];
                        if (weighted) {
                            for (int i = lo; i < hi; i++) {
                                acc += sh[inSources[i]] * inWeights[i];
                            }
                        } else {
                            for (int i = lo; i < hi; i++) {
                                acc += sh[inSources[i]];
                            }
                        }
                        if (!last) {
                            ys[v] = acc;
                            continue;
                        }
                        if (spreadDangling) {
                            acc += mass * (dangling != null ? dangling[v] : danglingConstant);
                        }
                        double y = dampingFactor * acc + (teleport != null ? teleport[v] : teleportConstant);
                        ys[v] = y;
                        ch += Math.abs(y - xs[v]);
                        no += Math.abs(y);
                        double io = invOut[v];
                        nsh[v] = y * io;
                        if (io == 0) {
                            dg += y;
                        }
                    }
                    if (last) {
                        blockChange[b] = ch;
                        blockNorm[b] = no;
                        blockDangling[b] = dg;
                    }
                };
                if (blocks > 1) {
                    WORKERS.submit(() -> java.util.stream.IntStream.range(0, blocks).parallel().forEach(block)).join();
                } else if (blocks == 1) {
                    block.accept(0);
                }
            }
            change = 0;
            double norm = 0;
            danglingMass = 0;
            for (int b = 0; b < blocks; b++) {
                change += blockChange[b];
                norm += blockNorm[b];
                danglingMass += blockDangling[b];
            }
            x = ys;
            next = xs;
            share = nsh;
            nextShare = sh;
            iterations++;
            converged = change < tolerance * norm;
        }
        convergence = new Convergence(iterations, change, converged);
        return x;
    }

    /**
     * Where each vertex's in-arcs cross from one source segment to the next ({@code cuts[(k-1) * n + v]}: the first
     * arc of v from segment k), or null when the graph is small enough for one segment or some vertex's in-arcs do
     * not list their sources in ascending order (then a segment would not be one run). Summing segment by segment
     * then adds each vertex's terms in the same order as one pass: the same result to the bit. O(m) time,
     * (segments - 1) × n ints.
     */
    private int[] segmentCuts() {
        int n = graph.vertexCount();
        int segments = (n + SEGMENT - 1) / SEGMENT;
        if (segments < 2) {
            return null;
        }
        int[] sources = graph.inSources();
        int[] cuts = new int[(segments - 1) * n];
        for (int v = 0; v < n; v++) {
            int i = graph.inStart(v);
            int end = graph.inEnd(v);
            int previous = -1;
            for (int k = 1; k < segments; k++) {
                int bound = k * SEGMENT;
                while (i < end && sources[i] < bound) {
                    if (sources[i] < previous) {
                        return null;
                    }
                    previous = sources[i];
                    i++;
                }
                cuts[(k - 1) * n + v] = i;
            }
            for (; i < end; i++) {
                if (sources[i] < previous) {
                    return null;
                }
                previous = sources[i];
            }
        }
        return cuts;
    }

    private double checkedOutWeight(int u) {
        double[] w = graph.outWeights();
        double s = 0;
        for (int i = graph.outStart(u); i < graph.outEnd(u); i++) {
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("edge weights must be non-negative and finite for PageRank; arc "
                        + u + " -> " + graph.outTargets()[i] + " has " + w[i]);
            }
            s += w[i];
        }
        return s;
    }
}
