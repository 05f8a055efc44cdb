package org.kamgraph.algorithms.centrality;

import java.util.Map;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.algorithms.rank.DegreeCentrality;

/**
 * Parameters of the measures in {@link CentralityAlgorithm}; each measure reads the ones it has.
 *
 * @param normalized     NetworkX's normalization for betweenness, harmonic and degree; for PageRank, false gives
 *                       Neo4j GDS's unnormalized scale instead of a distribution summing to 1; for closeness,
 *                       the Wasserman-Faust form (true) or the plain reachable form (false)
 * @param seeds          personalization: vertex -> bias (personalized PageRank)
 * @param samples        source vertices for sampled betweenness
 * @param threads        worker threads for the all-pairs measures
 */
public record CentralityOptions(double dampingFactor, int maxIterations, double tolerance, boolean weighted,
                                boolean normalized, LengthTransform lengths, int samples, long seed,
                                DegreeCentrality.Mode degreeMode, double alpha, double beta, Map<Integer, Double> seeds,
                                int threads) {

    public static CentralityOptions defaults() {
        return new CentralityOptions(0.85, 100, 1e-6, true, true, LengthTransform.NONE, 0, 42L, DegreeCentrality.Mode.BOTH,
                0.1, 1.0, Map.of(), Runtime.getRuntime().availableProcessors());
    }
}
