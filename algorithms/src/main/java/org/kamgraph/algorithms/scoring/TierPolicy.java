package org.kamgraph.algorithms.scoring;

/**
 * How scores become tiers, walking accounts from the highest score down: KEY while fewer than {@code maxKey}
 * accounts are key and the score reaches {@code minKeyScore}; STRATEGIC likewise with {@code maxStrategic} and
 * {@code minStrategicScore}; MAINTAIN from {@code minMaintainScore}; NOT_TARGETED below. The caps hold whatever the
 * scores: when every account is key, none is.
 */
public record TierPolicy(int maxKey, int maxStrategic, double minKeyScore, double minStrategicScore, double minMaintainScore) {
    public static final TierPolicy DEFAULTS = new TierPolicy(10, 25, 0.45, 0.3, 0.15);
    public static final int MAX_CAP = 100_000;

    public TierPolicy {
        if (maxKey < 0 || maxKey > MAX_CAP) {
            throw new InvalidScoringException("tiers.maxKey", "must be between 0 and " + MAX_CAP + ", was " + maxKey);
        }
        if (maxStrategic < 0 || maxStrategic > MAX_CAP) {
            throw new InvalidScoringException("tiers.maxStrategic", "must be between 0 and " + MAX_CAP + ", was " + maxStrategic);
        }
        unit("tiers.minKeyScore", minKeyScore);
        unit("tiers.minStrategicScore", minStrategicScore);
        unit("tiers.minMaintainScore", minMaintainScore);
        if (minStrategicScore > minKeyScore) {
            throw new InvalidScoringException("tiers.minStrategicScore", "must not be above minKeyScore (" + minKeyScore + "), was " + minStrategicScore);
        }
        if (minMaintainScore > minStrategicScore) {
            throw new InvalidScoringException("tiers.minMaintainScore", "must not be above minStrategicScore (" + minStrategicScore + "), was " + minMaintainScore);
        }
    }

    private static void unit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidScoringException(field, "must be between 0 and 1, was " + v);
        }
    }
}
