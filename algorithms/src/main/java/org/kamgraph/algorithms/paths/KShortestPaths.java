package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The k shortest loopless paths from a set of source vertices (any of them may start a path) to one target: Yen's
 * algorithm ({@link YenLoop}, spurs by {@link ChainSearch}) over a {@link CompactGraph} with a {@link LengthTransform}. With {@link LengthTransform#NEG_LOG} these
 * are the k most probable chains of influence; {@link ArcPath#probability()} gives each one's probability.
 *
 * <p>The sources are joined to a virtual super-source by arcs of length 0, so Yen's deviations also run from the
 * super-source (a path starting at another source). A target that is itself a source gives the path {@code [target]}
 * of length 0 first. Self-loops are never used and parallel arcs count once, by their shortest arc (see
 * {@link ArcLengthGraph}), so the paths returned are distinct as vertex sequences. Paths come in order of length, then
 * of hop count, then of vertex sequence (lexicographic); each spur search breaks ties as {@link ChainSearch} does, so
 * the result is deterministic. The length is the sum of the arc lengths in path order.
 *
 * <p>Complexity: O(k · L · (n + m) log n) time for paths of at most L vertices (one Dijkstra search per spur vertex
 * of each path found), O(n + m + k · L) memory plus the candidates. The instance holds only the arc lengths and can
 * serve any number of queries, from several threads.
 *
 * <p>Reference: J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11),
 * 712–716 (1971).
 */
public final class KShortestPaths {
    private final ArcLengthGraph g;

    public KShortestPaths(Graph<Integer, ?> graph, LengthTransform transform) {
        this(CompactGraph.of(StrongestChains.requireGraph(graph)), transform);
    }

    /** @throws IllegalArgumentException if an arc's weight is outside the domain of {@code transform} */
    public KShortestPaths(CompactGraph graph, LengthTransform transform) {
        this.g = ArcLengthGraph.of(graph, transform);
    }

    /** The k shortest loopless paths from {@code source} to {@code target}; see {@link #paths(Collection, int, int)}. */
    public List<ArcPath> paths(int source, int target, int k) {
        return paths(List.of(source), target, k);
    }

    /**
     * The at most {@code k} shortest loopless paths that start at any of {@code sources} and end at {@code target},
     * shortest first; empty if no source reaches the target.
     *
     * @throws IllegalArgumentException if {@code k < 1}, {@code sources} is empty, or a vertex is outside 0..n-1
     */
    public List<ArcPath> paths(Collection<Integer> sources, int target, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1 (the number of paths wanted), was " + k);
        }
        int[] starts = StrongestChains.checkedSources(g, sources);
        g.vertex("target", target);
        ChainSearch search = new ChainSearch(g);
        YenLoop.Spur spur = (from, count, budget, rootVertices, rootEntries) ->
                search.run(from, count, target) ? extract(search, rootVertices, rootEntries, target) : null;
        return YenLoop.paths(spur, search.bannedVertex, search.bannedNext, starts, k, Integer.MAX_VALUE,
                YenLoop.SHORTEST_FIRST, g.arcs);
    }

    /**
     * The at most {@code k} shortest loopless paths of at most {@code maxHops} arcs from any of {@code sources} to
     * {@code target}, shortest first; see {@link #paths(Collection, Collection, int, int)}.
     */
    public List<ArcPath> paths(Collection<Integer> sources, int target, int k, int maxHops) {
        return paths(sources, List.of(target), k, maxHops);
    }

    /**
     * The at most {@code k} shortest loopless paths of at most {@code maxHops} arcs that start at any of
     * {@code sources} and end at any of {@code targets}, shortest first (ties: fewer hops first); empty if there is
     * none. Targets are absorbing: a path ends at the first target it reaches (as if the targets were joined to a
     * virtual super-sink). This is {@link HopBoundedPaths#shortest} over this instance's arc lengths: Yen's algorithm
     * with exact hop-bounded spur searches, so the lengths are exactly those of the k shortest paths within the hop
     * limit. The order among equally long paths may differ from {@link #paths(Collection, int, int)}.
     *
     * @throws IllegalArgumentException if {@code k < 1}, {@code maxHops} is outside 1..{@value HopBoundedPaths#MAX_HOPS},
     *         {@code sources} or {@code targets} is empty, or a vertex is outside 0..n-1
     */
    public List<ArcPath> paths(Collection<Integer> sources, Collection<Integer> targets, int k, int maxHops) {
        return HopBoundedPaths.routes(g, false, sources, targets, k, maxHops);
    }

    /** The root path (vertices and entries before the spur vertex) followed by the search's path to the target. */
    private YenLoop.Candidate extract(ChainSearch search, int[] rootVertices, int[] rootEntries, int target) {
        int spurHops = search.hops(target);
        int[] vertices = Arrays.copyOf(rootVertices, rootVertices.length + spurHops + 1);
        int[] entries = Arrays.copyOf(rootEntries, rootEntries.length + spurHops);
        for (int x = target, i = vertices.length - 1; x >= 0; x = search.predVertex[x], i--) {
            vertices[i] = x;
            if (search.predEntry[x] >= 0) {
                entries[i - 1] = search.predEntry[x];
            }
        }
        double length = 0; // summed in path order, so a path has the same length however it was found
        for (int e : entries) {
            length += g.lengths[e];
        }
        return new YenLoop.Candidate(vertices, entries, length, Double.POSITIVE_INFINITY);
    }
}
