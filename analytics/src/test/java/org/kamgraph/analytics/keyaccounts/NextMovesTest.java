package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.DmuMember;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.MilestoneRow;
import org.kamgraph.model.NodeKind;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GeneralHealth} with one gap of each kind, and the order the moves come in:
 * <pre>
 * 1 UNCOVERED_DECIDER    Cy decides D-1 and nobody covers him; CFO, so the KAM (Kim)
 * 2 UNCOVERED_INFLUENCER Dr Di (#5) nobody covers; a clinician, so an MSL (Max)
 * 3 WEAK_RELATIONSHIP    Dr Bo (#3) covered at 0.2
 *   (Cy's own gap is not repeated: he was named at 1)
 * 5 SINGLE_THREAD        Heart Clinic is held by Kim only
 * 6 ACCESS               X is listed at tier 5 (quality 0.2 &lt; 0.5) at Plan One, where the account spends $1.0k on it
 * 7 OVERDUE_MILESTONE    Report of Adherence was due 2026-01-01
 * 8 MATURITY             what the next stage misses
 * </pre>
 */
class NextMovesTest {
    static final NodeSummary DI = new NodeSummary("CLN-4", NodeKind.CLINICIAN, "Dr Di");
    static final NodeSummary X = new NodeSummary("PRD-1", NodeKind.PRODUCT, "X");

    @Test
    void mostUrgentFirst() {
        List<DmuMember> dmu = List.of(GeneralHealth.DMU.get(0), GeneralHealth.DMU.get(1),
                new DmuMember(GeneralHealth.ref(GeneralHealth.CY), "decider", List.of()));
        List<MilestoneRow> overdue = List.of(GeneralHealth.BOTH_DONE.getFirst(),
                new MilestoneRow("M-2", "Report", LocalDate.of(2026, 1, 1), "planned", null, null));
        AccountContext c = GeneralHealth.context(GeneralHealth.AS_OF.minusDays(10),
                List.of(GeneralHealth.kim(GeneralHealth.AS_OF.minusDays(10)), GeneralHealth.MAX_ROW), dmu,
                GeneralHealth.initiative("active", overdue));
        List<NextMoves.Gap> gaps = List.of(
                new NextMoves.Gap(DI, 5, "UNCOVERED", null, List.of()),
                new NextMoves.Gap(GeneralHealth.BO, 3, "WEAK", null, List.of(new TeamContact(GeneralHealth.MAX, null, 0.2, null))),
                new NextMoves.Gap(GeneralHealth.CY, 2, "UNCOVERED", null, List.of()));
        List<NextMoves.FragileAccount> threads = List.of(new NextMoves.FragileAccount(new NodeSummary("HOS-9", NodeKind.HOSPITAL, "Heart Clinic"),
                "Kim", 1, "SINGLE_THREAD"));
        List<ListingView> formulary = List.of(new ListingView(new NodeSummary("PAY-1", NodeKind.PAYER, "Plan One"), X, 5L, false, false, false,
                "listed", 0.2));
        List<ProductSpend> portfolio = List.of(new ProductSpend(X, "oncology", true, 1000, 900, 2, 1.0));
        var maturity = MaturityAssessment.assess(c, c.coveredShare());

        List<NextMove> moves = NextMoves.derive(c, PlanSections.decisions(c), gaps, threads, formulary, portfolio, maturity);

        assertThat(moves).extracting(NextMove::kind).containsExactly("UNCOVERED_DECIDER", "UNCOVERED_INFLUENCER", "WEAK_RELATIONSHIP",
                "SINGLE_THREAD", "ACCESS", "OVERDUE_MILESTONE", "MATURITY");
        assertThat(moves).extracting(NextMove::priority).containsExactly(1, 2, 3, 5, 6, 7, 8);
        NextMove first = moves.getFirst();
        assertThat(first.action()).isEqualTo("Reach Cy (decider of Listing of X, due 2026-09-01) before the decision");
        assertThat(first.suggestedRole()).isEqualTo("kam");
        assertThat(first.suggestedTeamMember()).isEqualTo(GeneralHealth.KIM);
        assertThat(first.reason()).isEqualTo("in the DMU; nobody on our team covers them");
        assertThat(moves.get(1).suggestedTeamMember()).isEqualTo(GeneralHealth.MAX);
        assertThat(moves.get(2).reason()).isEqualTo("rank #3 in the account's influence ranking; best coverage strength 0.2");
        assertThat(moves.get(3).reason()).isEqualTo("risk SINGLE_THREAD: only Kim holds it (1 relationship)");
        assertThat(moves.get(4).action()).isEqualTo("Improve access for X at Plan One (listed, tier 5)");
        assertThat(moves.get(4).reason()).isEqualTo("the account's prescribers spend $1.0k a year on it; 1 weak listing(s)");
        assertThat(moves.get(5).action()).isEqualTo("Recover milestone Report of Adherence");
        assertThat(moves.get(5).reason()).isEqualTo("due 2026-01-01, status planned");
    }

    @Test
    void theRoleSuitedToAPerson() {
        assertThat(NextMoves.roleFor(DI, null)).isEqualTo("msl");
        assertThat(NextMoves.roleFor(GeneralHealth.CY, null)).isEqualTo("kam");
        assertThat(NextMoves.roleFor(GeneralHealth.CY, new AccountContext.Position("Director of Pharmacy", "GH"))).isEqualTo("market_access");
        assertThat(NextMoves.roleFor(DI, new AccountContext.Position("Nurse lead", "GH"))).isEqualTo("nurse_navigator");
    }
}
