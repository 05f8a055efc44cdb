package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.api.influence.InfluenceViews.Chain;
import org.kamgraph.api.influence.InfluenceViews.CoverageEntry;
import org.kamgraph.api.influence.InfluenceViews.Hop;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.influence.InfluenceViews.PositionSummary;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.model.NodeKind;

/**
 * Turns projected vertices and chains of vertices back into what a KAM reads: names, positions, coverage and the
 * stored relationship behind each hop (strength, basis, source), in one batched read each.
 */
final class Explainer {
    private final InfluenceQueries queries;

    Explainer(InfluenceQueries queries) {
        this.queries = queries;
    }

    /**
     * One hop of a chain in the direction influence travels: {@code from} has a say over, or reaches, {@code to},
     * through the projected arc of that {@code weight}, which runs from {@code to} to {@code from} when
     * {@code againstArc} (a walk toward influencers read backwards) and from {@code from} to {@code to} otherwise.
     */
    record Step(int from, int to, double weight, boolean againstArc) {
    }

    static NodeSummary node(Projection p, int v) {
        return new NodeSummary(p.id(v), p.kind(v), p.name(v));
    }

    /** Positions, coverage and DMU roles (in {@code decision}, may be null) of the given vertices. */
    Map<String, PersonDetails> details(Projection p, List<Integer> vertices, String decision, LocalDate asOf) {
        if (vertices.isEmpty()) {
            return Map.of();
        }
        return queries.people(vertices.stream().map(p::elementId).toList(), decision, asOf);
    }

    static PersonDetails of(Map<String, PersonDetails> details, Projection p, int v) {
        return details.getOrDefault(p.elementId(v), PersonDetails.NONE);
    }

    static List<PositionSummary> positions(PersonDetails d) {
        return d.positions().stream().map(x -> new PositionSummary(new NodeSummary(x.id(), x.kind(), x.name()), x.title())).toList();
    }

    static List<CoverageEntry> coverage(PersonDetails d) {
        return d.coverage().stream().map(c -> new CoverageEntry(new NodeSummary(c.teamMemberId(), NodeKind.TEAM_MEMBER,
                c.teamMemberName()), c.strength(), c.lastContact())).toList();
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
                hops.add(HopReading.of(node(p, s.from()), node(p, s.to()), s, found, spec));
            }
            out.add(hops);
        }
        return out;
    }

    /** Chains with their strength, the product of the projected hop weights (the weights each hop shows). */
    List<Chain> chains(Projection p, List<List<Step>> chains, ProjectionSpec spec) {
        List<List<Hop>> hops = hops(p, chains, spec);
        List<Chain> out = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            double strength = 1;
            for (Step s : chains.get(i)) {
                strength *= s.weight();
            }
            out.add(new Chain(strength, hops.get(i)));
        }
        return out;
    }
}
