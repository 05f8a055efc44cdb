package org.kamgraph.algorithms.flow;

import java.util.Arrays;

/**
 * A binary max-heap of vertices {@code 0..n-1} ordered by an external {@code double[]} key, larger first, then by
 * smaller vertex id, with increase-key: O(log n) per insert, increase and poll, no boxing. The id order among equal
 * keys makes a widest-path search's settling order, and so the path it picks among equally wide ones, a function of
 * the input. A key must not change while its vertex is in the heap except through {@link #increased}.
 */
final class WidestHeap {
    private final double[] keys;
    private final int[] heap;
    /** Position of each vertex in {@link #heap}, or -1 when it is not in the heap. */
    private final int[] pos;
    private int size;

    WidestHeap(double[] keys) {
        this.keys = keys;
        this.heap = new int[keys.length];
        this.pos = new int[keys.length];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int v) {
        return pos[v] >= 0;
    }

    void insert(int v) {
        heap[size] = v;
        pos[v] = size;
        siftUp(size++);
    }

    /** Restores the heap after the key of {@code v}, which is in the heap, increased. */
    void increased(int v) {
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

    /** Empties the heap in time proportional to its size. */
    void clear() {
        for (int i = 0; i < size; i++) {
            pos[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean before(int a, int b) {
        double ka = keys[a];
        double kb = keys[b];
        return ka > kb || (ka == kb && a < b);
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
