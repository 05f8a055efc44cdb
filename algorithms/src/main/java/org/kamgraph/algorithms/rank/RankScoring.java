package org.kamgraph.algorithms.rank;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;

/**
 * Common part of the scorings of this package: vertices {@code 0..n-1}, scores computed lazily on first use
 * and cached in a primitive array. Instances are not thread-safe until the scores have been computed once.
 */
abstract class RankScoring implements VertexScoringAlgorithm<Integer, Double> {
    final CompactGraph graph;
    /** Set by {@link #compute()} of the iterative scorings. */
    Convergence convergence;
    private double[] scores;
    private Map<Integer, Double> scoreMap;

    RankScoring(CompactGraph graph) {
        this.graph = Checks.notNull("graph", graph);
    }

    /** Computes the scores, indexed by vertex. */
    abstract double[] compute();

    final double[] scores() {
        if (scores == null) {
            scores = compute();
        }
        return scores;
    }

    /** The scores indexed by vertex, as a fresh array. */
    public double[] scoreArray() {
        return scores().clone();
    }

    @Override
    public Map<Integer, Double> getScores() {
        if (scoreMap == null) {
            double[] s = scores();
            Map<Integer, Double> m = HashMap.newHashMap(s.length);
            for (int v = 0; v < s.length; v++) {
                m.put(v, s[v]);
            }
            scoreMap = Collections.unmodifiableMap(m);
        }
        return scoreMap;
    }

    @Override
    public Double getVertexScore(Integer v) {
        if (v == null || v < 0 || v >= graph.vertexCount()) {
            throw new IllegalArgumentException("no such vertex: " + v);
        }
        return scores()[v];
    }

    /** Sum of {@code x[u] * w(u, v)} over the arcs {@code u -> v} entering {@code v} (w = 1 if unweighted). */
    final double pull(double[] x, int v, boolean weighted) {
        int[] sources = graph.inSources();
        int end = graph.inEnd(v);
        double s = 0;
        if (weighted) {
            double[] w = graph.inWeights();
            for (int i = graph.inStart(v); i < end; i++) {
                s += x[sources[i]] * w[i];
            }
        } else {
            for (int i = graph.inStart(v); i < end; i++) {
                s += x[sources[i]];
            }
        }
        return s;
    }

    /** One update of a power iteration: the scores {@code next} from the scores {@code x}. */
    interface Update {
        void apply(double[] x, double[] next);
    }

    /**
     * A power iteration from {@code x}: {@code update} until the L1 change of an update is below {@code tolerance}
     * times the L1 norm of the new scores, or {@code maxIterations} updates, or (with {@code stopWhenNotFinite}) a
     * change that is not finite. Sets {@link #convergence}; returns the last scores (converged or not).
     */
    final double[] iterate(double[] x, Update update, int maxIterations, double tolerance, boolean stopWhenNotFinite) {
        int n = x.length;
        double[] next = new double[n];
        double change = 0;
        int iterations = 0;
        boolean converged = n == 0;
        while (!converged && iterations < maxIterations && (!stopWhenNotFinite || Double.isFinite(change))) {
            update.apply(x, next);
            change = 0;
            double l1 = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - x[v]);
                l1 += Math.abs(next[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            iterations++;
            converged = change < tolerance * l1;
        }
        convergence = new Convergence(iterations, change, converged);
        return x;
    }
}
