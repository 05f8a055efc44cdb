package org.kamgraph.analytics.influence;

import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageEntry;
import org.kamgraph.analytics.influence.InfluenceViews.PositionSummary;
import org.kamgraph.cypher.influence.InfluenceQueries.PersonDetails;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/** Projected vertices and the stored details of people as the answers show them. */
public final class Summaries {
    private Summaries() {
    }

    public static NodeSummary node(Projection p, int v) {
        return new NodeSummary(p.id(v), p.kind(v), p.name(v));
    }

    /** The details read for vertex {@code v} (keyed by element id), or none. */
    public static PersonDetails of(Map<String, PersonDetails> details, Projection p, int v) {
        return details.getOrDefault(p.elementId(v), PersonDetails.NONE);
    }

    public static List<PositionSummary> positions(PersonDetails d) {
        return d.positions().stream().map(x -> new PositionSummary(new NodeSummary(x.id(), x.kind(), x.name()), x.title())).toList();
    }

    public static List<CoverageEntry> coverage(PersonDetails d) {
        return d.coverage().stream().map(c -> new CoverageEntry(new NodeSummary(c.teamMemberId(), NodeKind.TEAM_MEMBER,
                c.teamMemberName()), c.strength(), c.lastContact())).toList();
    }
}
