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
 * orientation, a numeric weight property (or none: every edge weighs {@code defaultWeight}) and the day whose
 * relationships count ({@code asOf}; null for all of history).
 */
public record ProjectionSpec(Scope scope, Set<NodeKind> nodeKinds, Set<RelKind> relKinds, Orientation orientation,
                             String weightProperty, double defaultWeight, LocalDate asOf) {

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
    public static ProjectionSpec of(Set<RelKind> relKinds) {
        return new ProjectionSpec(new Scope.WholeGraph(), Set.of(), relKinds, Orientation.NATURAL, null, 1.0, null);
    }
}
