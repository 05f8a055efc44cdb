package org.kamgraph.algorithms.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The routes one source's flow takes to a set of targets, each with the amount attributable to it: the maximum flow
 * from the source to the targets, split into paths by {@link FlowDecomposition} (largest first). Unlike ranking
 * routes by their bottleneck, where one arc's capacity is counted by every route through it, the routes of a
 * decomposition share the capacities: they add up to the flow value, which is at most what the source can send (the
 * sum of its out-arc capacities) and at most what the targets can receive.
 *
 * <p>Hop bound: only vertices on some source-to-target walk of at most {@code maxHops} arcs may carry flow (a vertex v
 * with d(source, v) + d(v, targets) &gt; maxHops gets capacity 0), and decomposition paths longer than {@code maxHops}
 * (possible only through detours) are not listed, though their flow counts in the value. Excluded vertices
 * ({@code blocked}) carry nothing.
 *
 * <p>Complexity: two breadth-first searches O(n + m), one maximum flow (see {@link MaxFlowMinCut}), and O(n + m log n)
 * per path listed.
 */
public final class FlowRoutes {
    private FlowRoutes() {
    }

    /**
     * The flow from the source to the targets and its largest paths.
     *
     * @param value the maximum flow value (what the routes can carry together)
     * @param paths at most k paths of at most maxHops arcs, largest first; their values add up to at most {@code value}
     */
    public record Decomposition(double value, List<FlowPath> paths) {
    }

    /**
     * @param graph   arc weights are capacities (finite, ≥ 0)
     * @param source  the vertex the money leaves
     * @param targets the vertices it may reach (the source among them is ignored)
     * @param blocked vertices that carry nothing (the source among them: no flow)
     * @param k       paths wanted, ≥ 1
     * @param maxHops most arcs on a path, ≥ 1
     * @throws IllegalArgumentException if {@code k} or {@code maxHops} is below 1 or a vertex is out of range
     */
    public static Decomposition decompose(CompactGraph graph, int source, Collection<Integer> targets, Collection<Integer> blocked,
                                          int k, int maxHops) {
        if (k < 1 || maxHops < 1) {
            throw new IllegalArgumentException("k and maxHops must be at least 1, were " + k + " and " + maxHops);
        }
        int n = graph.vertexCount();
        List<Integer> sinks = targets.stream().filter(t -> t != source).distinct().toList();
        if (sinks.isEmpty() || blocked.contains(source)) {
            return new Decomposition(0, List.of());
        }
        int[] fromSource = distances(graph, List.of(source), true);
        int[] toTargets = distances(graph, sinks, false);
        double[] caps = null;
        for (int v = 0; v < n; v++) {
            boolean outside = fromSource[v] >= 0 && toTargets[v] >= 0 && fromSource[v] + toTargets[v] > maxHops;
            if (outside || blocked.contains(v)) {
                if (caps == null) {
                    caps = new double[n];
                    Arrays.fill(caps, MaxFlowMinCut.UNLIMITED);
                }
                caps[v] = 0;
            }
        }
        FlowResult flow = new MaxFlowMinCut(graph).maximumFlow(List.of(source), sinks, caps);
        if (flow.value() <= 0) {
            return new Decomposition(0, List.of());
        }
        List<FlowPath> kept = new ArrayList<>();
        // Paths come largest first; a detour longer than maxHops is skipped, so a few spares are asked for.
        for (FlowPath path : FlowDecomposition.largestPaths(flow, k + Math.max(10, k))) {
            if (path.hops() <= maxHops && kept.size() < k) {
                kept.add(path);
            }
        }
        return new Decomposition(flow.value(), List.copyOf(kept));
    }

    /** Hop distances from {@code starts} along arcs with capacity (forward) or against them; -1 when unreachable. */
    private static int[] distances(CompactGraph g, List<Integer> starts, boolean forward) {
        int[] d = new int[g.vertexCount()];
        Arrays.fill(d, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            if (d[s] < 0) {
                d[s] = 0;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            int from = forward ? g.outStart(u) : g.inStart(u);
            int to = forward ? g.outEnd(u) : g.inEnd(u);
            int[] next = forward ? g.outTargets() : g.inSources();
            double[] weight = forward ? g.outWeights() : g.inWeights();
            for (int a = from; a < to; a++) {
                if (weight[a] > 0 && d[next[a]] < 0) {
                    d[next[a]] = d[u] + 1;
                    queue.add(next[a]);
                }
            }
        }
        return d;
    }
}
