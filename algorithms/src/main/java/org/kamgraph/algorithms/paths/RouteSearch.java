package org.kamgraph.algorithms.paths;

import java.util.Arrays;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The spur search of {@link HopBoundedPaths}: the best route with at most a given number of hops from one or more
 * start vertices to any target, avoiding banned vertices and, on the first hop, banned heads (Yen's restrictions).
 * "Best" is either the shortest (smallest sum of lengths) or the widest (largest smallest weight, the bottleneck),
 * optionally using only arcs of weight ≥ a threshold; ties go to fewer hops.
 *
 * <p>A hop limit breaks Dijkstra's algorithm (the shortest path may have too many hops while a longer one fits), so
 * this is a label-setting search over (vertex, hops) labels: labels are settled in order of (key, hops, vertex,
 * creation), and a label is dropped when its vertex already has a settled label with no more hops, which is at least
 * as good (it was settled first) and can be continued in every way the dropped one could. Each vertex thus settles
 * at most once per hop count, each time with fewer hops. A label is not even created when the hops it has plus the
 * fewest hops from its vertex to any target (a breadth-first search per query) exceed the budget. The first target
 * settled ends the search, which stays local like Dijkstra's. Targets are absorbing: a route ends at the first
 * target it meets.
 *
 * <p>The route found is loopless although loops are not checked: it is the minimum in (key, hops) over all walks
 * obeying the restrictions (no start vertex can be re-entered, since starts are settled first with 0 hops), and
 * cutting a loop out of a walk gives one no worse in key (lengths are ≥ 0; a bottleneck can only widen) with fewer
 * hops.
 *
 * <p>Complexity: O(h·m log(h·m)) time per run for a hop budget h in the worst case, about that of Dijkstra's
 * algorithm when few vertices are reached by routes of different hop counts; O(n) memory plus the labels. State is
 * reset in time proportional to what the last run touched. Not thread-safe.
 *
 * <p>Reference: the (hop, length) labels are the two-criteria label-setting of P. Hansen, "Bicriterion path
 * problems", in <i>Multiple Criteria Decision Making: Theory and Application</i>, LNEMS 177, 109–127 (1980).
 */
final class RouteSearch {
    /** A hop count larger than any budget: "no target within reach". */
    static final int FAR = Integer.MAX_VALUE / 4;
    private static final int NONE = Integer.MAX_VALUE;

    final ArcLengthGraph g;
    final boolean[] target;
    final int[] hopsToTarget;
    /** Vertices routes must not enter; set and cleared by the caller. */
    final boolean[] bannedVertex;
    /** Heads the first hop from a start must not enter (Yen's removed arcs); set and cleared by the caller. */
    final boolean[] bannedNext;

    private int[] labelVertex = new int[256];
    private int[] labelHops = new int[256];
    private int[] labelPred = new int[256];
    private int[] labelEntry = new int[256];
    private double[] labelKey = new double[256];
    private int labels;
    private int[] heap = new int[256];
    private int heapSize;
    /** Fewest hops of a settled label per vertex, NONE if there is none. */
    private final int[] settledHops;
    private final int[] touched;
    private int touchedCount;

    RouteSearch(ArcLengthGraph g, boolean[] target, int[] hopsToTarget) {
        this.g = g;
        this.target = target;
        this.hopsToTarget = hopsToTarget;
        this.bannedVertex = new boolean[g.n];
        this.bannedNext = new boolean[g.n];
        this.settledHops = new int[g.n];
        Arrays.fill(settledHops, NONE);
        this.touched = new int[g.n];
    }

    /**
     * Fewest hops from each vertex to a target, counting up to {@code limit} (FAR beyond): a breadth-first search
     * backwards from the targets over all arcs, bans ignored, so it is a lower bound for every search of a query.
     */
    static int[] hopsToTargets(CompactGraph graph, int[] targets, int limit) {
        int n = graph.vertexCount();
        int[] hops = new int[n];
        Arrays.fill(hops, FAR);
        int[] queue = new int[n];
        int last = 0;
        for (int t : targets) {
            hops[t] = 0;
            queue[last++] = t;
        }
        int[] sources = graph.inSources();
        for (int first = 0; first < last; first++) {
            int v = queue[first];
            if (hops[v] >= limit) {
                break;
            }
            for (int i = graph.inStart(v); i < graph.inEnd(v); i++) {
                int u = sources[i];
                if (hops[u] == FAR) {
                    hops[u] = hops[v] + 1;
                    queue[last++] = u;
                }
            }
        }
        return hops;
    }

    /**
     * Searches from {@code starts[0..count-1]} (banned ones skipped) for the best route of at most {@code budget}
     * hops to a target.
     *
     * @param widest    rank by bottleneck (widest first) instead of by length
     * @param threshold use only arcs of weight ≥ this ({@code -∞} for all)
     * @return the settled label of the target reached, for {@link #hops}, {@link #key} and {@link #route}; -1 if none
     */
    int run(int[] starts, int count, int budget, boolean widest, double threshold) {
        clear();
        double startKey = widest ? Double.NEGATIVE_INFINITY : 0.0;
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            if (!bannedVertex[s] && hopsToTarget[s] <= budget) {
                push(s, 0, startKey, -1, -1);
            }
        }
        int[] offsets = g.offsets;
        int[] heads = g.heads;
        double[] lengths = g.lengths;
        double[] weights = g.weights;
        boolean filter = threshold != Double.NEGATIVE_INFINITY;
        while (heapSize > 0) {
            int label = poll();
            int v = labelVertex[label];
            int h = labelHops[label];
            if (settledHops[v] <= h) {
                continue; // a label settled before, so no worse, with no more hops
            }
            if (settledHops[v] == NONE) {
                touched[touchedCount++] = v;
            }
            settledHops[v] = h;
            if (target[v]) {
                return label;
            }
            double key = labelKey[label];
            int next = h + 1;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int w = heads[e];
                if (bannedVertex[w] || (h == 0 && bannedNext[w]) || next + hopsToTarget[w] > budget
                        || settledHops[w] <= next || (filter && !(weights[e] >= threshold))) {
                    continue;
                }
                // A widest key is minus the bottleneck, so that smaller is better in both rankings.
                push(w, next, widest ? Math.max(key, -weights[e]) : key + lengths[e], label, e);
            }
        }
        return -1;
    }

    /** The number of hops of the route ending in {@code label}. */
    int hops(int label) {
        return labelHops[label];
    }

    /** The key of {@code label}: the length of its route, or minus its bottleneck (+∞ for no arcs) when widest. */
    double key(int label) {
        return labelKey[label];
    }

    /**
     * Writes the route ending in {@code label} into {@code vertices[from .. from + hops]} and its entries into
     * {@code entries[from .. from + hops - 1]}.
     */
    void route(int label, int[] vertices, int[] entries, int from) {
        for (int x = label, i = from + labelHops[label]; x >= 0; x = labelPred[x], i--) {
            vertices[i] = labelVertex[x];
            if (labelEntry[x] >= 0) {
                entries[i - 1] = labelEntry[x];
            }
        }
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            settledHops[touched[i]] = NONE;
        }
        touchedCount = 0;
        labels = 0;
        heapSize = 0;
    }

    private void push(int vertex, int hops, double key, int pred, int entry) {
        if (labels == labelVertex.length) {
            int size = 2 * labels;
            labelVertex = Arrays.copyOf(labelVertex, size);
            labelHops = Arrays.copyOf(labelHops, size);
            labelPred = Arrays.copyOf(labelPred, size);
            labelEntry = Arrays.copyOf(labelEntry, size);
            labelKey = Arrays.copyOf(labelKey, size);
        }
        int label = labels++;
        labelVertex[label] = vertex;
        labelHops[label] = hops;
        labelPred[label] = pred;
        labelEntry[label] = entry;
        labelKey[label] = key;
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, 2 * heapSize);
        }
        int i = heapSize++;
        while (i > 0) { // sift up
            int parent = (i - 1) >>> 1;
            if (!before(label, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = label;
    }

    private int poll() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) { // sift down
            int child = 2 * i + 1;
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }

    /** Settling order: key, then hops, then vertex id, then creation (labels are numbered as created). */
    private boolean before(int a, int b) {
        int c = Double.compare(labelKey[a], labelKey[b]);
        if (c == 0) {
            c = Integer.compare(labelHops[a], labelHops[b]);
        }
        if (c == 0) {
            c = Integer.compare(labelVertex[a], labelVertex[b]);
        }
        return c != 0 ? c < 0 : a < b;
    }
}
