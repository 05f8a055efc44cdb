package org.kamgraph.cypher.ingest;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.EnumMap;
import java.util.Map;
import org.kamgraph.model.NodeKind;

/**
 * The ids of an import's valid node rows per id space, each with where it was first defined (input and line) and
 * whether it is a Clinician, packed into one primitive long; ids of the form {@code NPI-<10 digits>} (the national NPI
 * registry's millions) are kept as numbers, not strings. About 25 bytes an NPI id, against some 170 for a map of
 * records: the NPI registry's 7 million clinicians fit in a small heap.
 */
final class NodeIds {
    static final long ABSENT = -1;
    private static final long CLINICIAN = 1L << 62;
    private static final int LINE_BITS = 46;

    private final Map<NodeKind, Long2LongOpenHashMap> npis = new EnumMap<>(NodeKind.class);
    private final Map<NodeKind, Object2LongOpenHashMap<String>> others = new EnumMap<>(NodeKind.class);

    /** Where {@code id} was first defined ({@link #input}, {@link #line}, {@link #clinician}), or {@link #ABSENT}. */
    long get(NodeKind space, String id) {
        long npi = npi(id);
        if (npi >= 0) {
            Long2LongOpenHashMap m = npis.get(space);
            return m == null ? ABSENT : m.get(npi);
        }
        Object2LongOpenHashMap<String> m = others.get(space);
        return m == null ? ABSENT : m.getLong(id);
    }

    void put(NodeKind space, String id, int input, long line, boolean clinician) {
        long packed = ((long) input << LINE_BITS) | line | (clinician ? CLINICIAN : 0);
        long npi = npi(id);
        if (npi >= 0) {
            npis.computeIfAbsent(space, k -> absentByDefault(new Long2LongOpenHashMap())).put(npi, packed);
        } else {
            others.computeIfAbsent(space, k -> absentByDefault(new Object2LongOpenHashMap<>())).put(id, packed);
        }
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

    private static Long2LongOpenHashMap absentByDefault(Long2LongOpenHashMap m) {
        m.defaultReturnValue(ABSENT);
        return m;
    }

    private static Object2LongOpenHashMap<String> absentByDefault(Object2LongOpenHashMap<String> m) {
        m.defaultReturnValue(ABSENT);
        return m;
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
