package org.kamgraph.algorithms.paths;

/**
 * How an edge weight becomes the length of that edge for the shortest-path measures of this package
 * ({@link BetweennessCentrality}, {@link ClosenessCentrality}, {@link HarmonicCentrality}).
 *
 * <p>A path's length is the sum of the lengths of its edges, so a transform decides what "short" means:
 * <ul>
 *   <li>{@link #NONE}: every edge has length 1 and the weight is ignored; shortest paths are those with the fewest
 *       edges (breadth-first search).</li>
 *   <li>{@link #IDENTITY}: length = weight, for weights that already are costs or distances (weight ≥ 0).</li>
 *   <li>{@link #INVERSE}: length = 1 / weight, for weights that are strengths of ties (weight &gt; 0): a strong tie
 *       is a short hop.</li>
 *   <li>{@link #NEG_LOG}: length = −ln(weight), for weights that are probabilities of influence in (0, 1]. The
 *       length of a path is then −ln of the product of its probabilities, so the shortest path is the most probable
 *       chain of influence (assuming independent hops).</li>
 * </ul>
 *
 * <p>A weight outside the domain of its transform, NaN or infinite, is rejected with an
 * {@link IllegalArgumentException} naming the edge's endpoints and the weight. {@link #NONE} accepts any weight.
 *
 * <p>Lengths are computed with {@link StrictMath} so that they, and hence which paths tie as shortest, are the same
 * on every platform.
 */
public enum LengthTransform {
    /** Every edge has length 1; the weight is ignored (unweighted shortest paths, breadth-first search). */
    NONE {
        @Override
        public double length(int source, int target, double weight) {
            return 1.0;
        }
    },
    /** Length = weight; the weight must be finite and ≥ 0. */
    IDENTITY {
        @Override
        public double length(int source, int target, double weight) {
            if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
                throw invalid(source, target, weight, "a finite weight >= 0");
            }
            return weight;
        }
    },
    /** Length = 1 / weight; the weight must be finite and &gt; 0 (and not so small that 1 / weight overflows). */
    INVERSE {
        @Override
        public double length(int source, int target, double weight) {
            if (!(weight > 0) || weight == Double.POSITIVE_INFINITY || 1.0 / weight == Double.POSITIVE_INFINITY) {
                throw invalid(source, target, weight, "a finite weight > 0 with a finite inverse");
            }
            return 1.0 / weight;
        }
    },
    /**
     * Length = −ln(weight); the weight must be a probability in (0, 1]. A weight of exactly 1 (certain influence)
     * gives length 0.
     */
    NEG_LOG {
        @Override
        public double length(int source, int target, double weight) {
            if (!(weight > 0 && weight <= 1)) {
                throw invalid(source, target, weight, "a probability in (0, 1]");
            }
            return weight == 1.0 ? 0.0 : -StrictMath.log(weight);
        }
    };

    /**
     * The length of the edge from {@code source} to {@code target} with weight {@code weight}.
     *
     * @throws IllegalArgumentException if the weight is outside the domain of this transform
     */
    public abstract double length(int source, int target, double weight);

    /** Whether lengths depend on weights (everything but {@link #NONE}); unweighted measures use breadth-first search. */
    public boolean isWeighted() {
        return this != NONE;
    }

    /** The exception for a weight outside this transform's domain, naming the edge and the weight. */
    IllegalArgumentException invalid(int source, int target, double weight, String expected) {
        return new IllegalArgumentException("edge (" + source + ", " + target + ") has weight " + weight
                + "; length transform " + name() + " needs " + expected);
    }
}
