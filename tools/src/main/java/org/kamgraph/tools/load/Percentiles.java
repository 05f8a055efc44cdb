package org.kamgraph.tools.load;

import java.util.Arrays;
import java.util.List;

/** Latency percentiles over sorted samples (nearest rank), for the latency and load reports. */
final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile (0-100] of {@code sorted} nanoseconds, in milliseconds; NaN when there are none. */
    static double millis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The parts in one sorted array. */
    static long[] merge(List<long[]> parts) {
        long[] out = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int i = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        Arrays.sort(out);
        return out;
    }
}
