package org.kamgraph.analytics.influence;

import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.connectivity.CutVertices;
import org.kamgraph.algorithms.paths.BetweennessCentrality;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.cypher.BadInputException;

/**
 * Brokers and gatekeepers of one influence network: betweenness over the most probable chains of influence (length
 * -ln(strength), Brandes 2001; sampled above a size, Brandes and Pich 2007) and the cut vertices of the network taken
 * as undirected (Hopcroft and Tarjan 1973). O(n m + n² log n) exact, O(s (m + n log n)) with s samples.
 *
 * @param scores     betweenness of each vertex, normalized
 * @param errorBound the bound on a sampled score's error at 99% confidence, null when exact
 * @param cut        whether each vertex is a cut vertex (a gatekeeper)
 */
public record BrokerScores(double[] scores, Double errorBound, boolean[] cut) {
    /** Sources sampled when the network is too large for the exact measure and no sample size is asked for. */
    public static final int DEFAULT_SAMPLES = 500;

    /**
     * How the betweenness of {@code n} vertices is measured: exact up to {@code maxExactVertices} unless
     * {@code samples} is asked for (between 1 and n), sampled otherwise.
     */
    public record Plan(boolean sampled, int samples) {
        public static Plan of(int n, Integer samples, int maxExactVertices) {
            if (samples != null && (samples < 1 || samples > Math.max(1, n))) {
                throw new BadInputException("samples", "must be between 1 and the " + n + " people in scope, was " + samples);
            }
            boolean sampled = samples != null || n > maxExactVertices;
            return new Plan(sampled, sampled ? (samples != null ? samples : Math.min(n, DEFAULT_SAMPLES)) : n);
        }
    }

    /** The scores of {@code g} measured as planned ({@code seed} picks the samples). */
    public static BrokerScores of(CompactGraph g, Plan plan, long seed) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (g.vertexCount() == 0) {
            return new BrokerScores(new double[0], null, CutVertices.of(g));
        }
        if (plan.sampled()) {
            BetweennessCentrality b = BetweennessCentrality.sampled(g, LengthTransform.NEG_LOG,
                    BetweennessCentrality.Normalization.NORMALIZED, plan.samples(), seed, threads);
            return new BrokerScores(b.scores(), b.errorBound(0.01), CutVertices.of(g));
        }
        return new BrokerScores(new BetweennessCentrality(g, LengthTransform.NEG_LOG, BetweennessCentrality.Normalization.NORMALIZED,
                threads).scores(), null, CutVertices.of(g));
    }
}
