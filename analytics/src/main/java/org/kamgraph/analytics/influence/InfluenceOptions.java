package org.kamgraph.analytics.influence;

import org.kamgraph.cypher.BadInputException;

/** Tuning of the walk, checked here so that a bad value names its argument. */
public record InfluenceOptions(double dampingFactor, int maxIterations, double tolerance, double defaultStrength) {
    public static final InfluenceOptions DEFAULTS = new InfluenceOptions(0.85, 100, 1e-6, 0.5);

    public InfluenceOptions {
        if (!(dampingFactor > 0 && dampingFactor < 1)) {
            throw new BadInputException("options.dampingFactor", "must be in (0, 1), was " + dampingFactor);
        }
        if (maxIterations < 1 || maxIterations > 10_000) {
            throw new BadInputException("options.maxIterations", "must be between 1 and 10000, was " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new BadInputException("options.tolerance", "must be in (0, 1), was " + tolerance);
        }
        if (!(defaultStrength > 0 && defaultStrength <= 1)) {
            throw new BadInputException("options.defaultStrength", "must be in (0, 1], was " + defaultStrength);
        }
    }
}
