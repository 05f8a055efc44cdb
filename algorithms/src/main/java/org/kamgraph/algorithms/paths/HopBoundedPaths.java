package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.YenLoop.Candidate;

/**
 * The k best loopless routes of at most a given number of hops from a set of sources to a set of targets: "the
 * five best routes from this payer to the pharmacies of a region, in at most four hops", ranked by length or by
 * spend.
 *
 * <p>Rankings:
 * <ul>
 *   <li>{@link #shortest}: by length, the sum of the arc lengths under the {@link LengthTransform} (so
 *       {@link LengthTransform#NONE} ranks by hop count, {@link LengthTransform#INVERSE} makes large spend a short
 *       hop, {@link LengthTransform#NEG_LOG} ranks chains of influence by probability), then by hop count.</li>
 *   <li>{@link #widest}: by bottleneck, the smallest arc weight on the route (the spend the whole route can carry),
 *       largest first, then by length as above, then by hop count.</li>
 * </ul>
 * Ranking by the <em>sum</em> of spend (largest first) is not offered: the best such loopless route is a longest path,
 * NP-hard in general, and an exact answer would need exponential time on graphs with cycles. Use the bottleneck, or
 * the length under {@link LengthTransform#INVERSE}, which favours routes of large spend on every hop.
 *
 * <p>Algorithm: Yen's scheme, as in {@link KShortestPaths} (sources joined to a virtual super-source, deviations at
 * every vertex of the last route found), with the targets joined to a virtual super-sink and each deviation ("spur")
 * found by {@link RouteSearch}, an exact hop-bounded label-setting search: a spur from the i-th vertex of a route
 * may have at most {@code maxHops − i} hops. For the widest ranking the best spur after a root of bottleneck b is
 * the shortest spur whose arcs all weigh at least min(b, W), where W is the bottleneck of the widest spur; it is
 * found by a shortest-spur search restricted to arcs ≥ b and, only when none exists, a widest-spur search and a
 * second restricted shortest-spur search. Yen's argument needs only that each spur search is exact over its part of
 * the partition of the remaining routes, which these are, so the result is exact: the i-th route's ranking values
 * (length; or bottleneck, then length) are those of the i-th best loopless route of at most {@code maxHops} hops.
 * Among routes with equal values the choice is deterministic (by hop count, the search's vertex order, then vertex
 * sequence) but not necessarily lexicographic.
 *
 * <p>Targets are absorbing: a route ends at the first target it reaches, so it never passes through another one. A
 * source that is a target gives the route of that vertex alone (length 0, bottleneck +∞), first. Routes may pass
 * through other sources. Self-loops are never used; parallel arcs count once per ordered pair of vertices (the
 * shortest arc for {@link #shortest}, the heaviest for {@link #widest}), so routes are distinct vertex sequences.
 *
 * <p>Complexity: O(n + m) per query for the hop bounds, plus O(k · h) spur searches (three at most for the widest
 * ranking) of O(h · m log(h · m)) each in the worst case, for a hop limit h; in practice each search is as local
 * as Dijkstra's. Memory O(n + m) plus the labels and candidates. An instance holds only the reduced arcs and serves
 * any number of queries, from several threads.
 *
 * <p>References: J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 712–716
 * (1971); E. L. Lawler, "A procedure for computing the K best solutions to discrete optimization problems and its
 * application to the shortest path problem", Management Science 18(7), 401–405 (1972), for the partition argument
 * that carries over to side constraints such as a hop limit; the bottleneck path: T. C. Hu, "The maximum capacity
 * route problem", Operations Research 9(6), 898–900 (1961).
 */
public final class HopBoundedPaths {
    /** The largest hop limit accepted. */
    public static final int MAX_HOPS = 20;

    private final CompactGraph graph;
    private final LengthTransform transform;
    private final ArcLengthGraph shortestArcs;
    /** Built on the first {@link #widest} call; a race only builds the same arrays twice. */
    private volatile ArcLengthGraph widestArcs;

    public HopBoundedPaths(Graph<Integer, ?> graph, LengthTransform transform) {
        this(CompactGraph.of(StrongestChains.requireGraph(graph)), transform);
    }

    /** @throws IllegalArgumentException if an arc's weight is outside the domain of {@code transform} */
    public HopBoundedPaths(CompactGraph graph, LengthTransform transform) {
        this.shortestArcs = ArcLengthGraph.of(graph, transform);
        this.graph = graph;
        this.transform = transform;
    }

    public CompactGraph graph() {
        return graph;
    }

    /**
     * The at most {@code k} shortest loopless routes of at most {@code maxHops} hops from any of {@code sources} to
     * any of {@code targets}, shortest first (ties: fewer hops first); empty if there is none.
     *
     * @throws IllegalArgumentException if {@code k < 1}, {@code maxHops} is outside 1..{@value #MAX_HOPS},
     *         {@code sources} or {@code targets} is empty, or a vertex is outside 0..n-1
     */
    public List<ArcPath> shortest(Collection<Integer> sources, Collection<Integer> targets, int k, int maxHops) {
        return routes(shortestArcs, false, sources, targets, k, maxHops);
    }

