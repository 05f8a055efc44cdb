package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.KShortestPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.analytics.influence.InfluenceViews.ReachResult;
import org.kamgraph.analytics.influence.ReachChains;
import org.kamgraph.analytics.influence.Step;
import org.kamgraph.analytics.influence.Summaries;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;

/**
 * Reach a stakeholder: project our team's reach, find the strongest chains to the person ({@link ReachChains}),
 * read the relationships behind their hops.
 */
public final class Reach {
    private final InfluenceService influence;
    /** Arc lengths of each live projection, computed once (O(m)) and shared by every question on it. */
    private final Map<Projection, KShortestPaths> searches = Collections.synchronizedMap(new WeakHashMap<>());

    public Reach(InfluenceService influence) {
        this.influence = influence;
    }

    public ReachResult find(String targetId, int k, List<String> from, int maxHops, Scope scope, LocalDate asOf) {
        long t0 = System.nanoTime();
        ProjectionSpec spec = InfluenceProjections.reachFromTeam(scope, asOf);
        Projection p = influence.projections.get(spec);
        long t1 = System.nanoTime();
        int target = ReachChains.target(p, targetId, asOf);
        List<Integer> sources = ReachChains.sources(p, from);
        CompactGraph g = influence.compactOf(p);
        KShortestPaths search = searches.computeIfAbsent(p, x -> new KShortestPaths(g, LengthTransform.NEG_LOG));
        List<List<Step>> chains = ReachChains.strongest(g, search, sources, target, k, maxHops);
        long t2 = System.nanoTime();
        return new ReachResult(Summaries.node(p, target), p.vertexCount(), p.edgeCount(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, influence.explainer.chains(p, chains, spec));
    }
}
