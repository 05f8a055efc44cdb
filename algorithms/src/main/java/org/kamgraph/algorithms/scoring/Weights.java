package org.kamgraph.algorithms.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each component counts. Weights are non-negative, finite, at most 100, and not all zero; they are
 * used relative to their sum, so (35, 15, 20, 15, 15) and (0.35, 0.15, 0.2, 0.15, 0.15) score alike.
 */
public record Weights(double spend, double growth, double influence, double access, double coverage) {
    /** The defaults: potential first, then reach, access, coverage and growth. See docs/KEY_ACCOUNTS.md. */
    public static final Weights DEFAULTS = new Weights(0.35, 0.15, 0.20, 0.15, 0.15);
    static final double MAX = 100;

    public Weights {
        check("spend", spend);
        check("growth", growth);
        check("influence", influence);
        check("access", access);
        check("coverage", coverage);
        if (spend + growth + influence + access + coverage <= 0) {
            throw new InvalidScoringException("weights", "at least one weight must be above 0");
        }
    }

    private static void check(String name, double w) {
        if (!Double.isFinite(w) || w < 0 || w > MAX) {
            throw new InvalidScoringException("weights." + name, "must be a number between 0 and " + (int) MAX + ", was " + w);
        }
    }

    public double raw(Component c) {
        return switch (c) {
            case SPEND -> spend;
            case GROWTH -> growth;
            case INFLUENCE -> influence;
            case ACCESS -> access;
            case COVERAGE -> coverage;
        };
    }

    /** The weight of a component relative to the sum of all weights (the weights actually applied). */
    public double effective(Component c) {
        return raw(c) / (spend + growth + influence + access + coverage);
    }

    public Map<Component, Double> effective() {
        Map<Component, Double> m = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            m.put(c, effective(c));
        }
        return m;
    }
}
