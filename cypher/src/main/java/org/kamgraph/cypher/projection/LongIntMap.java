package org.kamgraph.cypher.projection;

import java.util.Arrays;

/**
 * A map from long keys (Neo4j internal node ids) to int values (vertices), without boxing: a plain array indexed by
 * the key when the keys are dense enough (node ids of a store are: 4 bytes per id up to the highest, one memory
 * access per lookup, which matters when every relationship looks up both ends), else open addressing.
 */
final class LongIntMap {
    private final int[] dense;
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expected) {
        this(expected, -1);
    }

    private LongIntMap(int expected, long denseSize) {
        if (denseSize >= 0) {
            dense = new int[(int) denseSize];
            Arrays.fill(dense, -1);
            keys = null;
            values = null;
            mask = 0;
            return;
        }
        dense = null;
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** The map {@code keys[v] -> v} for the non-negative keys (a negative key is skipped). */
    static LongIntMap indexOf(long[] keys) {
        long max = -1;
        int count = 0;
        for (long k : keys) {
            if (k >= 0) {
                max = Math.max(max, k);
                count++;
            }
        }
        // Dense when the array is at most about twice the hash table (16-24 bytes per key there).
        boolean dense = max < Integer.MAX_VALUE - 8 && max + 1 <= 8L * count + 1024;
        LongIntMap map = dense ? new LongIntMap(count, max + 1) : new LongIntMap(count);
        for (int v = 0; v < keys.length; v++) {
            if (keys[v] >= 0) {
                map.put(keys[v], v);
            }
        }
        return map;
    }

    void put(long key, int value) {
        if (dense != null) {
            dense[(int) key] = value;
            return;
        }
        int i = slot(key);
        while (values[i] != -1 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        if (dense != null) {
            return key >= 0 && key < dense.length ? dense[(int) key] : -1;
        }
        int i = slot(key);
        while (values[i] != -1) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
