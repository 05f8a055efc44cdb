package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Maturity;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MaturityStage;
import org.junit.jupiter.api.Test;

/** The five KAM stages on {@link GeneralHealth}, each stage's test worked out in the comments. */
class MaturityAssessmentTest {

    /**
     * 1: Kim (kam) covers IDN-1 itself. 2: roles kam and msl work it. 3: D-1's DMU is covered by kam and msl, both the
     * decider and the approver. 4: I-1 completed, milestones, two roles, none overdue; covered share .7 >= .3.
     * 5: I-1 is a completed adherence programme with every milestone done, and Kim (0.9, 10 days ago) covers #1 Ada.
     */
    @Test
    void aTrustedPartnerReachesStageFive() {
        AccountContext c = GeneralHealth.asDescribed();
        assertThat(c.coveredShare()).isCloseTo(0.7, within(1e-12));
        Maturity m = MaturityAssessment.assess(c, c.coveredShare());
        assertThat(m.stage()).isEqualTo(5);
        assertThat(m.stageName()).isEqualTo("Trusted partner co-creating value");
        assertThat(m.stages()).extracting(MaturityStage::reached).containsExactly(true, true, true, true, true);
        assertThat(m.stages().getFirst().evidence()).containsExactly("KAM Kim covers the Idn itself (strength 0.8)");
        assertThat(m.stages().get(3).evidence()).containsExactly(
                "initiative Adherence: 2/2 milestones done, none overdue, owned by [kam, msl]",
                "our team covers 70% of the account's influence");
        assertThat(m.nextSteps()).isEmpty();
    }

    /** Kim last met Ada 200 days ago: stage 5's relationship test fails (180 days), so the account stays at 4. */
    @Test
    void aStaleRelationshipStopsAtFour() {
        var old = GeneralHealth.AS_OF.minusDays(200);
        AccountContext c = GeneralHealth.context(old, List.of(GeneralHealth.kim(old), GeneralHealth.MAX_ROW), GeneralHealth.DMU,
                GeneralHealth.initiative("completed", GeneralHealth.BOTH_DONE));
        Maturity m = MaturityAssessment.assess(c, c.coveredShare());
        assertThat(m.stage()).isEqualTo(4);
        assertThat(m.nextSteps()).containsExactly("no KAM relationship of strength 0.7+ met in the last 180 days with one of the three "
                + "most influential people");
    }

    /** Without a KAM nothing counts: stages are a chain, so stage 0 even though later tests might pass. */
    @Test
    void noKamIsNoKeyAccount() {
        AccountContext c = GeneralHealth.context(GeneralHealth.AS_OF.minusDays(10), List.of(GeneralHealth.MAX_ROW), GeneralHealth.DMU,
                GeneralHealth.initiative("completed", GeneralHealth.BOTH_DONE));
        Maturity m = MaturityAssessment.assess(c, c.coveredShare());
        assertThat(m.stage()).isZero();
        assertThat(m.stageName()).isEqualTo("Not yet a key account (no dedicated resources)");
        assertThat(m.stages()).extracting(MaturityStage::reached).containsOnly(false);
        assertThat(m.nextSteps()).containsExactly("no KAM covers the account itself: appoint a dedicated KAM");
    }
}
