package org.kamgraph.algorithms.paths;

import java.util.Arrays;

/**
 * A binary min-heap of vertices {@code 0..n-1} ordered by an external {@code double[]} key and then by vertex id,
 * with decrease-key: O(log n) per insert, decrease and poll, no boxing. Unlike {@link IndexedMinHeap} equal keys
 * come out in increasing vertex order, which makes the settling order of a Dijkstra search, and so the shortest
 * path it picks among equally short ones, a documented function of the input rather than of the heap's history.
 * A vertex's key must not change while it is in the heap except through {@link #decreased}.
 */
final class VertexHeap {
    private final double[] keys;
    private final int[] heap;
    /** Position of each vertex in {@link #heap}, or -1 when it is not in the heap. */
    private final int[] pos;
    private int size;

    VertexHeap(double[] keys) {
        this.keys = keys;
        this.heap = new int[keys.length];
        this.pos = new int[keys.length];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void insert(int v) {
        heap[size] = v;
        pos[v] = size;
        siftUp(size++);
    }

    /** Restores the heap after the key of {@code v}, which is in the heap, decreased. */
    void decreased(int v) {
        siftUp(pos[v]);
    }

    int poll() {
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
    void clear() {
        for (int i = 0; i < size; i++) {
            pos[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        double ka = keys[a];
        double kb = keys[b];
        return ka < kb || (ka == kb && a < b);
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(v, p)) {
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
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, v)) {
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
