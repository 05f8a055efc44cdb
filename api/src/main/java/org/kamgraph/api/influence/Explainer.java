package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.influence.Chains;
import org.kamgraph.analytics.influence.HopReading;
import org.kamgraph.analytics.influence.InfluenceViews.Chain;
import org.kamgraph.analytics.influence.InfluenceViews.Hop;
import org.kamgraph.analytics.influence.Step;
import org.kamgraph.analytics.influence.Summaries;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionSpec;

/**
 * Reads what a KAM needs to read projected vertices and chains: positions, coverage and the stored relationship
 * behind each hop (strength, basis, source), in one batched read each; analytics turns them into answers.
 */
final class Explainer {
    private final InfluenceQueries queries;

    Explainer(InfluenceQueries queries) {
        this.queries = queries;
    }

    /** Positions, coverage and DMU roles (in {@code decision}, may be null) of the given vertices. */
    Map<String, PersonDetails> details(Projection p, List<Integer> vertices, String decision, LocalDate asOf) {
        if (vertices.isEmpty()) {
            return Map.of();
        }
        return queries.people(vertices.stream().map(p::elementId).toList(), decision, asOf);
    }

    /**
     * The chains with each hop's stored relationship: the one that gave the projected arc its weight (its kind stored
     * in the direction the projection reads it, strength or the default equal to the arc's weight), valid on the
     * projection's day. Each hop shows the weight used and where it came from.
     */
    List<List<Hop>> hops(Projection p, List<List<Step>> chains, ProjectionSpec spec) {
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>();
        for (List<Step> chain : chains) {
            for (Step s : chain) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(p.elementId(s.from()), p.elementId(s.to())));
            }
        }
        Map<String, List<InfluenceQueries.Hop>> stored = pairs.isEmpty() ? Map.of()
                : queries.hops(new ArrayList<>(pairs), spec.relKinds(), spec.asOf());
        List<List<Hop>> out = new ArrayList<>();
        for (List<Step> chain : chains) {
            List<Hop> hops = new ArrayList<>();
            for (Step s : chain) {
                List<InfluenceQueries.Hop> found = stored.getOrDefault(p.elementId(s.from()) + "|" + p.elementId(s.to()), List.of());
                hops.add(HopReading.of(Summaries.node(p, s.from()), Summaries.node(p, s.to()), s, found, spec));
            }
            out.add(hops);
        }
        return out;
    }

    /** Chains with their strength, the product of the projected hop weights (the weights each hop shows). */
    List<Chain> chains(Projection p, List<List<Step>> chains, ProjectionSpec spec) {
        return Chains.shown(chains, hops(p, chains, spec));
    }
}
