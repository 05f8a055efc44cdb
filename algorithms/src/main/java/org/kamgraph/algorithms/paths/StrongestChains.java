package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Shortest paths from a set of source vertices to every vertex: multi-source Dijkstra, where each vertex gets its
 * distance from the nearest source and the arc it is reached by. With {@link LengthTransform#NEG_LOG} (length =
 * −ln(probability)) the shortest path is the most probable chain of influence from any source, and
 * {@code exp(-distance)} its probability; with the other transforms it is the ordinary shortest path.
 *
 * <p>The predecessor of a vertex is an <em>arc index</em> into {@link CompactGraph#outTargets()} /
 * {@link CompactGraph#outWeights()}, so a caller can rebuild the path with {@link #path}/{@link #arcs} and show
 * each hop's weight. Directed graphs are followed along their arcs; an undirected edge is an arc each way.
 *
 * <p>Ties, deterministic: vertices are settled in order of (distance, vertex id) and a predecessor is replaced only by
 * a strictly shorter path, so among equally short paths the one kept arrives from the vertex settled first; among
 * parallel arcs the shortest, and of those the lowest arc index, is used. Self-loops are never used. Every source
 * has distance 0 and no predecessor, even when another source reaches it by an arc of length 0.
 *
 * <p>Complexity: O((n + m) log n) time, O(n + m) memory (the arc lengths and the per-vertex results).
 *
 * <p>Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1,
 * 269–271 (1959); several sources are one virtual source joined to each by an arc of length 0.
 */
public final class StrongestChains {
    private final CompactGraph graph;
    private final double[] dist;
    private final int[] predArc;
    private final int[] predVertex;
    private final int[] origin;

    /** Shortest chains in a JGraphT graph with vertices {@code 0..n-1} (copied once into a {@link CompactGraph}). */
    public StrongestChains(Graph<Integer, ?> graph, LengthTransform transform, Collection<Integer> sources) {
        this(CompactGraph.of(requireGraph(graph)), transform, sources);
    }

    /**
     * Runs the search.
     *
     * @param sources the vertices chains may start from; at least one, duplicates ignored
     * @throws IllegalArgumentException if {@code sources} is empty or names a vertex outside {@code 0..n-1}, or an
     *         arc's weight is outside the domain of {@code transform}
     */
    public StrongestChains(CompactGraph graph, LengthTransform transform, Collection<Integer> sources) {
        ArcLengthGraph g = ArcLengthGraph.of(graph, transform);
        int[] starts = checkedSources(g, sources);
        ChainSearch search = new ChainSearch(g);
        search.run(starts, starts.length, -1);
        this.graph = graph;
        this.dist = search.dist;
        this.predVertex = search.predVertex;
        // The search's entries name arcs of the reduced graph; callers want the arcs of the original one.
        this.predArc = search.predEntry;
        for (int v = 0; v < predArc.length; v++) {
            if (predArc[v] >= 0) {
                predArc[v] = g.arcs[predArc[v]];
            }
        }
        // Settling order puts every predecessor before its successors, so one pass passes the source along.
        this.origin = new int[g.n];
        Arrays.fill(origin, -1);
        for (int i = 0; i < search.settled; i++) {
            int v = search.order[i];
            origin[v] = predVertex[v] < 0 ? v : origin[predVertex[v]];
        }
    }

    static Graph<Integer, ?> requireGraph(Graph<Integer, ?> graph) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        return graph;
    }

    static int[] checkedSources(ArcLengthGraph g, Collection<Integer> sources) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("sources must name at least one vertex");
        }
        int[] starts = new int[sources.size()];
        int i = 0;
        for (Integer s : sources) {
            starts[i++] = g.vertex("source", s);
        }
        return Arrays.stream(starts).sorted().distinct().toArray();
    }

    public CompactGraph graph() {
        return graph;
    }

    /** The length of the shortest chain from any source to {@code v}; +∞ if no source reaches it, 0 for a source. */
    public double distance(int v) {
        return dist[check(v)];
    }

    /** {@link #distance} of every vertex, as a fresh array. */
    public double[] distances() {
        return dist.clone();
    }

    public boolean isReachable(int v) {
        return dist[check(v)] != Double.POSITIVE_INFINITY;
    }

    /** The index of the arc by which the chain enters {@code v}; -1 for a source or an unreached vertex. */
    public int predecessorArc(int v) {
        return predArc[check(v)];
    }

    /** {@link #predecessorArc} of every vertex, as a fresh array. */
    public int[] predecessorArcs() {
        return predArc.clone();
    }

    /** The vertex before {@code v} on its chain; -1 for a source or an unreached vertex. */
    public int predecessor(int v) {
        return predVertex[check(v)];
    }

    /** The source the chain to {@code v} starts from; {@code v} itself for a source, -1 if unreached. */
    public int source(int v) {
        return origin[check(v)];
    }

    /** The vertices of the chain from its source to {@code target}; {@code [target]} for a source, empty if unreached. */
    public int[] path(int target) {
        if (!isReachable(target)) {
            return new int[0];
        }
        int[] vertices = new int[hops(target) + 1];
        for (int x = target, i = vertices.length - 1; x >= 0; x = predVertex[x]) {
            vertices[i--] = x;
        }
        return vertices;
    }

    /** The arcs of the chain to {@code target} (one fewer than {@link #path}); empty for a source or unreached target. */
    public int[] arcs(int target) {
        if (!isReachable(target)) {
            return new int[0];
        }
        int[] arcs = new int[hops(target)];
        for (int x = target, i = arcs.length - 1; predVertex[x] >= 0; x = predVertex[x]) {
            arcs[i--] = predArc[x];
        }
        return arcs;
    }

    /** The chain to {@code target} with its vertices, arcs and length, or empty if no source reaches it. */
    public Optional<ArcPath> chain(int target) {
        return isReachable(target)
                ? Optional.of(new ArcPath(path(target), arcs(target), dist[target]))
                : Optional.empty();
    }

    private int hops(int v) {
        int h = 0;
        for (int x = v; predVertex[x] >= 0; x = predVertex[x]) {
            h++;
        }
        return h;
    }

    private int check(int v) {
        if (v < 0 || v >= dist.length) {
            throw new IllegalArgumentException("no such vertex: " + v + " (vertices are 0.." + (dist.length - 1) + ")");
        }
        return v;
    }
}
