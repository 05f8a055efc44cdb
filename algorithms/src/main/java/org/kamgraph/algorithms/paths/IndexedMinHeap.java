package org.kamgraph.algorithms.paths;

/**
 * A binary min-heap of vertices {@code 0..n-1} keyed by an external {@code double[]} (the tentative distances),
 * with decrease-key: O(log n) per insert, decrease and poll, no boxing. A vertex's key must not change while it is in
 * the heap except through {@link #decreased}.
 */
final class IndexedMinHeap {
    private final double[] keys;
    private final int[] heap;
    /** Position of each vertex in {@link #heap}, or -1 when it is not in the heap. */
    private final int[] pos;
    private int size;

    IndexedMinHeap(double[] keys) {
        this.keys = keys;
        this.heap = new int[keys.length];
        this.pos = new int[keys.length];
        java.util.Arrays.fill(pos, -1);
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

    private void siftUp(int i) {
        int v = heap[i];
        double key = keys[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (keys[p] <= key) {
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
        double key = keys[v];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && keys[heap[right]] < keys[c]) {
                child = right;
                c = heap[child];
            }
            if (key <= keys[c]) {
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
