package org.kamgraph.demo;

/**
 * A set of longs for the edges of one node (its "scope"): which (type, other end, validFrom) identities it has
 * written. Cleared per node in time proportional to what was added, so memory stays proportional to the largest
 * degree, never to the number of edges.
 */
final class LocalSet {
    private long[] table = new long[1024];
    private int[] used = new int[512];
    private int size;

    /** Adds the key; false if it was already there. */
    boolean add(long key) {
        long k = key + 1; // 0 marks an empty slot; keys never reach -1
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) Rng.mix(k) & mask;
        while (table[i] != 0) {
            if (table[i] == k) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = k;
        used[size++] = i;
        return true;
    }

    void clear() {
        for (int j = 0; j < size; j++) {
            table[used[j]] = 0;
        }
        size = 0;
    }

    private void grow() {
        long[] old = table;
        int[] oldUsed = used;
        int n = size;
        table = new long[old.length * 2];
        used = new int[table.length / 2];
        size = 0;
        int mask = table.length - 1;
        for (int j = 0; j < n; j++) {
            long k = old[oldUsed[j]];
            int i = (int) Rng.mix(k) & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = k;
            used[size++] = i;
        }
    }
}
