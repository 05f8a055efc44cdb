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
 * millions) are kept as numbers, not strings, in an {@link NpiMap} per id space, whose every slot is one long holding
 * the NPI, the node number and the flag (one memory access a look-up): 10 bytes an NPI id in the table at its fullest, 8 in the side
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

    private final Map<NodeKind, NpiMap> npis = new EnumMap<>(NodeKind.class);
    private final Map<NodeKind, Object2IntOpenHashMap<String>> others = new EnumMap<>(NodeKind.class);
    /** By node number: where it was first defined, packed ({@link #input}, {@link #line}, {@link #clinician}). */
    private long[][] where = new long[0][];
    private int size;

    /** The node's entry ({@link #entryNumber} and {@link #entryClinician}), or -1 when the id is not defined. */
    int find(NodeKind space, String id) {
        long npi = npi(id);
        if (npi >= 0) {
            NpiMap t = npis.get(space);
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
            npis.computeIfAbsent(space, k -> new NpiMap(-1)).put(npi, entry);
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
        return npis.values().stream().mapToLong(NpiMap::bytes).sum() + Arrays.stream(where).mapToLong(c -> c.length * 8L).sum()
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
