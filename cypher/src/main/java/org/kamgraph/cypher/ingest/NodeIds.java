package org.kamgraph.cypher.ingest;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.kamgraph.model.NodeKind;

/**
 * The ids of an import's valid node rows per id space, in one structure: each id gets the next node number (0, 1, 2,
 * ...: for a new store, the store's node id) and keeps whether it is a Clinician; by number, a side array keeps where
 * the id was first defined (input and line). Ids of the form {@code NPI-<10 digits>} (the national NPI registry's
 * millions) are kept as numbers, not strings, in a table per id space whose every slot is one long holding the NPI, the
 * node number and the flag (one memory access a lookup): 10 bytes an NPI id in the table at its fullest, 8 in the side
 * array, about 130 MB for 7 million; other ids in a map of strings per id space.
 */
final class NodeIds {
    static final long ABSENT = -1;
    private static final long CLINICIAN = 1L << 62;
    private static final int LINE_BITS = 46;
    /** Node numbers and the Clinician flag share an int ({@code number << 1 | clinician}) and 30 bits of a slot. */
    static final int MAX_NODES = 1 << 29;
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final Map<NodeKind, NpiTable> npis = new EnumMap<>(NodeKind.class);
    private final Map<NodeKind, Object2IntOpenHashMap<String>> others = new EnumMap<>(NodeKind.class);
    /** By node number: where it was first defined, packed ({@link #input}, {@link #line}, {@link #clinician}). */
    private long[][] where = new long[0][];
    private int size;

    /** The node's entry ({@link #entryNumber} and {@link #entryClinician}), or -1 when the id is not defined. */
    int find(NodeKind space, String id) {
        long npi = npi(id);
        if (npi >= 0) {
            NpiTable t = npis.get(space);
            return t == null ? -1 : t.get(npi);
        }
        Object2IntOpenHashMap<String> m = others.get(space);
        return m == null ? -1 : m.getInt(id);
    }

    static int entryNumber(int entry) {
        return entry >>> 1;
    }

    static boolean entryClinician(int entry) {
        return (entry & 1) != 0;
    }

    /** Where the node of this entry was first defined ({@link #input}, {@link #line}, {@link #clinician}). */
    long where(int entry) {
        int n = entryNumber(entry);
        return where[n >>> CHUNK_BITS][n & (CHUNK - 1)];
    }

    /** Where {@code id} was first defined ({@link #input}, {@link #line}, {@link #clinician}), or {@link #ABSENT}. */
    long get(NodeKind space, String id) {
        int entry = find(space, id);
        return entry < 0 ? ABSENT : where(entry);
    }

    /** Defines an id not defined yet; returns its node number, the next one. */
    int put(NodeKind space, String id, int input, long line, boolean clinician) {
        if (size >= MAX_NODES) {
            throw new IllegalStateException("an import of more than " + MAX_NODES + " nodes");
        }
        int number = size++;
        int entry = number << 1 | (clinician ? 1 : 0);
        long npi = npi(id);
        if (npi >= 0) {
            npis.computeIfAbsent(space, k -> new NpiTable()).put(npi, entry);
        } else {
            others.computeIfAbsent(space, k -> {
                Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
                m.defaultReturnValue(-1);
                return m;
            }).put(id, entry);
        }
        int chunk = number >>> CHUNK_BITS;
        int offset = number & (CHUNK - 1);
        if (chunk == where.length) {
            where = Arrays.copyOf(where, chunk + 1);
            where[chunk] = new long[chunk == 0 ? 1024 : CHUNK];
        } else if (offset == where[chunk].length) { // the first chunk grows up to a whole one (small imports stay small)
            where[chunk] = Arrays.copyOf(where[chunk], Math.min(CHUNK, offset * 2));
        }
        where[chunk][offset] = ((long) input << LINE_BITS) | line | (clinician ? CLINICIAN : 0);
        return number;
    }

    /** How many ids are defined. */
    int size() {
        return size;
    }

    /** The bytes held, roughly (for the log and tests). */
    long footprint() {
        return npis.values().stream().mapToLong(t -> t.slots.length * 8L).sum() + Arrays.stream(where).mapToLong(c -> c.length * 8L).sum()
                + others.values().stream().mapToLong(m -> m.size() * 80L).sum();
    }

    static int input(long packed) {
        return (int) ((packed & ~CLINICIAN) >>> LINE_BITS);
    }

    static long line(long packed) {
        return packed & ((1L << LINE_BITS) - 1);
    }

    static boolean clinician(long packed) {
        return (packed & CLINICIAN) != 0;
    }

    /**
     * NPI ids of one id space: open addressing with linear probing over longs, each slot {@code (npi + 1) << 30 | entry}
     * (npi + 1 below 2^34, the entry in 30 bits; 0 is a free slot), filled up to 0.8 and grown as
     * {@link CompactLongIntMap} grows, of any size.
     */
    private static final class NpiTable {
        private static final int ENTRY_BITS = 30;
        private static final long ENTRY_MASK = (1L << ENTRY_BITS) - 1;
        long[] slots = new long[16];
        private int size;
        private int maxFill = 12;

        int get(long npi) {
            long key = npi + 1;
            long[] t = slots;
            int i = slot(npi, t.length);
            while (true) {
                long x = t[i];
                if (x >>> ENTRY_BITS == key) {
                    return (int) (x & ENTRY_MASK);
                }
                if (x == 0) {
                    return -1;
                }
                if (++i == t.length) {
                    i = 0;
                }
            }
        }

        /** Adds an NPI not in the table yet. */
        void put(long npi, int entry) {
            insert(slots, (npi + 1) << ENTRY_BITS | entry);
            if (++size > maxFill) {
                long[] old = slots;
                long grown = Math.min(Integer.MAX_VALUE - 8, CompactLongIntMap.grown(old.length));
                if (grown <= old.length) {
                    throw new IllegalStateException("too many NPI ids");
                }
                slots = new long[(int) grown];
                maxFill = (int) Math.min(grown - 1, (long) (grown * CompactLongIntMap.MAX_LOAD));
                for (long x : old) {
                    if (x != 0) {
                        insert(slots, x);
                    }
                }
            }
        }

        private static void insert(long[] t, long value) {
            int i = slot((value >>> ENTRY_BITS) - 1, t.length);
            while (t[i] != 0) {
                if (++i == t.length) {
                    i = 0;
                }
            }
            t[i] = value;
        }

        private static int slot(long npi, int capacity) {
            long h = npi * 0x9E3779B97F4A7C15L;
            h ^= h >>> 32;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 29;
            return (int) (((h >>> 32) * capacity) >>> 32);
        }
    }

    /** The number of an id {@code NPI-} and ten digits, else -1. */
    private static long npi(String id) {
        if (id.length() != 14 || !id.startsWith("NPI-")) {
            return -1;
        }
        long n = 0;
        for (int i = 4; i < 14; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
