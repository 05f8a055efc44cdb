package org.kamgraph.demo;

import java.util.List;

/**
 * A small, fast, fully specified pseudo-random generator (SplitMix64), so that the demo market is byte-identical
 * for a given seed on every JDK and CPU. Floating-point helpers use {@link StrictMath}, whose results are fixed by
 * the Java specification (unlike {@link Math}, which may use intrinsics).
 *
 * <p>Besides a sequential stream, a generator can be {@linkplain #reset(long, long, long) re-keyed} on
 * (seed, stream, index): every node's edges then come from their own sub-stream, independent of the order in which
 * other nodes were processed.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    Rng(long seed) {
        this.state = mix(seed);
    }

    /** A generator for sub-stream {@code index} of {@code stream} under {@code seed}. */
    static Rng of(long seed, long stream, long index) {
        return new Rng(0).reset(seed, stream, index);
    }

    /** Re-keys this generator on (seed, stream, index); cheaper than allocating a new one per node. */
    Rng reset(long seed, long stream, long index) {
        state = mix(mix(seed ^ 0x5DEECE66DL) + mix(stream * GOLDEN + 0x632BE59BD9B4E019L) * 31 + index * 0xD1B54A32D192ED03L);
        return this;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, bound); bound must be positive. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box-Muller, one value per call so that streams stay simple). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal with the given median and log-scale sigma. */
    double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Pareto with scale {@code xm} (the minimum) and shape {@code alpha}: heavy-tailed for small alpha. */
    double pareto(double xm, double alpha) {
        return xm / StrictMath.pow(1.0 - nextDouble(), 1.0 / alpha);
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    /** Poisson with a small mean (Knuth); large means fall back to a rounded normal. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double l = StrictMath.exp(-mean);
        int k = 0;
        double p = 1.0;
        do {
            k++;
            p *= nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** A number in [0, 1] leaning towards {@code mode} (triangular-like, sum of two uniforms). */
    double around(double mode, double spread) {
        double x = mode + spread * (nextDouble() + nextDouble() - 1.0);
        return Math.min(1.0, Math.max(0.0, x));
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    int pick(int[] values) {
        return values[nextInt(values.length)];
    }

    /** An index drawn with the given non-negative weights (at least one positive). */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no positive weight");
    }
}
