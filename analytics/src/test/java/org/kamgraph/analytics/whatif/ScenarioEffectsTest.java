package org.kamgraph.analytics.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.whatif.ScenarioEffects.Warning;
import org.kamgraph.cypher.influence.InfluenceQueries.Coverage;
import org.kamgraph.cypher.influence.InfluenceQueries.NodeRef;
import org.kamgraph.cypher.influence.InfluenceQueries.Seed;
import org.kamgraph.model.NodeKind;

class ScenarioEffectsTest {
    private static final NodeSummary DECISION = new NodeSummary("DEC-1", NodeKind.DECISION, "List Cardiox at Northern IDN");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    /**
     * The DMU: Ada decides alone; Bo and Cy influence. Ada leaves and Bo's IN_DMU relationship goes: the decider role
     * is left with nobody (one warning); the influencer role keeps Cy (no warning).
     */
    @Test
    void aRoleLeftWithNobodyIsWarnedAbout() {
        List<Seed> dmu = List.of(seed("CLN-1", "Dr Ada", "decider"), seed("CLN-2", "Dr Bo", "influencer"),
                seed("CLN-3", "Dr Cy", "influencer"));
        Scenario s = new Scenario(List.of(new Scenario.RemoveNode(ref(NodeKind.CLINICIAN, "CLN-1")),
                new Scenario.RemoveRelationship(ref(NodeKind.PERSON, "CLN-2"), ref(NodeKind.DECISION, "DEC-1"))));

        List<Warning> warnings = ScenarioEffects.dmuRolesLost(s, DECISION, dmu);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DMU_ROLE_LOST");
            assertThat(w.role()).isEqualTo("decider");
            assertThat(w.removed()).extracting(NodeSummary::id).containsExactly("CLN-1");
            assertThat(w.message()).isEqualTo("DEC-1 has no decider left (Dr Ada CLN-1 was the only decider)");
        });
    }

    @Test
    void aMergeKeepsTheRole() {
        List<Seed> dmu = List.of(seed("CLN-1", "Dr Ada", "decider"));
        Scenario s = new Scenario(List.of(new Scenario.Merge(ref(NodeKind.CLINICIAN, "CLN-9"), ref(NodeKind.CLINICIAN, "CLN-1"))));

        assertThat(ScenarioEffects.dmuRolesLost(s, DECISION, dmu)).isEmpty();
    }

    /** Two team members cover Ada: TM-1 leaves, TM-2's relationship to her is reweighted to 0.2 (capped at 1 anyway). */
    @Test
    void coverageFollowsTheTeamMembersWhoLeaveOrChange() {
        List<Coverage> coverage = List.of(new Coverage("TM-1", "Sam", 0.9, MAY), new Coverage("TM-2", "Kim", 0.8, MAY),
                new Coverage("TM-3", "Lee", 0.5, MAY));
        Scenario s = new Scenario(List.of(new Scenario.RemoveNode(ref(NodeKind.TEAM_MEMBER, "TM-1")),
                new Scenario.Reweight(ref(NodeKind.TEAM_MEMBER, "TM-2"), ref(NodeKind.PERSON, "CLN-1"), 0.2),
                new Scenario.RemoveRelationship(ref(NodeKind.TEAM_MEMBER, "TM-3"), ref(NodeKind.CLINICIAN, "CLN-7"))));

        assertThat(ScenarioEffects.coverage(s, NodeKind.CLINICIAN, "CLN-1", coverage)).containsExactly(
                new Coverage("TM-2", "Kim", 0.2, MAY), new Coverage("TM-3", "Lee", 0.5, MAY));
    }

    private static Seed seed(String id, String name, String role) {
        return new Seed(new NodeRef("e-" + id, NodeKind.CLINICIAN, id, name), role);
    }

    private static Scenario.Ref ref(NodeKind kind, String id) {
        return new Scenario.Ref(kind, id);
    }
}
