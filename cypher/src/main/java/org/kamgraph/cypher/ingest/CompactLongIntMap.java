package org.kamgraph.cypher.ingest;

/**
 * A map from long keys to int values for millions of entries in little memory: open addressing with linear probing
 * over two primitive arrays (12 bytes a slot), filled up to {@link #MAX_LOAD} and grown by half (by a quarter from a
 * million slots), with a table of any size, not rounded up to a power of two as fastutil's maps are: at 7 million keys
 * those take 2^24 slots (201 MB at 12 bytes a slot), this takes 8.75 to 10.7 million (105 to 122 MB). Not
 * thread-safe; no removal.
 */
public final class CompactLongIntMap {
    /** The fill at which the table grows by half (after growing by a quarter it is 0.64). */
    static final double MAX_LOAD = 0.8;
    private static final int MIN_CAPACITY = 16;

    private long[] keys;
    private int[] values;
    /** Key 0 marks a free slot: the entry of key 0 is kept apart. */
    private boolean hasZero;
    private int zeroValue;
    private int size;
    private int maxFill;
    private final int missing;

    /** @param missing what {@link #get} returns for an absent key */
    public CompactLongIntMap(int missing) {
        this(missing, MIN_CAPACITY);
    }

    /** @param expected how many entries are expected (the table is sized for them at once) */
    public CompactLongIntMap(int missing, int expected) {
        this.missing = missing;
        allocate(Math.max(MIN_CAPACITY, (int) Math.min(Integer.MAX_VALUE - 8, (long) Math.ceil(expected / MAX_LOAD) + 1)));
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        maxFill = (int) Math.min(capacity - 1L, (long) (capacity * MAX_LOAD));
    }

    public int size() {
        return size;
    }

    /** The slots of the table (its memory is 12 bytes a slot). */
    public int capacity() {
        return keys.length;
    }

    /** The value of {@code key}, or the missing value given to the constructor. */
    public int get(long key) {
        if (key == 0) {
            return hasZero ? zeroValue : missing;
        }
        long[] k = keys;
        int i = slot(key, k.length);
        while (true) {
            long x = k[i];
            if (x == key) {
                return values[i];
            }
            if (x == 0) {
                return missing;
            }
            if (++i == k.length) {
                i = 0;
            }
        }
    }

    /** Sets the value of {@code key}; returns the previous one, or the missing value. */
    public int put(long key, int value) {
        if (key == 0) {
            int was = hasZero ? zeroValue : missing;
            if (!hasZero) {
                hasZero = true;
                size++;
            }
            zeroValue = value;
            return was;
        }
        long[] k = keys;
        int i = slot(key, k.length);
        while (true) {
            long x = k[i];
            if (x == key) {
                int was = values[i];
                values[i] = value;
                return was;
            }
            if (x == 0) {
                k[i] = key;
                values[i] = value;
                if (++size > maxFill) {
                    grow();
                }
                return missing;
            }
            if (++i == k.length) {
                i = 0;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        long wanted = grown(oldKeys.length);
        if (wanted > Integer.MAX_VALUE - 8) {
            if (oldKeys.length >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + maxFill + " keys");
            }
            wanted = Integer.MAX_VALUE - 8;
        }
        allocate((int) wanted);
        long[] k = keys;
        int[] v = values;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != 0) {
                int i = slot(key, k.length);
                while (k[i] != 0) {
                    if (++i == k.length) {
                        i = 0;
                    }
                }
                k[i] = key;
                v[i] = oldValues[j];
            }
        }
    }

    /** A table's next size: half again while small, a quarter again from a million slots (less to spare when big). */
    static long grown(int capacity) {
        return capacity + (long) (capacity >= 1 << 20 ? capacity >> 2 : capacity >> 1);
    }

    /** The home slot of a key: its bits mixed (MurmurHash3's finalizer), mapped onto the table by multiplication. */
    private static int slot(long key, int capacity) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (((h >>> 32) * capacity) >>> 32);
    }
}
