package org.kamgraph.tools.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.projection.Orientation;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** The projections the benchmark runs, by name: whole graph, as stored, all of history. */
public final class BenchSpecs {
    private BenchSpecs() {
    }

    /** A named projection and a line saying what it is. */
    public record Named(String name, String description, ProjectionSpec spec) {
        /** The node labels to project (a node with several of them counts once). */
        public List<String> labels() {
            return spec.nodeKinds().stream().map(NodeKind::label).toList();
        }

        public boolean weighted() {
            return spec.weightProperty() != null;
        }
    }

    public static final Map<String, Named> ALL = new LinkedHashMap<>();

    /** Run when --specs is not given. */
    public static final List<String> DEFAULT = List.of("influence", "money-structure");

    static {
        add(new Named("influence", "people x INFLUENCES, weighted by strength",
                new ProjectionSpec(new Scope.WholeGraph(), Set.copyOf(NodeKind.people()), EnumSet.of(RelKind.INFLUENCES),
                        Orientation.NATURAL, "strength", 1.0, null)));
        EnumSet<RelKind> moneyStructure = EnumSet.noneOf(RelKind.class);
        Arrays.stream(RelKind.values()).filter(k -> k.group() == RelKind.Group.MONEY || k.group() == RelKind.Group.STRUCTURE)
                .forEach(moneyStructure::add);
        add(new Named("money-structure", "all nodes x money and structure relationships (" + moneyStructure.size() + " kinds), unweighted",
                new ProjectionSpec(new Scope.WholeGraph(), Set.of(), moneyStructure, Orientation.NATURAL, null, 1.0, null)));
        add(new Named("all", "all nodes x all relationships, unweighted",
                new ProjectionSpec(new Scope.WholeGraph(), Set.of(), EnumSet.allOf(RelKind.class), Orientation.NATURAL, null, 1.0, null)));
    }

    private static void add(Named n) {
        ALL.put(n.name(), n);
    }
}
