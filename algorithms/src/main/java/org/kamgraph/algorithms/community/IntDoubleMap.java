package org.kamgraph.algorithms.community;

import java.util.Arrays;

/**
 * A map from non-negative int keys to doubles: open addressing with linear probing and backward-shift deletion (no
 * tombstones), load at most 1/2, no boxing. One per community row of {@link GreedyModularity}, whose rows shrink
 * and grow as communities merge. Iterate with {@link #capacity()}, {@link #keyAt} (−1 for an empty slot) and
 * {@link #valueAt}; {@link #put} of a key already present does not move any entry, so it is safe while iterating.
 */
final class IntDoubleMap {
    private int[] keys;
    private double[] values;
    private int size;
    private int mask;
    private int shift;

    IntDoubleMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, -1);
        values = new double[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    int size() {
        return size;
    }

    int capacity() {
        return keys.length;
    }

    int keyAt(int slot) {
        return keys[slot];
    }

    double valueAt(int slot) {
        return values[slot];
    }

    private int home(int key) {
        return (key * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top log2(capacity) bits of the product
    }

    /** The slot holding {@code key}, or -1. */
    private int find(int key) {
        for (int i = home(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return i;
            }
            if (k < 0) {
                return -1;
            }
        }
    }

    boolean containsKey(int key) {
        return find(key) >= 0;
    }

    /** The value of {@code key}, or NaN if absent. */
    double get(int key) {
        int i = find(key);
        return i < 0 ? Double.NaN : values[i];
    }

    void put(int key, double value) {
        int i = home(key);
        while (keys[i] >= 0) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    void remove(int key) {
        int i = find(key);
        if (i < 0) {
            return;
        }
        size--;
        // Shift later entries of the probe run back into the hole unless that would move them before their home.
        for (int j = (i + 1) & mask; keys[j] >= 0; j = (j + 1) & mask) {
            int h = home(keys[j]);
            if (((j - h) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = -1;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        values = new double[keys.length];
        mask = keys.length - 1;
        shift--;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
