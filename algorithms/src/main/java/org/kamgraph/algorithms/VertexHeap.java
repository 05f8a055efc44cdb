package org.kamgraph.algorithms;

import java.util.Arrays;

/**
 * A binary heap of vertices {@code 0..n-1} ordered by an external {@code double[]} key (smallest first, or largest
 * first for {@link #largestFirst}), then by smaller vertex id, with key updates: O(log n) per insert, update and
 * poll, no boxing. The id order among equal keys makes a search's settling order, and so the path it picks among
 * equally good ones, a function of the input rather than of the heap's history. A vertex's key may change while it
 * is in the heap only toward the front, followed by {@link #improved}, or either way, followed by {@link #update}.
 *
 * <p>The one priority queue of the algorithms here: Dijkstra searches (shortest paths, chains, routes), the
 * widest-path search of flow decomposition and the rows of greedy modularity (by best ΔQ).
 */
public final class VertexHeap {
    private final double[] keys;
    private final boolean largestFirst;
    private final int[] heap;
    /** Position of each vertex in {@link #heap}, or -1 when it is not in the heap. */
    private final int[] pos;
    private int size;

    private VertexHeap(double[] keys, boolean largestFirst) {
        this.keys = keys;
        this.largestFirst = largestFirst;
        this.heap = new int[keys.length];
        this.pos = new int[keys.length];
        Arrays.fill(pos, -1);
    }

    /** A heap that polls the smallest key first (Dijkstra). */
    public static VertexHeap smallestFirst(double[] keys) {
        return new VertexHeap(keys, false);
    }

    /** A heap that polls the largest key first (widest paths). */
    public static VertexHeap largestFirst(double[] keys) {
        return new VertexHeap(keys, true);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int v) {
        return pos[v] >= 0;
    }

    public void insert(int v) {
        heap[size] = v;
        pos[v] = size;
        siftUp(size++);
    }

    /** Restores the heap after the key of {@code v}, which is in the heap, moved toward the front. */
    public void improved(int v) {
        siftUp(pos[v]);
    }

    /** The vertex {@link #poll} would take, left in the heap. */
    public int peek() {
        return heap[0];
    }

    /** Inserts {@code v}, or restores the heap after its key moved either way. */
    public void update(int v) {
        if (pos[v] < 0) {
            insert(v);
        } else {
            siftUp(pos[v]);
            siftDown(pos[v]);
        }
    }

    /** Takes {@code v} out of the heap if it is in it. */
    public void remove(int v) {
        int i = pos[v];
        if (i < 0) {
            return;
        }
        pos[v] = -1;
        int last = heap[--size];
        if (i < size) {
            heap[i] = last;
            pos[last] = i;
            siftUp(i);
            siftDown(pos[last]);
        }
    }

    public int poll() {
        int top = heap[0];
        pos[top] = -1;
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            pos[last] = 0;
            siftDown(0);
        }
        return top;
    }

    /** Empties the heap in time proportional to its size (a search that stops early leaves vertices in it). */
    public void clear() {
        for (int i = 0; i < size; i++) {
            pos[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean before(int a, int b) {
        double ka = keys[a];
        double kb = keys[b];
        return (largestFirst ? ka > kb : ka < kb) || (ka == kb && a < b);
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!before(v, p)) {
                break;
            }
            heap[i] = p;
            pos[p] = i;
            i = parent;
        }
        heap[i] = v;
        pos[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, v)) {
                break;
            }
            heap[i] = c;
            pos[c] = i;
            i = child;
        }
        heap[i] = v;
        pos[v] = i;
    }
}
