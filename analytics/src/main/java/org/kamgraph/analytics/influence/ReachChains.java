package org.kamgraph.analytics.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.paths.ArcPath;
import org.kamgraph.algorithms.paths.KShortestPaths;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Reach a stakeholder: the k strongest loopless chains from our team to a person through coverage, influence and
 * line management (Yen's algorithm over -ln(strength), so the strongest chain is the most probable one), on a
 * projection whose arcs run the way reach travels ({@code InfluenceProjections.reachFromTeam}).
 */
public final class ReachChains {
    private ReachChains() {
    }

    /** The vertex of the person {@code targetId}, or NOT_FOUND naming {@code target}. */
    public static int target(Projection p, String targetId, LocalDate asOf) {
        return p.vertex(NodeKind.PERSON, targetId).orElseThrow(() -> new NotFoundException("target",
                "no person '" + targetId + "' in scope on " + asOf));
    }

    /** The team members asked for ({@code from}, each one NOT_FOUND if absent), or every one in the projection. */
    public static List<Integer> sources(Projection p, List<String> from) {
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
        return sources;
    }

    /**
     * Up to {@code k} strongest chains of at most {@code maxHops} from any of {@code sources} to {@code target} on
     * {@code g}, searched by {@code search} (built on {@code g}). Exact within the hop limit (hop-bounded spur
     * searches), so no path over maxHops displaces a shorter one. A target on the team itself has no chain.
     */
    public static List<List<Step>> strongest(CompactGraph g, KShortestPaths search, List<Integer> sources, int target,
                                             int k, int maxHops) {
        List<List<Step>> chains = new ArrayList<>();
        if (sources.isEmpty()) {
            return chains;
        }
        for (ArcPath path : search.paths(sources, target, k + 1, maxHops)) {
            if (path.hops() > 0 && chains.size() < k) {
                chains.add(Chains.along(path, g));
            }
        }
        return chains;
    }
}
