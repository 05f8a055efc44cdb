package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.impact.AccessModel.Position;
import org.kamgraph.analytics.impact.Baseline.AccountSpend;
import org.kamgraph.analytics.impact.Baseline.ChannelSpend;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class ImpactNotesTest {
    private static final NodeSummary PBM = new NodeSummary("PBM", NodeKind.PBM, "PBM");
    private static final NodeSummary PH1 = new NodeSummary("PH1", NodeKind.PHARMACY, "One");
    private static final Position TIER_1 = new Position(1L, false, false, false);
    private static final Position EXCLUDED = new Position(null, false, false, true);
    private final AccessModel model = AccessModel.defaults();

    /**
     * 400 to the PBM, 150 of it estimated (its relationships carry no part for the product), of which the pharmacy is
     * paid 300: 100 reaches no account. The product was not listed before and has no claims.
     */
    @Test
    void theNotesSayWhatTheNumbersRestOn() {
        Baseline baseline = new Baseline(List.of(new ChannelSpend(PBM, RelKind.CONTRACTS_WITH, 400, 150, false)),
                List.of(new AccountSpend(PH1, List.of(PBM), 300)));
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, model.kept(null), model.kept(EXCLUDED), List.of(), 0.27, null);
        List<String> notes = new ArrayList<>();

        ImpactNotes.explain(notes, false, 1_000, baseline, o, null, "PRD-1", 0.25, null, model.kept(null));

        assertThat(notes).hasSize(4);
        assertThat(notes.get(0)).startsWith("The listing organization does not list PRD-1 on that day");
        assertThat(notes.get(1)).isEqualTo("ESTIMATED: 150.00 of the 400.00 baseline comes from money relationships without an"
                + " amount.PRD-1 part; the product's share of prescribing spend (0.2500) of what their stated parts leave is used.");
        assertThat(notes.get(2)).startsWith("100.00 of the baseline goes to organizations that pay no account or pharmacy");
        assertThat(notes.get(3)).isEqualTo("No PRESCRIBES claims are recorded for PRD-1: patients affected is unknown.");
    }

    @Test
    void aCommitteesBaselineIsPrescribingAndNeedsNoEstimateNote() {
        Baseline baseline = new Baseline(List.of(new ChannelSpend(PBM, RelKind.CONTRACTS_WITH, 400, 0, true)),
                List.of(new AccountSpend(PH1, List.of(PBM), 400)));
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, model.kept(TIER_1), model.kept(EXCLUDED), List.of(), 0.27, 100.0);
        List<String> notes = new ArrayList<>();

        ImpactNotes.explain(notes, true, 1_000, baseline, o, TIER_1, "PRD-1", 0.25, 100.0, model.kept(TIER_1));

        assertThat(notes).containsExactly(
                "Baseline: PRESCRIBES spend of clinicians working at the committee's organization and its units.");
    }
}
