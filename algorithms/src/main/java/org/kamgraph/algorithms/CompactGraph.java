package org.kamgraph.algorithms;

import java.util.Arrays;
import org.jgrapht.Graph;

/**
 * A read-only copy of a JGraphT graph with vertices {@code 0..n-1} (as the CSR graphs of
 * {@code org.jgrapht.opt.graph.sparse} have) in primitive arrays, for the hot loops of the algorithms here:
 * outgoing and incoming adjacency in compressed sparse row form, with edge weights. An undirected graph
 * appears with each edge in both directions. Parallel edges are kept (their weights add up where an algorithm
 * sums); self-loops are kept.
 *
 * <p>Building it is O(n + m) time and about 2 × (4 + 8) = 24 bytes per arc plus 8 bytes per vertex. A projection
 * owns its one copy ({@code Projection.compact()}, built on first use and kept as long as the projection): there is
 * no other cache of it.
 */
public final class CompactGraph {
    private final int n;
    private final boolean directed;
    private final int[] outOffsets;
    private final int[] outTargets;
    private final double[] outWeights;
    private final int[] inOffsets;
    private final int[] inSources;
    private final double[] inWeights;
    /** {@link #positiveWeightsOnly()}, made on its first use (this graph itself when every weight is positive). */
    private volatile CompactGraph positive;

    private CompactGraph(int n, boolean directed, int[] outOffsets, int[] outTargets, double[] outWeights,
                         int[] inOffsets, int[] inSources, double[] inWeights) {
        this.n = n;
        this.directed = directed;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.outWeights = outWeights;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
        this.inWeights = inWeights;
    }

    /**
     * Copies {@code graph}, whose vertices must be exactly the integers {@code 0..n-1}.
     *
     * @throws IllegalArgumentException if a vertex is outside {@code 0..n-1}
     */
    public static CompactGraph of(Graph<Integer, ?> graph) {
        return copy(graph);
    }

    /**
     * The graph over vertices {@code 0..n-1} with the edges {@code sources[e] -> targets[e]} of weight
     * {@code weights[e]} for {@code e < m}, in that order (an undirected edge as both its arcs, as {@link #of(Graph)}
     * makes them from a graph listing the same edges): straight from primitive edge arrays, no boxing. O(n + m).
     * When the graph is directed, the arrays hold exactly {@code m} edges and the edges are grouped by source (as a
     * projection read by a store scan is), the out-adjacency <em>is</em> {@code targets} and {@code weights}: shared,
     * not copied (12 bytes per arc fewer), so the caller must not modify them afterwards.
     *
     * @throws IllegalArgumentException if an endpoint is outside {@code 0..n-1}
     */
    public static CompactGraph of(int n, int m, int[] sources, int[] targets, double[] weights, boolean directed) {
        if (directed && sources.length == m && targets.length == m && weights.length == m && groupedBySource(n, sources, targets)) {
            int[] offsets = new int[n + 1];
            for (int s : sources) {
                offsets[s + 1]++;
            }
            for (int v = 0; v < n; v++) {
                offsets[v + 1] += offsets[v];
            }
            Csr in = csr(n, targets, sources, weights);
            return new CompactGraph(n, true, offsets, targets, weights, in.offsets, in.neighbours, in.weights);
        }
        int arcs = directed ? m : 2 * m;
        int[] src = new int[arcs];
        int[] dst = new int[arcs];
        double[] w = new double[arcs];
        int i = 0;
        for (int e = 0; e < m; e++) {
            int s = sources[e];
            int t = targets[e];
            if (s < 0 || s >= n || t < 0 || t >= n) {
                throw new IllegalArgumentException("edge " + e + " has an endpoint outside 0.." + (n - 1));
            }
            i = addArc(src, dst, w, i, s, t, weights[e], directed);
        }
        return fromArcs(n, directed, src, dst, w);
    }

    /** Whether the sources never decrease (so a stable sort by source keeps the order); checks the endpoints. */
    private static boolean groupedBySource(int n, int[] sources, int[] targets) {
        int previous = 0;
        for (int e = 0; e < sources.length; e++) {
            int s = sources[e];
            int t = targets[e];
            if (s < 0 || s >= n || t < 0 || t >= n) {
                throw new IllegalArgumentException("edge " + e + " has an endpoint outside 0.." + (n - 1));
            }
            if (s < previous) {
                return false;
            }
            previous = s;
        }
        return true;
    }

    /** Puts arc {@code s -> t} (and {@code t -> s} when undirected) at {@code i}; the next free index. */
    private static int addArc(int[] src, int[] dst, double[] w, int i, int s, int t, double weight, boolean directed) {
        src[i] = s;
        dst[i] = t;
        w[i++] = weight;
        if (!directed) {
            src[i] = t;
            dst[i] = s;
            w[i++] = weight;
        }
        return i;
    }

