package org.kamgraph.analytics.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.cypher.influence.InfluenceQueries.Coverage;
import org.kamgraph.cypher.influence.InfluenceQueries.Seed;
import org.kamgraph.model.NodeKind;

/**
 * What a scenario does beyond the influence projection, worked out from its changes alone: our team's coverage of
 * a person (a team member who leaves, or whose relationship goes or gets another strength) and the roles of a
 * decision's DMU left without anyone (every holder removed, or their IN_DMU or DECIDES relationship removed).
 */
public final class ScenarioEffects {
    private ScenarioEffects() {
    }

    /** A structured warning: {@code code} DMU_ROLE_LOST, the decision, the role, and the sentence. */
    public record Warning(String code, NodeSummary decision, String role, List<NodeSummary> removed, String message) {
    }

    /** The coverage of a person ({@code kind}, {@code id}) under the scenario. */
    public static List<Coverage> coverage(Scenario s, NodeKind kind, String id, List<Coverage> coverage) {
        List<Coverage> out = new ArrayList<>(coverage);
        for (Scenario.Change c : s.changes()) {
            switch (c) {
                case Scenario.RemoveNode r when r.node().kind() == NodeKind.TEAM_MEMBER ->
                        out.removeIf(x -> x.teamMemberId().equals(r.node().id()));
                case Scenario.RemoveRelationship r -> {
                    String member = memberOfPair(r.from(), r.to(), kind, id);
                    if (member != null) {
                        out.removeIf(x -> x.teamMemberId().equals(member));
                    }
                }
                case Scenario.Reweight r -> {
                    String member = memberOfPair(r.from(), r.to(), kind, id);
                    if (member != null) {
                        out.replaceAll(x -> x.teamMemberId().equals(member)
                                ? new Coverage(x.teamMemberId(), x.teamMemberName(), Math.min(1.0, r.weight()), x.lastContact()) : x);
                    }
                }
                case Scenario.Merge m when m.absorb().kind() == NodeKind.TEAM_MEMBER && m.keep().kind() == NodeKind.TEAM_MEMBER ->
                        out.replaceAll(x -> x.teamMemberId().equals(m.absorb().id())
                                ? new Coverage(m.keep().id(), m.keep().id(), x.strength(), x.lastContact()) : x);
                default -> {
                }
            }
        }
        return out;
    }

    /** The team member of a (team member, person) pair naming this person, or null. */
    private static String memberOfPair(Scenario.Ref a, Scenario.Ref b, NodeKind kind, String id) {
        if (a.kind() == NodeKind.TEAM_MEMBER && same(b, kind, id)) {
            return a.id();
        }
        if (b.kind() == NodeKind.TEAM_MEMBER && same(a, kind, id)) {
            return b.id();
        }
        return null;
    }

    /** A reference to this node (Person and Clinician share their ids). */
    private static boolean same(Scenario.Ref r, NodeKind kind, String id) {
        return r.id().equals(id) && (r.kind() == kind || (r.kind().isPerson() && kind.isPerson()));
    }

    /**
     * The roles of the decision's DMU (deciders, approvers, ..., the deciding committee) that the scenario leaves
     * without anyone: each of their holders removed, or their relationship to the decision removed. A merge keeps
     * the role (the absorbing node takes the relationships over).
     */
    public static List<Warning> dmuRolesLost(Scenario s, NodeSummary decision, List<Seed> dmu) {
        Map<String, List<Seed>> byRole = new LinkedHashMap<>();
        dmu.forEach(m -> byRole.computeIfAbsent(m.role(), k -> new ArrayList<>()).add(m));
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<String, List<Seed>> e : byRole.entrySet()) {
            Set<String> left = new LinkedHashSet<>();
            List<NodeSummary> removed = new ArrayList<>();
            for (Seed m : e.getValue()) {
                if (leaves(s, m, decision)) {
                    removed.add(new NodeSummary(m.node().id(), m.node().kind(), m.node().name()));
                } else {
                    left.add(m.node().id());
                }
            }
            if (left.isEmpty() && !removed.isEmpty()) {
                String role = e.getKey();
                out.add(new Warning("DMU_ROLE_LOST", decision, role, removed, decision.id() + " has no " + role + " left ("
                        + String.join(", ", removed.stream().map(n -> (n.name() == null ? "" : n.name() + " ") + n.id()).toList())
                        + (removed.size() == 1 ? " was" : " were") + " the only " + role + (removed.size() == 1 ? "" : "s") + ")"));
            }
        }
        return out;
    }

    private static boolean leaves(Scenario s, Seed m, NodeSummary decision) {
        NodeKind kind = m.node().kind();
        String id = m.node().id();
        for (Scenario.Change c : s.changes()) {
            boolean gone = switch (c) {
                case Scenario.RemoveNode r -> same(r.node(), kind, id);
                case Scenario.RemoveRelationship r -> (same(r.from(), kind, id) && r.to().kind() == NodeKind.DECISION
                        && r.to().id().equals(decision.id())) || (same(r.to(), kind, id) && r.from().kind() == NodeKind.DECISION
                        && r.from().id().equals(decision.id()));
                default -> false;
            };
            if (gone) {
                return true;
            }
        }
        return false;
    }
}
