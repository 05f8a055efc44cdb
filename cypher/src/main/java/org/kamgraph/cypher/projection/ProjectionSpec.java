package org.kamgraph.cypher.projection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;

/**
 * What to load into a JGraphT graph: the scope, the node kinds (all when empty), the relationship kinds, the
 * orientation, a numeric weight property (or none: every edge weighs {@code defaultWeight}), the day whose
 * relationships count ({@code asOf}; null for all of history) and the relationship kinds read against the
 * orientation ({@code flipped}: e.g. NATURAL but INFLUENCES reversed, so that every edge points the same way in
 * meaning; ignored when UNDIRECTED).
 */
public record ProjectionSpec(Scope scope, Set<NodeKind> nodeKinds, Set<RelKind> relKinds, Orientation orientation,
                             String weightProperty, double defaultWeight, LocalDate asOf, Set<RelKind> flipped) {

    public ProjectionSpec(Scope scope, Set<NodeKind> nodeKinds, Set<RelKind> relKinds, Orientation orientation,
                          String weightProperty, double defaultWeight, LocalDate asOf) {
        this(scope, nodeKinds, relKinds, orientation, weightProperty, defaultWeight, asOf, Set.of());
    }

    public ProjectionSpec {
        if (scope == null) {
            throw new BadInputException("scope", "is required");
        }
        nodeKinds = nodeKinds == null || nodeKinds.isEmpty() ? EnumSet.allOf(NodeKind.class) : EnumSet.copyOf(nodeKinds);
        if (relKinds == null || relKinds.isEmpty()) {
            throw new BadInputException("relationshipKinds", "name at least one relationship kind to project");
        }
        relKinds = EnumSet.copyOf(relKinds);
        orientation = orientation == null ? Orientation.NATURAL : orientation;
        flipped = flipped == null || flipped.isEmpty() ? EnumSet.noneOf(RelKind.class) : EnumSet.copyOf(flipped);
        if (!relKinds.containsAll(flipped)) {
            EnumSet<RelKind> extra = EnumSet.copyOf(flipped);
            extra.removeAll(relKinds);
            throw new BadInputException("reversedKinds", "name only projected relationship kinds; not projected: " + extra);
        }
        if (!Double.isFinite(defaultWeight)) {
            throw new BadInputException("defaultWeight", "must be a finite number");
        }
        if (weightProperty != null) {
            for (RelKind k : relKinds) {
                PropertySpec p = k.property(weightProperty).orElse(null);
                if (p != null && p.type() != PropertyType.DOUBLE && p.type() != PropertyType.LONG) {
                    throw new BadInputException("weightProperty", "'" + weightProperty + "' of " + k.type() + " is not numeric");
                }
            }
            if (relKinds.stream().allMatch(k -> k.property(weightProperty).isEmpty())) {
                throw new BadInputException("weightProperty", "'" + weightProperty + "' is not a property of " + relKinds);
            }
        }
        if (scope instanceof Scope.Decision d && (d.depth() < 0 || d.depth() > Scope.Decision.MAX_DEPTH)) {
            throw new BadInputException("depth", "must be between 0 and " + Scope.Decision.MAX_DEPTH + ", was " + d.depth());
        }
        if (scope instanceof Scope.Account a && !a.kind().isOrganization()) {
            throw new BadInputException("kind", a.kind().label() + " is not an organization");
        }
    }

    /** A projection of the given relationship kinds over the whole graph, unweighted, as stored, all of history. */
    /** Whether relationships of {@code kind} become edges target → source. */
    public boolean reversed(RelKind kind) {
        return orientation != Orientation.UNDIRECTED && (orientation == Orientation.REVERSE) != flipped.contains(kind);
    }

    public static ProjectionSpec of(Set<RelKind> relKinds) {
        return new ProjectionSpec(new Scope.WholeGraph(), Set.of(), relKinds, Orientation.NATURAL, null, 1.0, null);
    }
}
