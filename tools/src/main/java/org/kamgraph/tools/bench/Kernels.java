package org.kamgraph.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;

/**
 * The pure parts of the benchmark: the memory-streaming floor of a PageRank iteration, the same pull without
 * PageRank's bookkeeping, medians, and heap and array sizes.
 */
public final class Kernels {
    private Kernels() {
    }

    /** Sink for kernel results, so that the JIT cannot drop the loops. */
    public static volatile double blackhole;

    /** The in-adjacency of a {@link CompactGraph} as plain arrays: offsets (n + 1), sources and weights (one per arc). */
    public record Csr(int[] offsets, int[] sources, double[] weights) {
        public static Csr in(CompactGraph g) {
            int n = g.vertexCount();
            int[] offsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                offsets[v] = g.inStart(v);
            }
            offsets[n] = n == 0 ? 0 : g.inEnd(n - 1);
            return new Csr(offsets, g.inSources(), g.inWeights());
        }

        public int n() {
            return offsets.length - 1;
        }

        /** Bytes one PageRank iteration must at least move: the three CSR arrays once, one score array read, one written. */
        public long bytesPerIteration() {
            return 4L * offsets.length + 4L * sources.length + 8L * weights.length + 8L * n() + 8L * n();
        }
    }

    /**
     * The memory-streaming floor of one iteration: reads offsets, sources and weights once, front to back, reads
     * one score array and writes the other, with no gather and no dependency chain longer than four adds (the
     * loops vectorize or pipeline): the time that moving {@link Csr#bytesPerIteration()} bytes takes.
     *
     * @return a checksum (so the work cannot be elided)
     */
    public static double streamingFloor(Csr csr, double[] x, double[] next) {
        int[] offsets = csr.offsets;
        int[] sources = csr.sources;
        double[] w = csr.weights;
        long o = 0;
        for (int v = 0; v < offsets.length; v++) {
            o += offsets[v];
        }
        long s = 0;
        for (int i = 0; i < sources.length; i++) {
            s += sources[i];
        }
        double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
        int m = w.length;
        int i = 0;
        for (; i + 3 < m; i += 4) {
            w0 += w[i];
            w1 += w[i + 1];
            w2 += w[i + 2];
            w3 += w[i + 3];
        }
        for (; i < m; i++) {
            w0 += w[i];
        }
        int n = x.length;
        for (int v = 0; v < n; v++) {
            next[v] = 0.85 * x[v] + 0.15;
        }
        return o + s + w0 + w1 + w2 + w3 + next[n > 0 ? n - 1 : 0];
    }

    /**
     * PageRank's pull alone: for each vertex, the sum of {@code x[source] * weight} over its in-arcs (a gather,
     * random reads of {@code x}), written to {@code next}; no dangling mass, teleport or convergence test.
     */
    public static double pull(Csr csr, double[] x, double[] next) {
        int[] offsets = csr.offsets;
        int[] sources = csr.sources;
        double[] w = csr.weights;
        int n = x.length;
        double total = 0;
        for (int v = 0; v < n; v++) {
            double sum = 0;
            int end = offsets[v + 1];
            for (int i = offsets[v]; i < end; i++) {
                sum += x[sources[i]] * w[i];
            }
            next[v] = 0.85 * sum + 0.15;
            total += next[v];
        }
        return total;
    }

    /** Median of the values (the mean of the two middle ones for an even count). */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }

    /** Heap in use after several full collections (System.gc() with ParallelGC is a full collection). */
    public static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (i >= 1 && Math.abs(last - used) < (1 << 20)) {
                return used;
            }
            last = used;
        }
        return last;
    }

    /**
     * The bytes of the primitive arrays reachable from {@code root} through fields of objects whose class is in a
     * package starting with one of {@code packagePrefixes} (array headers of 16 bytes included; object headers and
     * references not): the arithmetic size of a CSR structure.
     */
    public static long primitiveArrayBytes(Object root, String... packagePrefixes) {
        return walk(root, packagePrefixes, new IdentityHashMap<>());
    }

    private static boolean inPackages(Class<?> c, String[] prefixes) {
        for (String p : prefixes) {
            if (c.getName().startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static long walk(Object o, String[] prefix, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return 0;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            Class<?> t = c.getComponentType();
            int len = Array.getLength(o);
            if (t.isPrimitive()) {
                int size = t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                        : t == short.class || t == char.class ? 2 : 1;
                return 16 + (long) size * len;
            }
            long sum = 0;
            for (int i = 0; i < len; i++) {
                Object e = Array.get(o, i);
                if (e != null && inPackages(e.getClass(), prefix)) {
                    sum += walk(e, prefix, seen);
                }
            }
            return sum;
        }
        if (!inPackages(c, prefix)) {
            return 0;
        }
        long sum = 0;
        for (Class<?> k = c; k != null && inPackages(k, prefix); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    sum += walk(f.get(o), prefix, seen);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not accessible: not counted
                }
            }
        }
        return sum;
    }

    /** Arithmetic size of a {@link CompactGraph}: out- and in-adjacency, each offsets (n + 1 ints), neighbours (ints) and weights (doubles). */
    public static long compactBytes(CompactGraph g) {
        long n = g.vertexCount();
        long arcs = g.arcCount();
        return 2 * (4 * (n + 1) + 12 * arcs + 3 * 16);
    }
}
