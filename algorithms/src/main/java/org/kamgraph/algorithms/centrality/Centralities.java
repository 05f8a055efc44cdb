package org.kamgraph.algorithms.centrality;

import org.jgrapht.Graph;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.Convergence;
import org.kamgraph.algorithms.paths.BetweennessCentrality;
import org.kamgraph.algorithms.paths.ClosenessCentrality;
import org.kamgraph.algorithms.paths.HarmonicCentrality;
import org.kamgraph.algorithms.rank.DegreeCentrality;
import org.kamgraph.algorithms.rank.EigenvectorCentrality;
import org.kamgraph.algorithms.rank.KatzCentrality;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.algorithms.rank.PersonalizedPageRank;

/** Runs a {@link CentralityAlgorithm} by name on a graph with vertices 0..n-1; the API's single entry point. */
public final class Centralities {
    private Centralities() {
    }

    /**
     * The scores of every vertex and, for iterative measures, where the iteration stopped.
     *
     * @param errorBound for sampled betweenness, the per-vertex error that holds with probability 0.99 (else NaN)
     */
    public record Result(double[] scores, Convergence convergence, double errorBound) {
    }

    /** On a JGraphT graph with vertices 0..n-1: copies it into primitive arrays first (O(n + m)). */
    public static Result run(CentralityAlgorithm algorithm, Graph<Integer, ?> graph, CentralityOptions o) {
        return run(algorithm, CompactGraph.of(graph), o);
    }

    /** On a graph already in primitive arrays (a projection's {@code compact()} view: no copy). */
    public static Result run(CentralityAlgorithm algorithm, CompactGraph g, CentralityOptions o) {
        PageRank.Output output = o.normalized() ? PageRank.Output.DISTRIBUTION : PageRank.Output.UNNORMALIZED;
        BetweennessCentrality.Normalization bn = o.normalized()
                ? BetweennessCentrality.Normalization.NORMALIZED : BetweennessCentrality.Normalization.RAW;
        return switch (algorithm) {
            case PAGERANK -> {
                PageRank p = new PageRank(g, o.dampingFactor(), o.maxIterations(), o.tolerance(), o.weighted(), output);
                yield new Result(p.scoreArray(), p.convergence(), Double.NaN);
            }
            case PERSONALIZED_PAGERANK -> {
                PersonalizedPageRank p = new PersonalizedPageRank(g, o.seeds(), o.dampingFactor(), o.maxIterations(),
                        o.tolerance(), o.weighted(), output);
                yield new Result(p.scoreArray(), p.convergence(), Double.NaN);
            }
            case EIGENVECTOR -> {
                EigenvectorCentrality e = new EigenvectorCentrality(g, o.maxIterations(), o.tolerance(), o.weighted());
                yield new Result(e.scoreArray(), e.convergence(), Double.NaN);
            }
            case KATZ -> {
                KatzCentrality k = new KatzCentrality(g, o.alpha(), o.beta(), o.maxIterations(), o.tolerance(), o.weighted(),
                        o.normalized());
                yield new Result(k.scoreArray(), k.convergence(), Double.NaN);
            }
            case DEGREE -> new Result(new DegreeCentrality(g, o.degreeMode(), o.weighted(), o.normalized()).scoreArray(), null, Double.NaN);
            case BETWEENNESS -> new Result(new BetweennessCentrality(g, o.lengths(), bn, o.threads()).scores(), null, Double.NaN);
            case SAMPLED_BETWEENNESS -> {
                BetweennessCentrality b = BetweennessCentrality.sampled(g, o.lengths(), bn, o.samples(), o.seed(), o.threads());
                yield new Result(b.scores(), null, b.errorBound(0.01));
            }
            case CLOSENESS -> new Result(new ClosenessCentrality(g, o.lengths(), o.normalized()
                    ? ClosenessCentrality.Variant.WASSERMAN_FAUST : ClosenessCentrality.Variant.REACHABLE, o.threads()).scores(),
                    null, Double.NaN);
            case HARMONIC -> new Result(new HarmonicCentrality(g, o.lengths(), o.normalized(), o.threads()).scores(), null, Double.NaN);
        };
    }
}
