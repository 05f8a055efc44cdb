package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.KShortestPaths;
import org.kamgraph.algorithms.paths.LengthTransform;
import org.kamgraph.api.influence.Explainer.Step;
import org.kamgraph.api.influence.InfluenceViews.ReachResult;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/**
 * Reach a stakeholder: the k strongest loopless chains from our team to a person through coverage, influence and
 * line management (Yen's algorithm over -ln(strength), so the strongest chain is the most probable one).
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
        int target = p.vertex(NodeKind.PERSON, targetId).orElseThrow(() -> new NotFoundException("target",
                "no person '" + targetId + "' in scope on " + asOf));
        List<Integer> sources = new ArrayList<>();
        if (from != null && !from.isEmpty()) {
            for (String id : from) {
                sources.add(p.vertex(NodeKind.TEAM_MEMBER, id).orElseThrow(() -> new NotFoundException("from",
                        "no team member '" + id + "'")));
            }
        } else {
            for (int v = 0; v < p.vertexCount(); v++) {
                if (p.kind(v) == NodeKind.TEAM_MEMBER) {
                    sources.add(v);
                }
            }
        }
        List<List<Step>> chains = new ArrayList<>();
        if (!sources.isEmpty()) {
            KShortestPaths search = searches.computeIfAbsent(p, x -> new KShortestPaths(influence.compact.of(x), LengthTransform.NEG_LOG));
            var g = influence.compact.of(p);
            // Exact within the hop limit (hop-bounded spur searches), so no path over maxHops displaces a shorter one.
            for (ArcPath path : search.paths(sources, target, k + 1, maxHops)) {
                if (path.hops() == 0 || chains.size() >= k) {
                    continue; // a target on the team itself: its zero-hop path is no chain
                }
                int[] vs = path.vertices();
                int[] arcs = path.arcs();
                List<Step> steps = new ArrayList<>();
                for (int i = 0; i < arcs.length; i++) {
                    steps.add(new Step(vs[i], vs[i + 1], g.outWeights()[arcs[i]], false));
                }
                chains.add(steps);
            }
        }
        long t2 = System.nanoTime();
        return new ReachResult(Explainer.node(p, target), p.vertexCount(), p.edgeCount(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, influence.explainer.chains(p, chains, spec));
    }
}
