package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.AccountContext.DecisionRank;
import org.kamgraph.analytics.keyaccounts.AccountContext.Position;
import org.kamgraph.analytics.keyaccounts.AccountContext.RankedPerson;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamContact;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Covered;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.DmuMember;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.InitiativeRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.MilestoneRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.OpenDecision;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Owner;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Ref;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamCoverage;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.TeamRow;
import org.kamgraph.model.NodeKind;

/**
 * One account by hand, for the plan's rules. IDN-1 General Health on 2026-06-01:
 * <pre>
 * team     TM-K Kim (kam): covers IDN-1 itself (0.8) and CLN-1 (0.9, met 10 days ago)
 *          TM-M Max (msl): covers CLN-2 (0.5)
 * ranking  #1 CLN-1 Dr Ada  .5 covered by Kim      #2 PER-3 Cy (Chief Financial Officer)  .3 uncovered
 *          #3 CLN-2 Dr Bo   .2 covered by Max      covered share (.5 + .2) / 1.0 = .7
 * decision D-1 Listing of X (formulary_listing, due 2026-09-01): CLN-1 decider, CLN-2 approver, PER-3 influencer
 * initiative I-1 Adherence (adherence_programme, completed), owned by Kim and Max, both milestones done
 * </pre>
 */
final class GeneralHealth {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final AccountRow ACCOUNT = new AccountRow("e-idn-1", NodeKind.IDN, "IDN-1", "General Health", "T1",
            List.of("e-cln-1", "e-cln-2", "e-per-3"), List.of("e-pay-1"));
    static final NodeSummary KIM = new NodeSummary("TM-K", NodeKind.TEAM_MEMBER, "Kim");
    static final NodeSummary MAX = new NodeSummary("TM-M", NodeKind.TEAM_MEMBER, "Max");
    static final NodeSummary ADA = new NodeSummary("CLN-1", NodeKind.CLINICIAN, "Dr Ada");
    static final NodeSummary BO = new NodeSummary("CLN-2", NodeKind.CLINICIAN, "Dr Bo");
    static final NodeSummary CY = new NodeSummary("PER-3", NodeKind.PERSON, "Cy");

    private GeneralHealth() {
    }

    static Ref ref(NodeSummary n) {
        return new Ref("e-" + n.id().toLowerCase(), n.kind(), n.id(), n.name());
    }

    static TeamRow kim(LocalDate metAda) {
        return new TeamRow("TM-K", "Kim", "kam", "T1", List.of(
                new Covered(new Ref("e-idn-1", NodeKind.IDN, "IDN-1", "General Health"), 0.8, AS_OF.minusDays(30)),
                new Covered(ref(ADA), 0.9, metAda)));
    }

    static final TeamRow MAX_ROW = new TeamRow("TM-M", "Max", "msl", "T1", List.of(new Covered(ref(BO), 0.5, AS_OF.minusDays(100))));

    static OpenDecision decision(List<DmuMember> dmu) {
        return new OpenDecision("D-1", "Listing of X", "formulary_listing", LocalDate.of(2026, 9, 1), "IDN-1", "General Health",
                List.of("PRD-1"), dmu);
    }

    static final List<DmuMember> DMU = List.of(
            new DmuMember(ref(ADA), "decider", List.of(new TeamCoverage("TM-K", "Kim", "kam", 0.9, AS_OF.minusDays(10)))),
            new DmuMember(ref(BO), "approver", List.of(new TeamCoverage("TM-M", "Max", "msl", 0.5, AS_OF.minusDays(100)))),
            new DmuMember(ref(CY), "influencer", List.of()));

    static InitiativeRow initiative(String status, List<MilestoneRow> milestones) {
        return new InitiativeRow("I-1", "Adherence", "adherence_programme", status, LocalDate.of(2025, 1, 1), null, null,
                ref(new NodeSummary("IDN-1", NodeKind.IDN, "General Health")), List.of(new Owner("TM-K", "Kim", "kam"), new Owner("TM-M", "Max", "msl")),
                List.of(), List.of(), milestones);
    }

    static final List<MilestoneRow> BOTH_DONE = List.of(
            new MilestoneRow("M-1", "Enrol", LocalDate.of(2025, 3, 1), "done", LocalDate.of(2025, 3, 1), null),
            new MilestoneRow("M-2", "Report", LocalDate.of(2025, 9, 1), "done", LocalDate.of(2025, 9, 1), null));

    static List<RankedPerson> ranking(LocalDate metAda) {
        return List.of(
                new RankedPerson(ADA, 1, 0.5, true, List.of(new TeamContact(KIM, "kam", 0.9, metAda)), null),
                new RankedPerson(CY, 2, 0.3, false, List.of(), new Position("Chief Financial Officer", "General Health")),
                new RankedPerson(BO, 3, 0.2, true, List.of(new TeamContact(MAX, "msl", 0.5, AS_OF.minusDays(100))), null));
    }

    /** The account as described, Kim having met Ada on {@code metAda}, the team and DMU and initiative as given. */
    static AccountContext context(LocalDate metAda, List<TeamRow> team, List<DmuMember> dmu, InitiativeRow initiative) {
        List<InitiativeRow> rows = initiative == null ? List.of() : List.of(initiative);
        Map<String, Map<String, DecisionRank>> ranks = Map.of("D-1", Map.of("CLN-1", new DecisionRank(1, 0.6), "CLN-2", new DecisionRank(2, 0.3)));
        return new AccountContext(ACCOUNT, AS_OF, ranking(metAda), List.of(decision(dmu)), ranks, team,
                rows.stream().map(i -> Initiatives.view(i, AS_OF)).toList(), AccountContext.roles(rows, team));
    }

    static AccountContext asDescribed() {
        return context(AS_OF.minusDays(10), List.of(kim(AS_OF.minusDays(10)), MAX_ROW), DMU, initiative("completed", BOTH_DONE));
    }
}
