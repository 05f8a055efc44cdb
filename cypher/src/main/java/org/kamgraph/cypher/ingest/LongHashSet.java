package org.kamgraph.cypher.ingest;

/**
 * An open-addressing set of 64-bit hashes, about 16 bytes per entry, for spotting possible duplicate
 * relationships among tens of millions of rows without boxing. A hit means "maybe seen"; callers treat it
 * as a reason to take the exact (slower) path, never as proof.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] table = new long[1 << 16];
    private int size;
    private boolean hasZero;

    /** Adds {@code value}; returns false if it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    /** 64-bit FNV-1a over the given strings, with a separator between them. */
    static long hash(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h ^= p.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
