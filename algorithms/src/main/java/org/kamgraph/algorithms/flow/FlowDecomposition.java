package org.kamgraph.algorithms.flow;

import org.kamgraph.algorithms.VertexHeap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;

/**
 * Where the flow goes: a maximum flow split into source-to-sink paths, each with the flow it carries, largest first.
 * "Which routes carry this account's spend" is answered by the first few.
 *
 * <p>Greedy widest-path decomposition: repeatedly find the path from a source to a sink whose smallest remaining arc
 * flow (its bottleneck) is largest, by a maximum-bottleneck variant of Dijkstra's algorithm over the arcs that still
 * carry flow, record it with that bottleneck, and subtract the bottleneck along it. Each step empties at least one
 * arc (or a source's supply or a sink's demand), so a complete decomposition has at most m + |sources| + |sinks|
 * paths, and since flows only shrink the values come out non-increasing: the first path is the single route carrying
 * the most flow. This is the standard path decomposition of Ford and Fulkerson with the path chosen widest-first
 * instead of arbitrarily (which would cost O(m) per path but give paths in no useful order). The flows of
 * {@link FlowResult} are acyclic, so the paths of a complete decomposition add up to the flow value. Equally wide
 * paths are told apart by the vertex ids of the search's settling order, so the result is deterministic.
 *
 * <p>Rounding: the flows are conserved only up to floating-point rounding, so a decomposition stops at paths carrying
 * less than 1e-12 of the flow value, which are rounding residue rather than spend.
 *
 * <p>Complexity: O(n + m log n) time per path, O(n + m) memory.
 *
 * <p>References: L. R. Ford and D. R. Fulkerson, <i>Flows in Networks</i>, Princeton University Press (1962),
 * flow decomposition; J. Edmonds and R. M. Karp, "Theoretical improvements in algorithmic efficiency for network
 * flow problems", J. ACM 19(2), 248–264 (1972), for the widest ("fattest") path.
 */
public final class FlowDecomposition {
    /** Paths carrying less than this fraction of the flow value are rounding residue, not flow. */
    static final double RESIDUE = 1e-12;

    private FlowDecomposition() {
    }

    /**
     * The at most {@code limit} paths of the greedy widest-path decomposition of {@code flow}, largest first; fewer
     * when the flow is used up. Empty for a flow of value 0.
     *
     * @throws IllegalArgumentException if {@code flow} is null or {@code limit < 1}
     */
    public static List<FlowPath> largestPaths(FlowResult flow, int limit) {
        if (flow == null) {
            throw new IllegalArgumentException("flow must not be null");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (the number of paths wanted), was " + limit);
        }
        CompactGraph g = flow.graph();
        int n = g.vertexCount();
        int[] targets = g.outTargets();
        double[] remaining = flow.arcFlow.clone();
        double[] supply = flow.originated.clone();
        double[] demand = flow.absorbed.clone();
        int[] sources = flow.sources();
        double residue = flow.value() * RESIDUE;
        int sink = n; // the virtual super-sink
        double[] width = new double[n + 1];
        int[] predVertex = new int[n + 1]; // -1 for a vertex where a path starts (a source)
        int[] predArc = new int[n + 1]; // -1 for a source and for the super-sink
        boolean[] done = new boolean[n + 1];
        VertexHeap heap = VertexHeap.largestFirst(width);
        List<FlowPath> paths = new ArrayList<>();
        while (paths.size() < limit) {
            Arrays.fill(width, 0);
            Arrays.fill(predVertex, -1);
            Arrays.fill(predArc, -1);
            Arrays.fill(done, false);
            heap.clear();
            for (int s : sources) {
                if (supply[s] > 0) {
                    width[s] = supply[s];
                    heap.insert(s);
                }
            }
            while (!heap.isEmpty()) {
                int u = heap.poll();
                done[u] = true;
                if (u == sink) {
                    break;
                }
                double wu = width[u];
                if (demand[u] > 0) {
                    relax(sink, Math.min(wu, demand[u]), u, -1, width, predVertex, predArc, done, heap);
                }
                for (int a = g.outStart(u); a < g.outEnd(u); a++) {
                    if (remaining[a] > 0) {
                        relax(targets[a], Math.min(wu, remaining[a]), u, a, width, predVertex, predArc, done, heap);
                    }
                }
            }
            double value = width[sink];
            if (!done[sink] || value <= residue) {
                break;
            }
            int last = predVertex[sink];
            int hops = 0;
            for (int x = last; predVertex[x] >= 0; x = predVertex[x]) {
                hops++;
            }
            int[] vertices = new int[hops + 1];
            int[] arcs = new int[hops];
            int x = last;
            for (int i = hops; i > 0; i--) {
                vertices[i] = x;
                arcs[i - 1] = predArc[x];
                remaining[predArc[x]] -= value; // exactly 0 on the bottleneck arc, >= 0 elsewhere
                x = predVertex[x];
            }
            vertices[0] = x;
            supply[x] -= value;
            demand[last] -= value;
            paths.add(new FlowPath(vertices, arcs, value));
        }
        return List.copyOf(paths);
    }

    /** Widens {@code v} to {@code w} if that is strictly wider, so that among ties the first-settled pred stays. */
    private static void relax(int v, double w, int pred, int arc, double[] width, int[] predVertex, int[] predArc,
                              boolean[] done, VertexHeap heap) {
        if (done[v] || w <= width[v]) {
            return;
        }
        width[v] = w;
        predVertex[v] = pred;
        predArc[v] = arc;
        if (heap.contains(v)) {
            heap.improved(v);
        } else {
            heap.insert(v);
        }
    }
}
