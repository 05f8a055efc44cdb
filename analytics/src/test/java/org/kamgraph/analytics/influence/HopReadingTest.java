package org.kamgraph.analytics.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.influence.InfluenceViews.Hop;
import org.kamgraph.analytics.influence.InfluenceViews.StrengthSource;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.projection.ProjectionSpec;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * A hop of a ranking chain: Cy has a say over Ann, read against the projected arc Ann → Cy. The projection toward
 * influencers reverses INFLUENCES, so the relationship behind it is (Cy)-[:INFLUENCES]->(Ann), stored along the hop.
 */
class HopReadingTest {
    static final NodeSummary CY = new NodeSummary("CLN-C", NodeKind.CLINICIAN, "Dr Cy");
    static final NodeSummary ANN = new NodeSummary("PER-A", NodeKind.PERSON, "Ann");
    static final ProjectionSpec TOWARD = InfluenceProjections.towardInfluencers(new Scope.WholeGraph(), LocalDate.of(2026, 1, 1), 0.5);
    static final Step CY_OVER_ANN = new Step(3, 1, 0.8, true);

    static InfluenceQueries.Hop stored(RelKind kind, boolean fromA, Double strength, String basis) {
        return new InfluenceQueries.Hop(kind, fromA, strength, basis, null, null, null);
    }

    @Test
    void showsTheStoredRelationshipWhoseWeightTheArcCarries() {
        Hop hop = HopReading.of(CY, ANN, CY_OVER_ANN, List.of(
                stored(RelKind.INFLUENCES, false, 0.8, "peer"),     // Ann influences Cy: not this arc's reading
                stored(RelKind.INFLUENCES, true, 0.3, "advisory"),  // along the hop but another weight
                stored(RelKind.INFLUENCES, true, 0.8, "mentor")), TOWARD);
        assertThat(hop.type()).isEqualTo(RelKind.INFLUENCES);
        assertThat(hop.reversed()).isFalse();
        assertThat(hop.strength()).isEqualTo(0.8);
        assertThat(hop.strengthSource()).isEqualTo(StrengthSource.STORED);
        assertThat(hop.basis()).isEqualTo("mentor");
        assertThat(hop.stored()).isEqualTo("Dr Cy (CLN-C) INFLUENCES Ann (PER-A)");
        assertThat(hop.reportingLine()).isNull();
    }

    @Test
    void aMissingStrengthIsTheNamedDefault() {
        Hop hop = HopReading.of(CY, ANN, new Step(3, 1, 0.5, true), List.of(stored(RelKind.INFLUENCES, true, null, "peer")), TOWARD);
        assertThat(hop.strengthSource()).isEqualTo(StrengthSource.DEFAULT);
        assertThat(hop.strengthDefault()).isEqualTo(HopReading.DEFAULT_NAME);
        assertThat(hop.strength()).isEqualTo(0.5);
    }

    @Test
    void nothingStoredAnyMoreKeepsTheProjectedWeight() {
        Hop hop = HopReading.of(CY, ANN, CY_OVER_ANN, List.of(stored(RelKind.COVERS, true, 0.8, null)), TOWARD);
        assertThat(hop.strengthSource()).isEqualTo(StrengthSource.PROJECTED);
        assertThat(hop.type()).isNull();
        assertThat(hop.strength()).isEqualTo(0.8);
    }

    @Test
    void basisAndReportingLine() {
        assertThat(HopReading.basis(stored(RelKind.SITS_ON, true, null, null))).isEqualTo("committee_seat");
        assertThat(HopReading.basis(new InfluenceQueries.Hop(RelKind.IN_DMU, true, null, null, null, null, "decider"))).isEqualTo("dmu_decider");
        assertThat(HopReading.basis(stored(RelKind.REPORTS_TO, true, null, "ignored"))).isEqualTo("reports_to");
        assertThat(HopReading.reportingLine(List.of(stored(RelKind.REPORTS_TO, true, null, null)))).isEqualTo("REPORT_TO_MANAGER");
        assertThat(HopReading.reportingLine(List.of(stored(RelKind.REPORTS_TO, false, null, null)))).isEqualTo("MANAGER_TO_REPORT");
    }
}
