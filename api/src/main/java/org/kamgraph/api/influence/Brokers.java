package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.analytics.influence.BrokerScores;
import org.kamgraph.analytics.influence.InfluenceViews.Broker;
import org.kamgraph.analytics.influence.InfluenceViews.BrokerResult;
import org.kamgraph.analytics.influence.Ranks;
import org.kamgraph.analytics.influence.Summaries;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.Scope;

/**
 * Brokers and gatekeepers: project the influence network, score it ({@link BrokerScores}), rank, read the positions
 * and coverage of the page shown.
 */
public final class Brokers {
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
        CompactGraph g = influence.compactOf(p);
        int n = p.vertexCount();
        BrokerScores.Plan plan = BrokerScores.Plan.of(n, samples, maxExactVertices);
        // Kept with the projection: the betweenness of a territory is seconds of work and the projection only changes
        // when the graph does (the same question asked again, or by another field of the request, is answered at once).
        BrokerScores b = p.memo(new BetweennessKey(plan, seed), () -> BrokerScores.of(g, plan, seed));
        long t2 = System.nanoTime();

        Ranks ranks = Ranks.all(p, b.scores());
        List<Integer> positions = page.positions(n);
        List<Integer> shown = positions.stream().map(i -> ranks.order()[i]).toList();
        Map<String, PersonDetails> details = influence.explainer.details(p, shown, null, asOf);
        List<Broker> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            int v = shown.get(i);
            PersonDetails d = Summaries.of(details, p, v);
            rows.add(new Broker(Summaries.node(p, v), b.scores()[v], ranks.rank()[v], b.cut()[v], Summaries.positions(d),
                    Summaries.coverage(d), !d.coverage().isEmpty(), Cursors.cursor(positions.get(i))));
        }
        return new BrokerResult(n, p.edgeCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, plan.sampled(),
                plan.sampled() ? plan.samples() : null, b.errorBound(), n, rows, page.info(n, rows, Broker::cursor));
    }

    /** The parameters of a betweenness besides its projection. */
    private record BetweennessKey(BrokerScores.Plan plan, long seed) {
    }
}