    /**
     * The at most {@code k} loopless routes of at most {@code maxHops} hops from any of {@code sources} to any of
     * {@code targets} with the largest bottleneck (smallest arc weight; see {@link #bottleneck}), widest first; ties
     * by length under the transform, then by hop count. Empty if there is none.
     *
     * @throws IllegalArgumentException as {@link #shortest}, or if an arc's weight is NaN
     */
    public List<ArcPath> widest(Collection<Integer> sources, Collection<Integer> targets, int k, int maxHops) {
        ArcLengthGraph arcs = widestArcs;
        if (arcs == null) {
            arcs = ArcLengthGraph.widest(graph, transform);
            widestArcs = arcs;
        }
        return routes(arcs, true, sources, targets, k, maxHops);
    }

    /** The bottleneck of {@code path}: the smallest weight of its arcs, +∞ for a path without arcs. */
    public double bottleneck(ArcPath path) {
        double[] weights = graph.outWeights();
        double b = Double.POSITIVE_INFINITY;
        for (int a : path.arcs()) {
            b = Math.min(b, weights[a]);
        }
        return b;
    }

    static void checkRequest(int k, int maxHops) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1 (the number of paths wanted), was " + k);
        }
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
        }
    }

    /** The distinct vertices of {@code vs}, ascending; {@code what} / {@code one} name the parameter in messages. */
    static int[] checkedVertices(int n, String what, String one, Collection<Integer> vs) {
        if (vs == null || vs.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one vertex");
        }
        int[] out = new int[vs.size()];
        int i = 0;
        for (Integer v : vs) {
            if (v == null || v < 0 || v >= n) {
                throw new IllegalArgumentException(one + " " + v + " is not a vertex (vertices are 0.." + (n - 1) + ")");
            }
            out[i++] = v;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** Yen's algorithm over {@code g} with hop-bounded spur searches; see the class comment. */
    static List<ArcPath> routes(ArcLengthGraph g, boolean widest, Collection<Integer> sources, Collection<Integer> targets,
                                int k, int maxHops) {
        checkRequest(k, maxHops);
        int[] starts = checkedVertices(g.n, "sources", "source", sources);
        int[] ends = checkedVertices(g.n, "targets", "target", targets);
        boolean[] isTarget = new boolean[g.n];
        for (int t : ends) {
            isTarget[t] = true;
        }
        Spurs spurs = new Spurs(g, widest, new RouteSearch(g, isTarget, RouteSearch.hopsToTargets(g.graph, ends, maxHops)));
        return YenLoop.paths(spurs, spurs.search.bannedVertex, spurs.search.bannedNext, starts, k, maxHops,
                widest ? WIDEST_FIRST : YenLoop.SHORTEST_FIRST, g.arcs);
    }

    /** The best spur for a root, by one to three runs of the search. */
    private record Spurs(ArcLengthGraph g, boolean widest, RouteSearch search) implements YenLoop.Spur {

        /**
         * The root ({@code rootVertices}, {@code rootEntries}: the route before the spur vertex) followed by the
         * best spur of at most {@code budget} hops from {@code starts[0..count-1]}, or null if there is none.
         */
        @Override
        public Candidate best(int[] starts, int count, int budget, int[] rootVertices, int[] rootEntries) {
            if (!widest) {
                int label = search.run(starts, count, budget, false, Double.NEGATIVE_INFINITY);
                return label < 0 ? null : candidate(label, rootVertices, rootEntries);
            }
            double rootBottleneck = Double.POSITIVE_INFINITY;
            for (int e : rootEntries) {
                rootBottleneck = Math.min(rootBottleneck, g.weights[e]);
            }
            // A spur at least as wide as the root leaves the route's bottleneck at the root's: then the shortest
            // such spur is best, and usually exists.
            int label = rootBottleneck == Double.POSITIVE_INFINITY ? -1
                    : search.run(starts, count, budget, false, rootBottleneck);
            if (label < 0) {
                int widestSpur = search.run(starts, count, budget, true, Double.NEGATIVE_INFINITY);
                if (widestSpur < 0) {
                    return null;
                }
                if (search.hops(widestSpur) == 0) { // a start that is a target: nothing is wider
                    return candidate(widestSpur, rootVertices, rootEntries);
                }
                label = search.run(starts, count, budget, false, -search.key(widestSpur));
            }
            return candidate(label, rootVertices, rootEntries);
        }

        private Candidate candidate(int label, int[] rootVertices, int[] rootEntries) {
            int spurHops = search.hops(label);
            int[] vertices = Arrays.copyOf(rootVertices, rootVertices.length + spurHops + 1);
            int[] entries = Arrays.copyOf(rootEntries, rootEntries.length + spurHops);
            search.route(label, vertices, entries, rootVertices.length);
            double length = 0; // summed in route order, so a route has the same length however it was found
            double bottleneck = Double.POSITIVE_INFINITY;
            for (int e : entries) {
                length += g.lengths[e];
                if (widest) {
                    bottleneck = Math.min(bottleneck, g.weights[e]);
                }
            }
            return new Candidate(vertices, entries, length, bottleneck);
        }
    }

    private static final Comparator<Candidate> WIDEST_FIRST = (a, b) -> {
        int c = Double.compare(b.bottleneck(), a.bottleneck());
        return c != 0 ? c : YenLoop.SHORTEST_FIRST.compare(a, b);
    };
}
