package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Betweenness centrality: how much of the shortest-path traffic between other stakeholders passes through a vertex,
 * <pre>
 *   B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 * </pre>
 * where σ_st is the number of shortest s–t paths and σ_st(v) the number of them through v (pairs with no path count
 * 0). Computed with Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001): one single-source shortest-path search per source s, counting the
 * paths σ_s·, then accumulating the dependencies δ_s(v) = Σ_t σ_st(v)/σ_st backwards from the farthest vertex;
 * B(v) = Σ_{s ≠ v} δ_s(v).
 *
 * <h2>Lengths</h2>
 * Shortest paths are by number of edges (breadth-first search) for {@link LengthTransform#NONE}, otherwise by the sum
 * of edge lengths from the {@link LengthTransform} (Dijkstra with a binary heap). A path is a sequence of vertices:
 * of parallel edges only the shortest counts, and self-loops are ignored. Lengths must be positive: an edge of
 * length 0 (weight 0 under {@link LengthTransform#IDENTITY}, probability 1 under {@link LengthTransform#NEG_LOG})
 * makes path counts ill-defined and is rejected with an {@link IllegalArgumentException}. Two paths tie when their
 * lengths are equal as doubles (summed edge by edge from the source, as NetworkX does), so real-valued lengths that
 * should tie may not.
 *
 * <h2>Directed and undirected graphs; scaling</h2>
 * Both directed and undirected JGraphT graphs are accepted; the sum above runs over ordered pairs (s, t). The output
 * is exactly that of {@code networkx.betweenness_centrality} (endpoints excluded):
 * <ul>
 *   <li>{@link Normalization#RAW}: B(v) for a directed graph; B(v)/2 for an undirected one, so that each unordered
 *       pair {s, t} counts once (a path of three vertices gives its middle vertex 1).</li>
 *   <li>{@link Normalization#NORMALIZED}: B(v) / ((n−1)(n−2)), which is the raw value times 1/((n−1)(n−2)) for a
 *       directed graph and 2/((n−1)(n−2)) for an undirected one; values lie in [0, 1]. For n ≤ 2 all scores
 *       are 0.</li>
 * </ul>
 *
 * <h2>Sampling</h2>
 * {@link #sampled} estimates the scores from k source vertices drawn uniformly without replacement (Brandes &amp;
 * Pich, "Centrality estimation in large networks", International Journal of Bifurcation and Chaos 17(7):2303–2318,
 * 2007), scaled as NetworkX 3.6 does for {@code betweenness_centrality(k=...)} with endpoints excluded. A vertex v
 * that was not sampled gets (n−1)/k · Σ_{sampled s} δ_s(v); a sampled vertex, whose own search contributes nothing,
 * gets (n−1)/(k−1) · Σ_{sampled s ≠ v} δ_s(v) (NaN when k = 1 and n ≥ 3, as in NetworkX: there is no other source
 * to estimate from). Either way the other sources used are a uniform sample from the n−1 vertices other than v, so
 * every estimate is unbiased, and k = n gives exactly the exact result. The same undirected halving and
 * normalization as above then apply; for NORMALIZED the factors are 1/(k(n−2)) and 1/((k−1)(n−2)). The error bound
 * is given by {@link #errorBound(double)}.
 *
 * <h2>Cost</h2>
 * With s sources (n, or k when sampled): O(s·m) time unweighted and O(s·(m + n log n)) weighted, that is
 * O(n·m) and O(n·m + n² log n) for the exact scores; O(n + m) memory for the shared graph plus O(n) per worker
 * (distances, path counts, dependencies, settling order, heap and the worker's partial sums).
 *
 * <h2>Parallelism and reproducibility</h2>
 * Sources are split over a fixed number of platform threads (default: {@link Runtime#availableProcessors()}),
 * source i going to worker i mod T; each worker keeps its own arrays and partial sums, which are added up in worker
 * order at the end. For a given thread count the result is the same on every run, bit for bit; different thread
 * counts differ only in the order of floating-point additions (relative differences around 1e-15).
 *
 * <p>The graph's vertices must be the integers {@code 0..n-1} (as in the CSR graphs of
 * {@code org.jgrapht.opt.graph.sparse}). The graph is read when the scores are first asked for and must not change
 * until then. Computing is synchronized; the scores are computed once.
 */
public final class BetweennessCentrality extends PathScoring {

    /** How raw dependency sums are scaled; both as {@code networkx.betweenness_centrality(normalized=...)}. */
    public enum Normalization {
        /** Sum over ordered pairs for a directed graph, over unordered pairs (half the ordered sum) for an undirected one. */
        RAW,
        /** The ordered-pair sum divided by (n−1)(n−2), the number of ordered pairs of other vertices. */
        NORMALIZED
    }

    private final Normalization normalization;
    /** Sorted sampled sources, or null for all vertices (exact). */
    private final int[] sources;

    /** Exact, unweighted, normalized betweenness on all available processors. */
    public BetweennessCentrality(Graph<Integer, ?> graph) {
        this(graph, LengthTransform.NONE, Normalization.NORMALIZED);
    }

    /** Exact betweenness on all available processors. */
    public BetweennessCentrality(Graph<Integer, ?> graph, LengthTransform lengths, Normalization normalization) {
        this(graph, lengths, normalization, Workers.defaultThreads());
    }

    /**
     * Exact betweenness.
     *
     * @param threads number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public BetweennessCentrality(Graph<Integer, ?> graph, LengthTransform lengths, Normalization normalization,
                                 int threads) {
        this(Objects.requireNonNull(graph, "graph"), null, lengths, normalization, threads, null);
    }

    /**
     * Exact betweenness of a graph already in compact form.
     *
     * @param threads number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public BetweennessCentrality(CompactGraph graph, LengthTransform lengths, Normalization normalization,
                                 int threads) {
        this(null, Objects.requireNonNull(graph, "graph"), lengths, normalization, threads, null);
    }

    private BetweennessCentrality(Graph<Integer, ?> graph, CompactGraph compact, LengthTransform lengths,
                                  Normalization normalization, int threads, int[] sources) {
        super(graph, compact, lengths, threads);
        this.normalization = Objects.requireNonNull(normalization, "normalization");
        this.sources = sources;
    }

    /** Sampled betweenness from {@code k} uniformly drawn sources, on all available processors. */
    public static BetweennessCentrality sampled(Graph<Integer, ?> graph, LengthTransform lengths,
                                                Normalization normalization, int k, long seed) {
        return sampled(graph, lengths, normalization, k, seed, Workers.defaultThreads());
    }

    /**
     * Sampled betweenness: {@code k} source vertices drawn uniformly without replacement by a
     * {@link SplittableRandom} seeded with {@code seed} (the same seed and graph size give the same sources), scaled
     * as described in the class documentation.
     *
     * @param k       number of sources, 1 ≤ k ≤ n
     * @param threads number of worker threads, at least 1
     * @throws IllegalArgumentException if k is not in 1..n or {@code threads < 1}
     */
    public static BetweennessCentrality sampled(Graph<Integer, ?> graph, LengthTransform lengths,
                                                Normalization normalization, int k, long seed, int threads) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexSet().size();
        return new BetweennessCentrality(graph, null, lengths, normalization, threads, sample(n, k, seed));
    }

    /** Sampled betweenness of a graph already in compact form; see {@link #sampled(Graph, LengthTransform, Normalization, int, long, int)}. */
    public static BetweennessCentrality sampled(CompactGraph graph, LengthTransform lengths,
                                                Normalization normalization, int k, long seed, int threads) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        return new BetweennessCentrality(null, graph, lengths, normalization, threads, sample(n, k, seed));
    }

    /**
     * Betweenness estimated from the given distinct sources, scaled as a uniform sample of that size (for
     * reproducing a sample drawn elsewhere, e.g. by NetworkX).
     */
    static BetweennessCentrality withSources(Graph<Integer, ?> graph, LengthTransform lengths,
                                             Normalization normalization, int[] sources, int threads) {
        int n = graph.vertexSet().size();
        int[] s = sources.clone();
        Arrays.sort(s);
        checkK(n, s.length);
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0 || s[i] >= n || (i > 0 && s[i] == s[i - 1])) {
                throw new IllegalArgumentException("sources must be distinct vertices 0.." + (n - 1));
            }
        }
        return new BetweennessCentrality(graph, null, lengths, normalization, threads, s);
    }

    private static void checkK(int n, int k) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and n = " + n + ", got " + k);
        }
    }

    /** k distinct vertices of 0..n-1, uniformly (partial Fisher–Yates shuffle), sorted. */
    private static int[] sample(int n, int k, long seed) {
        checkK(n, k);
        SplittableRandom random = new SplittableRandom(seed);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        int[] s = Arrays.copyOf(a, k);
        Arrays.sort(s);
        return s;
    }

    public Normalization normalization() {
        return normalization;
    }

    public LengthTransform lengthTransform() {
        return lengths;
    }

    /** Whether the scores are estimated from a sample of sources ({@link #sampled}). */
    public boolean isSampled() {
        return sources != null;
    }

    /** The number of sources: k when sampled, n when exact. */
    public int sampleSize() {
        return sources != null ? sources.length : n;
    }

    /** The source vertices searched from, in increasing order: the sample, or all of {@code 0..n-1}. */
    public int[] sources() {
        if (sources != null) {
            return sources.clone();
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /**
     * A bound ε such that, for each single vertex v, |estimate(v) − exact(v)| ≤ ε with probability at least
     * 1 − δ, in the units of this algorithm's {@link Normalization}.
     *
     * <p>Derivation. Each dependency δ_s(v) = Σ_{t ≠ s, v} σ_st(v)/σ_st lies in [0, n−2]. Given whether v itself was
     * sampled, the sources other than v that were used form a uniform sample without replacement, of size
     * k' = k (v not sampled) or k' = k−1 (v sampled), from the n−1 vertices other than v, and the estimate of the
     * ordered-pair sum B(v) = Σ_{s ≠ v} δ_s(v) is (n−1) times their sample mean. Hoeffding's inequality, which holds
     * for sampling without replacement (W. Hoeffding, "Probability inequalities for sums of bounded random
     * variables", JASA 58, 1963, Theorem 4), gives P(|mean − B(v)/(n−1)| ≥ t) ≤ 2·exp(−2k't²/(n−2)²). Setting the
     * right side to δ and taking the worse case k' = k−1:
     * <pre>
     *   NORMALIZED (directed or undirected):  ε = sqrt( ln(2/δ) / (2(k−1)) )
     *   RAW, directed:                        ε = (n−1)(n−2) · sqrt( ln(2/δ) / (2(k−1)) )
     *   RAW, undirected:                      ε = (n−1)(n−2)/2 · sqrt( ln(2/δ) / (2(k−1)) )
     * </pre>
     * The bound is 0 for the exact algorithm, when k = n (the estimate is then exact) and when n ≤ 2, and infinite
     * when k = 1 (a sampled vertex has no estimate). It is per vertex; for all n vertices at once with probability
     * 1 − δ use {@link #simultaneousErrorBound(double)} (union bound).
     *
     * @param delta failure probability, 0 &lt; δ &lt; 1
     * @throws IllegalArgumentException if δ is not in (0, 1)
     */
    public double errorBound(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        int k = sampleSize();
        if (sources == null || k == n || n <= 2) {
            return 0;
        }
        if (k == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double eps = Math.sqrt(Math.log(2 / delta) / (2.0 * (k - 1)));
        if (normalization == Normalization.NORMALIZED) {
            return eps;
        }
        return eps * (n - 1.0) * (n - 2.0) / (directed ? 1 : 2);
    }

    /**
     * A bound ε such that |estimate(v) − exact(v)| ≤ ε for all vertices at once with probability at least 1 − δ:
     * {@link #errorBound(double) errorBound}(δ/n).
     *
     * @throws IllegalArgumentException if δ is not in (0, 1)
     */
    public double simultaneousErrorBound(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        return errorBound(delta / Math.max(1, n));
    }

    @Override
    double[] compute(CompactGraph g) {
        ShortestPathGraph spg = ShortestPathGraph.forward(g, lengths);
        spg.requirePositiveLengths(g, lengths, "betweenness");
        int[] src = sources;
        int count = src != null ? src.length : n;
        List<Brandes> workers = Workers.run(count, threads, i -> new Brandes(spg),
                (w, i) -> w.accumulate(src != null ? src[i] : i));
        double[] b = new double[n];
        for (Brandes w : workers) {
            double[] partial = w.partial;
            for (int v = 0; v < n; v++) {
                b[v] += partial[v];
            }
        }
        scale(b, g.isDirected());
        return b;
    }

    private void scale(double[] b, boolean directed) {
        if (n <= 2) {
            return; // all 0; NetworkX does not rescale either
        }
        double correction = directed ? 1 : 2;
        boolean normalized = normalization == Normalization.NORMALIZED;
        if (sources == null) {
            double scale = normalized ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0 / correction;
            for (int v = 0; v < n; v++) {
                b[v] *= scale;
            }
            return;
        }
        int k = sources.length;
        double source = k == 1 ? Double.NaN
                : normalized ? 1.0 / ((k - 1.0) * (n - 2.0)) : (n - 1.0) / ((k - 1.0) * correction);
        double other = normalized ? 1.0 / ((double) k * (n - 2.0)) : (n - 1.0) / (k * correction);
        int next = 0;
        for (int v = 0; v < n; v++) {
            if (next < k && sources[next] == v) {
                b[v] *= source;
                next++;
            } else {
                b[v] *= other;
            }
        }
    }

    /** One worker: a search and the dependencies and partial sums of the sources it handles. */
    private static final class Brandes {
        final ShortestPathSearch search;
        final double[] delta;
        final double[] partial;

        Brandes(ShortestPathGraph g) {
            search = new ShortestPathSearch(g, true);
            delta = new double[g.n];
            partial = new double[g.n];
        }

        void accumulate(int s) {
            ShortestPathSearch sp = search;
            int reached = sp.run(s);
            ShortestPathGraph g = sp.g;
            int[] offsets = g.offsets;
            int[] targets = g.targets;
            double[] lengths = g.lengths;
            double[] dist = sp.dist;
            double[] sigma = sp.sigma;
            int[] rank = sp.rank;
            int[] order = sp.order;
            for (int r = reached - 1; r >= 0; r--) {
                int v = order[r];
                double dv = dist[v];
                double sum = 0;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = targets[i];
                    if (rank[w] > r && dist[w] == dv + (lengths == null ? 1 : lengths[i])) {
                        sum += (1 + delta[w]) / sigma[w];
                    }
                }
                double d = sigma[v] * sum;
                delta[v] = d;
                if (v != s) {
                    partial[v] += d;
                }
            }
            // delta is only read for vertices reached in this run, all of which were just written
        }
    }
}
