package org.kamgraph.cypher.ingest;

/**
 * A map from NPIs (ten digits: below 10^10 < 2^34) to values of 30 bits, for the national registry's millions: open
 * addressing with linear probing over ONE long a slot, {@code (npi + 1) << 30 | value} (0 is a free slot), so a look-up
 * reads one place in memory; filled up to {@link CompactLongIntMap#MAX_LOAD} and grown as {@link CompactLongIntMap}
 * grows, with a table of any size. 7 million NPIs take 8.75 to 10.7 million slots: 67 to 82 MB. Not thread-safe; no
 * removal.
 */
public final class NpiMap {
    public static final int VALUE_BITS = 30;
    /** The largest value a slot holds. */
    public static final int MAX_VALUE = (1 << VALUE_BITS) - 1;
    private static final long VALUE_MASK = MAX_VALUE;
    private static final long MAX_NPI = 9_999_999_999L;

    private long[] slots = new long[16];
    private int size;
    private int maxFill = 12;
    private final int missing;

    /** @param missing what {@link #get} returns for an NPI not in the map */
    public NpiMap(int missing) {
        this.missing = missing;
    }

    /** Whether {@code npi} can be a key: ten digits at most. */
    public static boolean fits(long npi) {
        return npi >= 0 && npi <= MAX_NPI;
    }

    public int get(long npi) {
        long key = npi + 1;
        long[] t = slots;
        int i = slot(npi, t.length);
        while (true) {
            long x = t[i];
            if (x >>> VALUE_BITS == key) {
                return (int) (x & VALUE_MASK);
            }
            if (x == 0) {
                return missing;
            }
            if (++i == t.length) {
                i = 0;
            }
        }
    }

    /** Sets the value of {@code npi} (0 to {@link #MAX_VALUE}); returns the previous one, or the missing value. */
    public int put(long npi, int value) {
        if (!fits(npi) || value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("NPI " + npi + " or value " + value + " out of range");
        }
        long key = npi + 1;
        long[] t = slots;
        int i = slot(npi, t.length);
        while (true) {
            long x = t[i];
            if (x >>> VALUE_BITS == key) {
                t[i] = key << VALUE_BITS | value;
                return (int) (x & VALUE_MASK);
            }
            if (x == 0) {
                t[i] = key << VALUE_BITS | value;
                if (++size > maxFill) {
                    grow();
                }
                return missing;
            }
            if (++i == t.length) {
                i = 0;
            }
        }
    }

    public int size() {
        return size;
    }

    /** The bytes of the table. */
    public long bytes() {
        return slots.length * 8L;
    }

    private void grow() {
        long[] old = slots;
        long grown = Math.min(Integer.MAX_VALUE - 8, CompactLongIntMap.grown(old.length));
        if (grown <= old.length) {
            throw new IllegalStateException("more than " + maxFill + " NPIs");
        }
        long[] t = new long[(int) grown];
        for (long x : old) {
            if (x != 0) {
                int i = slot((x >>> VALUE_BITS) - 1, t.length);
                while (t[i] != 0) {
                    if (++i == t.length) {
                        i = 0;
                    }
                }
                t[i] = x;
            }
        }
        slots = t;
        maxFill = (int) Math.min(grown - 1, (long) (grown * CompactLongIntMap.MAX_LOAD));
    }

    /** The home slot: the NPI's bits mixed, mapped onto the table by multiplication. */
    private static int slot(long npi, int capacity) {
        long h = npi * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 29;
        return (int) (((h >>> 32) * capacity) >>> 32);
    }
}
