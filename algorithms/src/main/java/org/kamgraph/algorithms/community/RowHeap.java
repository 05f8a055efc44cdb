package org.kamgraph.algorithms.community;

import java.util.Arrays;

/**
 * The rows of {@link GreedyModularity} that have entries, as an indexed binary max-heap ordered by an external key
 * (each row's best ΔQ) and then by row id: the top row u and its best column v are the pair NetworkX merges next
 * (smallest u, then v, among the largest ΔQ). O(log n) per update or removal, no boxing.
 */
final class RowHeap {
    private final double[] bestDq;
    private final int[] heap;
    private final int[] pos; // position of each row in heap, -1 when absent
    private int size;

    RowHeap(double[] bestDq) {
        this.bestDq = bestDq;
        heap = new int[bestDq.length];
        pos = new int[bestDq.length];
        Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int top() {
        return heap[0];
    }

    private boolean before(int r, int s) {
        return bestDq[r] > bestDq[s] || (bestDq[r] == bestDq[s] && r < s);
    }

    /** Inserts row r, or restores the order after its key changed either way. */
    void update(int r) {
        if (pos[r] < 0) {
            heap[size] = r;
            pos[r] = size++;
        }
        siftDown(siftUp(pos[r]));
    }

    void remove(int r) {
        int i = pos[r];
        if (i < 0) {
            return;
        }
        pos[r] = -1;
        int last = heap[--size];
        if (i < size) {
            heap[i] = last;
            pos[last] = i;
            siftDown(siftUp(i));
        }
    }

    private int siftUp(int i) {
        int r = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!before(r, p)) {
                break;
            }
            heap[i] = p;
            pos[p] = i;
            i = parent;
        }
        heap[i] = r;
        pos[r] = i;
        return i;
    }

    private void siftDown(int i) {
        int r = heap[i];
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!before(c, r)) {
                break;
            }
            heap[i] = c;
            pos[c] = i;
            i = child;
        }
        heap[i] = r;
        pos[r] = i;
    }
}
