package org.kamgraph.api.influence;

import java.time.LocalDate;
import org.kamgraph.analytics.influence.InfluenceGroups;
import org.kamgraph.analytics.influence.InfluenceViews.GroupResult;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/** Informal groups of an account: project its influence network, group it ({@link InfluenceGroups}), answer. */
public final class InformalGroups {
    private final InfluenceService influence;

    public InformalGroups(InfluenceService influence) {
        this.influence = influence;
    }

    public GroupResult find(NodeKind kind, String id, InfluenceGroups.Method method, int minSize, long seed, LocalDate asOf) {
        InfluenceGroups.checkMinSize(minSize);
        var subject = influence.subject(kind, id, "account");
        Projection p = influence.projections.get(InfluenceProjections.influenceNetwork(new Scope.Account(kind, id), asOf));
        InfluenceGroups groups = InfluenceGroups.of(p, influence.compactOf(p), method, minSize, seed);
        return new GroupResult(subject, method.name(), groups.modularity(), groups.people(), groups.unconnected(), groups.groups());
    }
}