    private static CompactGraph fromArcs(int n, boolean directed, int[] src, int[] dst, double[] w) {
        Csr out = csr(n, src, dst, w);
        Csr in = csr(n, dst, src, w);
        return new CompactGraph(n, directed, out.offsets, out.neighbours, out.weights, in.offsets, in.neighbours, in.weights);
    }

    private static <E> CompactGraph copy(Graph<Integer, E> graph) {
        int n = graph.vertexSet().size();
        for (Integer v : graph.vertexSet()) {
            if (v == null || v < 0 || v >= n) {
                throw new IllegalArgumentException("vertices must be the integers 0.." + (n - 1) + "; found " + v);
            }
        }
        boolean directed = graph.getType().isDirected();
        int m = graph.edgeSet().size();
        int arcs = directed ? m : 2 * m;
        int[] src = new int[arcs];
        int[] dst = new int[arcs];
        double[] w = new double[arcs];
        int i = 0;
        for (E e : graph.edgeSet()) {
            i = addArc(src, dst, w, i, graph.getEdgeSource(e), graph.getEdgeTarget(e), graph.getEdgeWeight(e), directed);
        }
        return fromArcs(n, directed, src, dst, w);
    }

    /** One direction of adjacency: offsets per vertex, then neighbours and weights in arc order. */
    private record Csr(int[] offsets, int[] neighbours, double[] weights) {
    }

    /** Groups arcs (from[i] -> to[i], weight w[i]) by {@code from}, in one counting sort. */
    private static Csr csr(int n, int[] from, int[] to, double[] w) {
        int[] offsets = new int[n + 1];
        for (int f : from) {
            offsets[f + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] next = Arrays.copyOf(offsets, n);
        int[] neighbours = new int[from.length];
        double[] weights = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            int slot = next[from[i]]++;
            neighbours[slot] = to[i];
            weights[slot] = w[i];
        }
        return new Csr(offsets, neighbours, weights);
    }

    /**
     * This graph without the arcs of weight ≤ 0 (or NaN), or this graph itself when it has none: for measures
     * that read weights as probabilities or strengths of ties, where a tie of strength 0 is no tie. O(n + m) on
     * its first use, then kept with this graph (so a projection's positive view is made once too).
     */
    public CompactGraph positiveWeightsOnly() {
        CompactGraph p = positive;
        if (p == null) {
            synchronized (this) {
                p = positive;
                if (p == null) {
                    positive = p = withoutNonPositiveArcs();
                }
            }
        }
        return p;
    }

    private CompactGraph withoutNonPositiveArcs() {
        int keep = 0;
        for (double w : outWeights) {
            if (w > 0) {
                keep++;
            }
        }
        if (keep == outWeights.length) {
            return this;
        }
        int[] src = new int[keep];
        int[] dst = new int[keep];
        double[] w = new double[keep];
        int i = 0;
        for (int v = 0; v < n; v++) {
            for (int a = outOffsets[v]; a < outOffsets[v + 1]; a++) {
                if (outWeights[a] > 0) {
                    src[i] = v;
                    dst[i] = outTargets[a];
                    w[i++] = outWeights[a];
                }
            }
        }
        return fromArcs(n, directed, src, dst, w);
    }

    /** The transpose: every arc turned around (an undirected graph is its own). O(1), sharing the arrays. */
    public CompactGraph reversed() {
        return directed ? new CompactGraph(n, true, inOffsets, inSources, inWeights, outOffsets, outTargets, outWeights) : this;
    }

    public int vertexCount() {
        return n;
    }

    /** Number of arcs: edges of a directed graph, twice the edges of an undirected one. */
    public int arcCount() {
        return outTargets.length;
    }

    public boolean isDirected() {
        return directed;
    }

    /** Arcs leaving {@code v} are at indices {@code outStart(v) .. outEnd(v)-1} of {@link #outTargets()} and {@link #outWeights()}. */
    public int outStart(int v) {
        return outOffsets[v];
    }

    public int outEnd(int v) {
        return outOffsets[v + 1];
    }

    public int outDegree(int v) {
        return outOffsets[v + 1] - outOffsets[v];
    }

    /** Arcs entering {@code v} are at indices {@code inStart(v) .. inEnd(v)-1} of {@link #inSources()} and {@link #inWeights()}. */
    public int inStart(int v) {
        return inOffsets[v];
    }

    public int inEnd(int v) {
        return inOffsets[v + 1];
    }

    public int inDegree(int v) {
        return inOffsets[v + 1] - inOffsets[v];
    }

    /** The targets of all arcs, grouped by source (shared array: do not modify). */
    public int[] outTargets() {
        return outTargets;
    }

    public double[] outWeights() {
        return outWeights;
    }

    /** The sources of all arcs, grouped by target (shared array: do not modify). */
    public int[] inSources() {
        return inSources;
    }

    public double[] inWeights() {
        return inWeights;
    }
}
