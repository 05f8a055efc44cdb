package org.kamgraph.demo;

/**
 * What demo market to generate: a seed (same seed and scale, byte-identical files) and a scale.
 *
 * <p>At scale 1 the market is one US-state-sized region with 3-4 sales territories: about 25,000 nodes (40 IDNs,
 * 150 hospitals, 300 clinics, 3,000 pharmacies, 20,000 people, our 40-strong field team, 30 products, 60 decisions,
 * 40 initiatives) and about 400,000 relationships. Larger scales add regions (one per unit of scale, each of
 * {@code scale / regions} size), so counts of organizations, people and edges grow about linearly, while products,
 * PBMs, the big wholesalers and the national payers stay fixed. Scales below 1 shrink the single region.
 *
 * @param seed  any number; all randomness derives from it
 * @param scale size factor, greater than 0 and at most {@value #MAX_SCALE}
 */
public record DemoMarketSpec(long seed, double scale) {
    /** Largest scale accepted (about 2.5 times the national market). */
    public static final double MAX_SCALE = 120;

    /** The seed of the regional and national demo markets. */
    public static final long DEFAULT_SEED = 42;

    /** Checks the scale. */
    public DemoMarketSpec {
        if (!(scale > 0) || scale > MAX_SCALE || Double.isNaN(scale)) {
            throw new IllegalArgumentException("scale must be greater than 0 and at most " + MAX_SCALE + ", was " + scale);
        }
    }

    /**
     * One region (seed 42, scale 1): about 25k nodes and 400k relationships, generated in a second or two.
     *
     * @return the regional demo market
     */
    public static DemoMarketSpec regional() {
        return new DemoMarketSpec(DEFAULT_SEED, 1);
    }

    /**
     * The national market for benchmarks (seed 42, scale 50: 50 state-sized regions): about 1.2 million nodes and 20 million
     * relationships (1.5 GB of CSV), generated in well under a minute.
     *
     * @return the national benchmark market
     */
    public static DemoMarketSpec national() {
        return new DemoMarketSpec(DEFAULT_SEED, Market.NATIONAL_SCALE);
    }
}
