package org.kamgraph.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo market to generate: a seed, a scale and the day the market is generated on ("today"). The same seed,
 * scale and today give byte-identical files; the generator never reads the clock.
 *
 * <p>At scale 1 the market is one US-state-sized region with 3-4 sales territories: about 24,000 nodes (40 IDNs,
 * 150 hospitals, 300 clinics, 3,000 pharmacies, 20,000 people, our 40-strong field team, 30 products, 60 decisions,
 * 40 initiatives) and about 360,000 relationships. Larger scales add regions (one per unit of scale, each of
 * {@code scale / regions} size), so counts of organizations, people and edges grow about linearly, while products,
 * PBMs, the big wholesalers and the national payers stay fixed. Scales below 1 shrink the single region.
 *
 * <p>Today anchors every date: open decisions fall due in the months after it, past ones before it, positions and
 * contracts began before it. The calendar years the market is laid out in (launches, contract years) move with it
 * by whole years, so a market generated in 2028 looks like one generated in 2026, two years later.
 *
 * @param seed  any number; all randomness derives from it
 * @param scale size factor, greater than 0 and at most {@value #MAX_SCALE}
 * @param today the generation date: the service passes the real date, tests and benchmarks a fixed one
 */
public record DemoMarketSpec(long seed, double scale, LocalDate today) {
    /** Largest scale accepted (about 2.5 times the national market). */
    public static final double MAX_SCALE = 120;

    /** The seed of the regional and national demo markets. */
    public static final long DEFAULT_SEED = 42;

    /** The fixed date of markets built without a date (tests, benchmarks): the day the market was designed on. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 22);

    /** Checks the scale and the date. */
    public DemoMarketSpec {
        if (!(scale > 0) || scale > MAX_SCALE || Double.isNaN(scale)) {
            throw new IllegalArgumentException("scale must be greater than 0 and at most " + MAX_SCALE + ", was " + scale);
        }
        Objects.requireNonNull(today, "today");
        if (today.getYear() < 2000 || today.getYear() > 2100) {
            throw new IllegalArgumentException("today must lie in the years 2000 to 2100, was " + today);
        }
    }

    /**
     * A market as of {@link #REFERENCE_DATE}, so that its files never depend on the clock.
     *
     * @param seed  any number
     * @param scale size factor
     */
    public DemoMarketSpec(long seed, double scale) {
        this(seed, scale, REFERENCE_DATE);
    }

    /**
     * One region (seed 42, scale 1, as of {@link #REFERENCE_DATE}): about 24k nodes and 360k relationships,
     * generated in a second or two.
     *
     * @return the regional demo market
     */
    public static DemoMarketSpec regional() {
        return new DemoMarketSpec(DEFAULT_SEED, 1);
    }

    /**
     * The national market for benchmarks (seed 42, scale 50: 50 state-sized regions, as of
     * {@link #REFERENCE_DATE}): about 1.2 million nodes and 20 million relationships (1.5 GB of CSV), generated in
     * well under a minute.
     *
     * @return the national benchmark market
     */
    public static DemoMarketSpec national() {
        return new DemoMarketSpec(DEFAULT_SEED, Market.NATIONAL_SCALE);
    }
}
