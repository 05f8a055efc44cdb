package org.kamgraph.cypher.projection;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * A projection's index from Neo4j internal node ids to vertices, without boxing: a plain array indexed by the node
 * id when the ids are dense enough (node ids of a store are: 4 bytes per id up to the highest), else fastutil's open
 * hash map. The array stays because every relationship looks up both ends: 8 million lookups take 50-70 ms in the
 * array and 490-740 ms in a {@code Long2IntOpenHashMap} (1.2 million keys among 3 million ids; JDK 25, 2 cores).
 */
final class LongIntMap {
    private final int[] dense;
    private final Long2IntOpenHashMap sparse;

    private LongIntMap(int[] dense, Long2IntOpenHashMap sparse) {
        this.dense = dense;
        this.sparse = sparse;
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
        boolean isDense = max < Integer.MAX_VALUE - 8 && max + 1 <= 8L * count + 1024;
        int[] dense = null;
        Long2IntOpenHashMap sparse = null;
        if (isDense) {
            dense = new int[(int) (max + 1)];
            Arrays.fill(dense, -1);
        } else {
            sparse = new Long2IntOpenHashMap(count);
            sparse.defaultReturnValue(-1);
        }
        for (int v = 0; v < keys.length; v++) {
            if (keys[v] >= 0) {
                if (dense != null) {
                    dense[(int) keys[v]] = v;
                } else {
                    sparse.put(keys[v], v);
                }
            }
        }
        return new LongIntMap(dense, sparse);
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        if (dense != null) {
            return key >= 0 && key < dense.length ? dense[(int) key] : -1;
        }
        return sparse.get(key);
    }
}
