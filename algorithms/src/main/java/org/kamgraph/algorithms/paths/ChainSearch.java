package org.kamgraph.algorithms.paths;

import org.kamgraph.algorithms.VertexHeap;
import java.util.Arrays;

/**
 * Dijkstra's algorithm on an {@link ArcLengthGraph} from one or more start vertices at distance 0, recording for
 * each vertex the entry (and so the arc) it was reached by, optionally stopping once a target is settled and
 * optionally avoiding vertices and the first hops to some vertices (the restrictions of Yen's spur searches).
 *
 * <p>Tie-breaking: vertices are settled in order of (distance, vertex id), and a vertex's predecessor changes only on
 * a strictly shorter distance, so among equally short paths the one kept arrives from the first-settled vertex. The
 * result is thus a function of the graph and the starts alone.
 *
 * <p>State is reset lazily at the start of the next run, in time proportional to the vertices the previous run
 * touched, so one instance serves the many short searches of {@link KShortestPaths}. O(n) memory; O((n + m) log n)
 * time per run. Not thread-safe.
 */
final class ChainSearch {
    final ArcLengthGraph g;
    final double[] dist;
    /** Entry of {@link ArcLengthGraph} by which each reached vertex was reached; -1 for a start. */
    final int[] predEntry;
    final int[] predVertex;
    /** The vertices settled by the last run, in settling order. */
    final int[] order;
    int settled;
    /** Vertices the search must not enter; set and cleared by the caller. */
    final boolean[] bannedVertex;
    /** Heads the arcs leaving a start vertex must not enter (Yen's removed arcs); set and cleared by the caller. */
    final boolean[] bannedNext;
    private final boolean[] done;
    private final VertexHeap heap;
    private final int[] touched;
    private int touchedCount;

    ChainSearch(ArcLengthGraph g) {
        this.g = g;
        int n = g.n;
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        predEntry = new int[n];
        predVertex = new int[n];
        Arrays.fill(predEntry, -1);
        Arrays.fill(predVertex, -1);
        order = new int[n];
        bannedVertex = new boolean[n];
        bannedNext = new boolean[n];
        done = new boolean[n];
        heap = VertexHeap.smallestFirst(dist);
        touched = new int[n];
    }

    /**
     * Searches from {@code starts[0..count-1]}, each at distance 0 (banned starts are skipped), until {@code target}
     * is settled, or until everything reachable is settled if {@code target < 0}.
     *
     * @return whether {@code target} was reached ({@code true} when {@code target < 0})
     */
    boolean run(int[] starts, int count, int target) {
        clear();
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            if (!bannedVertex[s] && dist[s] != 0) {
                touch(s, 0, -1, -1);
                heap.insert(s);
            }
        }
        int[] offsets = g.offsets;
        int[] heads = g.heads;
        double[] lengths = g.lengths;
        while (!heap.isEmpty()) {
            int v = heap.poll();
            done[v] = true;
            order[settled++] = v;
            if (v == target) {
                heap.clear(); // the rest of the frontier is not needed; its state is reset with the touched list
                return true;
            }
            boolean start = predEntry[v] < 0;
            double dv = dist[v];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int w = heads[e];
                if (done[w] || bannedVertex[w] || (start && bannedNext[w])) {
                    continue;
                }
                double d = dv + lengths[e];
                double dw = dist[w];
                if (d < dw) {
                    if (dw == Double.POSITIVE_INFINITY) {
                        touch(w, d, e, v);
                        heap.insert(w);
                    } else {
                        dist[w] = d;
                        predEntry[w] = e;
                        predVertex[w] = v;
                        heap.improved(w);
                    }
                }
            }
        }
        return target < 0;
    }

    private void touch(int v, double d, int entry, int pred) {
        touched[touchedCount++] = v;
        dist[v] = d;
        predEntry[v] = entry;
        predVertex[v] = pred;
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            dist[v] = Double.POSITIVE_INFINITY;
            predEntry[v] = -1;
            predVertex[v] = -1;
            done[v] = false;
        }
        touchedCount = 0;
        settled = 0;
    }

    /** The number of arcs on the path found to the reached vertex {@code v}. */
    int hops(int v) {
        int h = 0;
        for (int x = v; predVertex[x] >= 0; x = predVertex[x]) {
            h++;
        }
        return h;
    }
}
