package org.kamgraph.tools.published;

/**
 * Values as functions of (seed, stream, index) (SplitMix64), so that every file says the same of one entity whatever
 * order or size it is written in: a clinician's state in the Part D file is the state the NPPES file gives the same NPI.
 * Also a small sequential generator for the rows of one entity.
 */
final class Hash {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    private Hash(long state) {
        this.state = state;
    }

    /** A generator keyed on (seed, stream, index). */
    static Hash of(long seed, long stream, long index) {
        return new Hash(key(seed, stream, index));
    }

    static long key(long seed, long stream, long index) {
        return mix(mix(seed ^ 0x5DEECE66DL) + mix(stream * GOLDEN + 0x632BE59BD9B4E019L) * 31 + index * 0xD1B54A32D192ED03L);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Re-keys this generator. */
    Hash reset(long seed, long stream, long index) {
        state = key(seed, stream, index);
        return this;
    }

    long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** A standard normal deviate (Box-Muller, StrictMath: the same on every JVM). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** A log-normal deviate with this median and log-scale sigma. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** An index by cumulative weights (ascending, last = total). */
    int weighted(double[] cumulative) {
        double x = nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            c[i] = s;
        }
        return c;
    }
}
