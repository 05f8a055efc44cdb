package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.CoverageMatrix;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.StakeholderCoverage;
import org.junit.jupiter.api.Test;

class CoverageMatrixBuilderTest {

    /**
     * Stakeholders: D-1's DMU (Ada decider, Bo approver, Cy influencer), also the ranking's top people. Ada is covered
     * by Kim only, Bo by Max only (SINGLE each), Cy by nobody (UNCOVERED); by influence rank Ada #1, Cy #2, Bo #3. Two
     * members hold the account, so no single point of contact; Kim covers the account itself (0.8): the lead. A
     * formulary decision without a market-access manager is a missing role.
     */
    @Test
    void whoCoversWhom() {
        CoverageMatrix m = CoverageMatrixBuilder.build(GeneralHealth.asDescribed());
        assertThat(m.stakeholders()).extracting(s -> s.person().id() + " " + s.status()).containsExactly(
                "CLN-1 SINGLE", "PER-3 UNCOVERED", "CLN-2 SINGLE");
        assertThat(m.cells()).filteredOn(c -> c.people() > 0).extracting(c -> c.teamRole() + "/" + c.dmuRole() + " " + c.people())
                .containsExactly("kam/decider 1", "msl/approver 1");
        assertThat(m.cells()).hasSize(5 * 7);
        assertThat(m.gaps()).extracting(StakeholderCoverage::person).containsExactly(GeneralHealth.CY);
        assertThat(m.overlaps()).isEmpty();
        assertThat(m.singlePointOfContact()).isNull();
        assertThat(m.singlePointReason()).isEqualTo("2 team members hold the account");
        assertThat(m.accountLead()).isEqualTo(GeneralHealth.KIM);
        assertThat(m.accountLeadStrength()).isEqualTo(0.8);
        assertThat(m.missingRoles()).containsExactly("market_access: it has payers or formulary decisions but no market-access manager");
    }

    /** Kim alone: the whole account hangs on her (two coverage relationships). */
    @Test
    void oneMemberIsASinglePointOfContact() {
        var c = GeneralHealth.context(GeneralHealth.AS_OF, List.of(GeneralHealth.kim(GeneralHealth.AS_OF)), GeneralHealth.DMU, null);
        CoverageMatrix m = CoverageMatrixBuilder.build(c);
        assertThat(m.singlePointOfContact()).isEqualTo(GeneralHealth.KIM);
        assertThat(m.singlePointReason()).isEqualTo("the only team member holding the account (2 coverage relationships): it hangs on them");
        assertThat(m.missingRoles()).contains("msl: clinicians are among its stakeholders but no medical science liaison covers anyone");
    }

    @Test
    void statusNamesDuplicatedAndSharedEffort() {
        var kam = new KeyAccountViews.TeamContact(GeneralHealth.KIM, "kam", 0.5, null);
        var msl = new KeyAccountViews.TeamContact(GeneralHealth.MAX, "msl", 0.5, null);
        assertThat(CoverageMatrixBuilder.status(List.of())).isEqualTo("UNCOVERED");
        assertThat(CoverageMatrixBuilder.status(List.of(kam))).isEqualTo("SINGLE");
        assertThat(CoverageMatrixBuilder.status(List.of(kam, kam))).isEqualTo("OVERLAP");
        assertThat(CoverageMatrixBuilder.status(List.of(kam, msl))).isEqualTo("SHARED");
    }
}
