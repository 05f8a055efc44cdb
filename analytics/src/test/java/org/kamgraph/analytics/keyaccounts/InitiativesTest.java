package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeRollup;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.Progress;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.StatusCount;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.MilestoneRow;
import org.junit.jupiter.api.Test;

/**
 * Four milestones on 2026-06-01: done; cancelled; missed (overdue by status); planned for 2026-01-01 (overdue by
 * date). Progress = done / (milestones - cancelled) = 1/3; the next milestone is the first neither done nor cancelled.
 */
class InitiativesTest {
    static final List<MilestoneRow> FOUR = List.of(
            new MilestoneRow("M-1", "Enrol", LocalDate.of(2025, 3, 1), "done", LocalDate.of(2025, 3, 1), null),
            new MilestoneRow("M-2", "Pilot", LocalDate.of(2025, 6, 1), "cancelled", null, null),
            new MilestoneRow("M-3", "Audit", LocalDate.of(2026, 9, 1), "missed", null, null),
            new MilestoneRow("M-4", "Report", LocalDate.of(2026, 1, 1), null, null, null));

    @Test
    void progressAndOverdueMilestones() {
        InitiativeView v = Initiatives.view(GeneralHealth.initiative("active", FOUR), GeneralHealth.AS_OF);
        assertThat(v.progress().milestones()).isEqualTo(4);
        assertThat(v.progress().done()).isEqualTo(1);
        assertThat(v.progress().cancelled()).isEqualTo(1);
        assertThat(v.progress().overdue()).isEqualTo(2);
        assertThat(v.progress().share()).isEqualTo(1.0 / 3);
        assertThat(v.nextMilestone().id()).isEqualTo("M-3");
        assertThat(v.milestones().get(3).status()).isEqualTo("planned");
        assertThat(v.owners()).containsExactly(GeneralHealth.KIM, GeneralHealth.MAX);
    }

    @Test
    void rollupCountsStatusesAndAllMilestones() {
        InitiativeView a = Initiatives.view(GeneralHealth.initiative("active", FOUR), GeneralHealth.AS_OF);
        InitiativeView b = Initiatives.view(GeneralHealth.initiative("completed", GeneralHealth.BOTH_DONE), GeneralHealth.AS_OF);
        InitiativeRollup r = Initiatives.rollup(List.of(a, b));
        assertThat(r.initiatives()).isEqualTo(2);
        assertThat(r.byStatus()).containsExactly(new StatusCount("planned", 0), new StatusCount("active", 1),
                new StatusCount("completed", 1), new StatusCount("stopped", 0));
        assertThat(r.progress()).isEqualTo(new Progress(6, 3, 2, 1, 3.0 / 5));
    }
}
