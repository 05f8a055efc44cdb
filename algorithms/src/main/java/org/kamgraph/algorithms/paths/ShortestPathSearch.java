package org.kamgraph.algorithms.paths;

import org.kamgraph.algorithms.VertexHeap;
import java.util.Arrays;

/**
 * Single-source shortest paths on a {@link ShortestPathGraph}, with the state of one worker thread: breadth-first
 * search when the graph is unweighted, Dijkstra with an {@link VertexHeap} otherwise. After {@link #run} the
 * vertices reached are {@code order[0..reached-1]} in the order they were settled (non-decreasing distance), with
 * {@code dist}, {@code rank} (index in {@code order}) and, when counting, {@code sigma} (number of shortest paths
 * from the source). Everything is reset lazily at the start of the next run, in time proportional to the vertices
 * the previous run reached. O(n) memory.
 *
 * <p>A shortest-path arc is an arc v → w with {@code dist[w] == dist[v] + length(v, w)} (the same floating-point
 * sum the search made) and {@code rank[w] > rank[v]}; the second condition only matters when a length is so small
 * against a distance that adding it changes nothing, and keeps the counts consistent with the settling order.
 */
final class ShortestPathSearch {
    final ShortestPathGraph g;
    final double[] dist;
    final int[] order;
    final int[] rank;
    final double[] sigma;
    private final VertexHeap heap;
    int reached;

    ShortestPathSearch(ShortestPathGraph g, boolean countPaths) {
        this.g = g;
        int n = g.n;
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        order = new int[n];
        rank = new int[n];
        Arrays.fill(rank, -1);
        sigma = countPaths ? new double[n] : null;
        heap = g.weighted() ? VertexHeap.smallestFirst(dist) : null;
    }

    /** Searches from {@code source}; returns the number of vertices reached (the source included). */
    int run(int source) {
        clear();
        dist[source] = 0;
        if (sigma != null) {
            sigma[source] = 1;
        }
        reached = g.weighted() ? dijkstra(source) : bfs(source);
        return reached;
    }

    private void clear() {
        for (int i = 0; i < reached; i++) {
            int v = order[i];
            dist[v] = Double.POSITIVE_INFINITY;
            rank[v] = -1;
            if (sigma != null) {
                sigma[v] = 0;
            }
        }
        reached = 0;
    }

    private int bfs(int source) {
        int[] offsets = g.offsets;
        int[] targets = g.targets;
        order[0] = source;
        rank[source] = 0;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = order[head++];
            double next = dist[v] + 1;
            double sv = sigma == null ? 0 : sigma[v];
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int w = targets[i];
                if (rank[w] < 0) {
                    dist[w] = next;
                    rank[w] = tail;
                    order[tail++] = w;
                }
                if (sigma != null && dist[w] == next) {
                    sigma[w] += sv;
                }
            }
        }
        return tail;
    }

    private int dijkstra(int source) {
        int[] offsets = g.offsets;
        int[] targets = g.targets;
        double[] lengths = g.lengths;
        int count = 0;
        heap.insert(source);
        while (!heap.isEmpty()) {
            int v = heap.poll();
            rank[v] = count;
            order[count++] = v;
            double dv = dist[v];
            double sv = sigma == null ? 0 : sigma[v];
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int w = targets[i];
                if (rank[w] >= 0) {
                    continue; // settled
                }
                double d = dv + lengths[i];
                double dw = dist[w];
                if (d < dw) {
                    dist[w] = d;
                    if (sigma != null) {
                        sigma[w] = sv;
                    }
                    if (dw == Double.POSITIVE_INFINITY) {
                        heap.insert(w);
                    } else {
                        heap.improved(w);
                    }
                } else if (d == dw && sigma != null && dw != Double.POSITIVE_INFINITY) { // overflow: unreachable
                    sigma[w] += sv;
                }
            }
        }
        return count;
    }
}
