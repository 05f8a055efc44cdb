package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.connectivity.CutVertices;
import org.kamgraph.algorithms.paths.BetweennessCentrality;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.api.graphql.Arguments;
import org.kamgraph.api.influence.InfluenceService.Page;
import org.kamgraph.api.influence.InfluenceViews.Broker;
import org.kamgraph.api.influence.InfluenceViews.BrokerResult;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.Scope;

/**
 * Brokers and gatekeepers: betweenness over the most probable chains of influence (length -ln(strength)), exact
 * up to a size and sampled above it, plus the cut vertices of the network taken as undirected.
 */
public final class Brokers {
    static final int DEFAULT_SAMPLES = 500;
    private final InfluenceService influence;
    private final int maxExactVertices;

    public Brokers(InfluenceService influence, int maxExactVertices) {
        this.influence = influence;
        this.maxExactVertices = maxExactVertices;
    }

    public BrokerResult find(Scope scope, LocalDate asOf, Page page, Integer samples, long seed) {
        if (scope instanceof Scope.Account a) {
            influence.subject(a.kind(), a.id(), "scope.account");
        }
        long t0 = System.nanoTime();
        Projection p = influence.projections.get(InfluenceProjections.influenceNetwork(scope, asOf));
        long t1 = System.nanoTime();
        CompactGraph g = influence.compact.of(p);
        int n = p.vertexCount();
        if (samples != null && (samples < 1 || samples > Math.max(1, n))) {
            throw new BadInputException("samples", "must be between 1 and the " + n + " people in scope, was " + samples);
        }
        boolean sampled = samples != null || n > maxExactVertices;
        int used = sampled ? (samples != null ? samples : Math.min(n, DEFAULT_SAMPLES)) : n;
        // Kept with the projection: the betweenness of a territory is seconds of work and the projection only changes
        // when the graph does (the same question asked again, or by another field of the request, is answered at once).
        Betweenness b = p.memo(new BetweennessKey(sampled, used, seed), () -> betweenness(g, sampled, used, seed));
        double[] scores = b.scores();
        Double errorBound = b.errorBound();
        boolean[] cut = b.cut();
        long t2 = System.nanoTime();

        Ranks ranks = Ranks.all(p, scores);
        int[] order = ranks.order();
        int[] rank = ranks.rank();
        List<Integer> shown = new ArrayList<>();
        for (long i = page.offset(); i < Math.min(n, page.offset() + page.size()); i++) {
            shown.add(order[(int) i]);
        }
        Map<String, PersonDetails> details = influence.explainer.details(p, shown, null, asOf);
        List<Broker> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            int v = shown.get(i);
            PersonDetails d = Explainer.of(details, p, v);
            rows.add(new Broker(Explainer.node(p, v), scores[v], rank[v], cut[v], Explainer.positions(d), Explainer.coverage(d),
                    !d.coverage().isEmpty(), Arguments.cursor(page.offset() + i)));
        }
        return new BrokerResult(n, p.edgeCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, sampled, sampled ? used : null, errorBound, n,
                rows, InfluenceService.pageInfo(page, n, rows.isEmpty() ? null : rows.getFirst().cursor(),
                rows.isEmpty() ? null : rows.getLast().cursor()));
    }

    /** The parameters of a betweenness besides its projection. */
    private record BetweennessKey(boolean sampled, int samples, long seed) {
    }

    /** Betweenness over -ln(strength) (with its error bound when sampled) and the cut vertices of one projection. */
    private record Betweenness(double[] scores, Double errorBound, boolean[] cut) {
    }

    private static Betweenness betweenness(CompactGraph g, boolean sampled, int samples, long seed) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (g.vertexCount() == 0) {
            return new Betweenness(new double[0], null, CutVertices.of(g));
        }
        if (sampled) {
            BetweennessCentrality b = BetweennessCentrality.sampled(g, LengthTransform.NEG_LOG,
                    BetweennessCentrality.Normalization.NORMALIZED, samples, seed, threads);
            return new Betweenness(b.scores(), b.errorBound(0.01), CutVertices.of(g));
        }
        return new Betweenness(new BetweennessCentrality(g, LengthTransform.NEG_LOG, BetweennessCentrality.Normalization.NORMALIZED,
                threads).scores(), null, CutVertices.of(g));
    }
}
