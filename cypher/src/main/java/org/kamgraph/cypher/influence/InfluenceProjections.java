package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.Set;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * The projections behind the influence questions, each with every edge pointing the same way in meaning, weighted
 * by {@code strength} (a probability of influence) and {@code defaultStrength} where a relationship has none.
 */
public final class InfluenceProjections {
    public static final double DEFAULT_STRENGTH = 0.5;
    private static final Set<NodeKind> PEOPLE = Set.of(NodeKind.PERSON, NodeKind.CLINICIAN);

    private InfluenceProjections() {
    }

    /**
     * Edges u → v where v has a say over u: who influences u (INFLUENCES reversed), u's manager (REPORTS_TO as
     * stored), a committee's members (SITS_ON reversed), a decision's DMU and deciding committees (IN_DMU,
     * DECIDES reversed). A walk from a decision's deciders along these edges reaches the people behind them.
     */
    public static ProjectionSpec towardInfluencers(Scope scope, LocalDate asOf, double defaultStrength) {
        Set<RelKind> flipped = Set.of(RelKind.INFLUENCES, RelKind.SITS_ON, RelKind.IN_DMU, RelKind.DECIDES);
        return new ProjectionSpec(scope, Set.of(NodeKind.PERSON, NodeKind.CLINICIAN, NodeKind.COMMITTEE, NodeKind.DECISION),
                Set.of(RelKind.INFLUENCES, RelKind.REPORTS_TO, RelKind.SITS_ON, RelKind.IN_DMU, RelKind.DECIDES),
                Orientation.NATURAL, "strength", defaultStrength, asOf, flipped);
    }

    /** People and edges u → v where u influences v (INFLUENCES as stored, REPORTS_TO from manager to report). */
    public static ProjectionSpec influenceNetwork(Scope scope, LocalDate asOf) {
        return new ProjectionSpec(scope, PEOPLE, Set.of(RelKind.INFLUENCES, RelKind.REPORTS_TO), Orientation.NATURAL,
                "strength", DEFAULT_STRENGTH, asOf, Set.of(RelKind.REPORTS_TO));
    }

    /** The influence network plus our team: COVERS from a team member to a person, managers to their reports. */
    public static ProjectionSpec reachFromTeam(Scope scope, LocalDate asOf) {
        return new ProjectionSpec(scope, Set.of(NodeKind.PERSON, NodeKind.CLINICIAN, NodeKind.TEAM_MEMBER),
                Set.of(RelKind.INFLUENCES, RelKind.REPORTS_TO, RelKind.COVERS), Orientation.NATURAL, "strength",
                DEFAULT_STRENGTH, asOf, Set.of(RelKind.REPORTS_TO));
    }
}
