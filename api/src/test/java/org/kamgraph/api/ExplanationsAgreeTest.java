package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Explanations that agree with each other, on a hand-built market (fixtures/explain): two IDNs, a hospital (H2) sold
 * by North Health (I1) to South Health (I2) on 2025-07-01 with its chief of surgery X; decision D1 at I1 decided by
 * committee C1, decider P1 (who reports to M), approver P2, influencer P3 (who reports to P1). Influence: X→P1 0.9,
 * P3→P1 0.3 (basis reports_to, up the line), AE→P1 0.3, P3→P2 0.8, P4→P2 0.4, X→Y 0.5; P4 sits on C1. Our team: T1
 * (KAM) covers I1 (0.52) and P1 (0.9), T2 covers P3 (0.4) and Y at I2's hospital (0.6), T3 covers P2 (0.2, weak).
 *
 * <p>The decision's walk (u → v: v has a say over u; 0.5 where a relationship has no strength) scored by networkx
 * 3.6.1 (personalized PageRank, alpha 0.85, seeds P1, P2, C1): P1 0.2453, P4 0.1673, P2 0.1476, P3 0.1149, X 0.0938,
 * M 0.0521, AE 0.0313, Y 0. Without P2 (seeds P1, C1): P1, P4, X, M, then AE and P3 tied. Without P1 (seeds P2,
 * C1): P4 0.3063, P2 0.2703, P3 0.1532, then AE, M, X, Y at 0. The account's own ranking (seeds C1 and D1, X not in
 * scope) puts P4 first, P1 second, P3 third and P2 fifth: what the plan used to show as the DMU members' ranks.
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=explain")
class ExplanationsAgreeTest extends FixtureApiTest {
    static final String TODAY = "2026-11-01";

    @Override
    String fixture() {
        return "explain";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> person(Map<String, Object> r, String path, String id) {
        return ((List<Map<String, Object>>) at(r, path)).stream().filter(p -> id.equals(at(p, "person.id"))).findFirst().orElseThrow();
    }

    @Test
    void everyHopShowsTheWeightUsedAndWhereItCameFrom() {
        Map<String, Object> r = ok("""
                { decisionInfluencers(decision: "D1", asOf: "%s", chains: 2, options: {tolerance: 1e-13, maxIterations: 10000}) {
                    people { person { id } score rank chains { strength hops { from { id } to { id } type reversed strength
                      strengthSource strengthDefault basis stored reportingLine } } } } }
                """.formatted(TODAY));
        List<Map<String, Object>> people = at(r, "data.decisionInfluencers.people");
        assertThat(people).extracting(p -> at(p, "person.id")).containsExactly("P1", "P4", "P2", "P3", "X", "M", "AE", "Y");
        assertThat(number(people.get(1).get("score"))).isCloseTo(0.16730004973706886, offset(1e-9));
        // A chain's strength is the product of the strengths its hops show, for every chain.
        for (Map<String, Object> p : people) {
            for (Map<String, Object> chain : (List<Map<String, Object>>) p.get("chains")) {
                double product = 1;
                for (Map<String, Object> hop : (List<Map<String, Object>>) chain.get("hops")) {
                    assertThat(hop.get("strength")).as("hop of %s", (Object) at(p, "person.id")).isNotNull();
                    product *= number(hop.get("strength"));
                }
                assertThat(number(chain.get("strength"))).as("chain of %s", (Object) at(p, "person.id")).isCloseTo(product, offset(1e-12));
            }
        }
        // A committee seat has no strength: the default, named, is what the chain used.
        Map<String, Object> seat = at(person(r, "data.decisionInfluencers.people", "P4"), "chains.0.hops.0");
        assertThat(seat.get("type") + ":" + at(seat, "from.id") + ">" + at(seat, "to.id")).isEqualTo("SITS_ON:P4>C1");
        assertThat(number(seat.get("strength"))).isEqualTo(0.5);
        assertThat(seat.get("strengthSource") + ":" + seat.get("strengthDefault") + ":" + seat.get("basis"))
                .isEqualTo("DEFAULT:defaultStrength:committee_seat");
        assertThat((String) at(person(r, "data.decisionInfluencers.people", "P4"), "chains.1.hops.0.strengthSource")).isEqualTo("STORED");
        // The manager has a say over the decider: the REPORTS_TO hop goes down the line, stored from the report.
        Map<String, Object> line = at(person(r, "data.decisionInfluencers.people", "M"), "chains.0.hops.0");
        assertThat(line.get("type") + ":" + at(line, "from.id") + ">" + at(line, "to.id") + ":" + line.get("reversed"))
                .isEqualTo("REPORTS_TO:M>P1:true");
        assertThat(line.get("strengthSource") + ":" + line.get("basis") + ":" + line.get("reportingLine"))
                .isEqualTo("DEFAULT:reports_to:MANAGER_TO_REPORT");
        assertThat(line.get("stored")).isEqualTo("Paula Decider (P1) REPORTS_TO Mark Manager (M)");
        // P3's second chain: an INFLUENCES with basis reports_to up the line (P3 reports to P1), said so.
        Map<String, Object> p3 = person(r, "data.decisionInfluencers.people", "P3");
        assertThat(number(at(p3, "chains.0.strength"))).isCloseTo(0.8, offset(1e-12));
        Map<String, Object> up = at(p3, "chains.1.hops.0");
        assertThat(up.get("type") + ":" + at(up, "from.id") + ">" + at(up, "to.id") + ":" + up.get("strength") + ":" + up.get("strengthSource")
                + ":" + up.get("basis") + ":" + up.get("reportingLine")).isEqualTo("INFLUENCES:P3>P1:0.3:STORED:reports_to:REPORT_TO_MANAGER");
    }

    @Test
    void influencesAreListedStrongestFirstTiesByName() {
        Map<String, Object> r = ok("""
                { node(kind: Person, id: "P1") { ... on Person { influences(direction: IN, asOf: "%s") { person { id name } strength } } } }
                """.formatted(TODAY));
        assertThat((List<Map<String, Object>>) at(r, "data.node.influences")).extracting(i -> at(i, "person.id") + ":" + i.get("strength"))
                .containsExactly("X:0.9", "AE:0.3", "P3:0.3");
        Map<String, Object> first = ok("""
                { node(kind: Person, id: "P1") { ... on Person { influences(direction: IN, asOf: "%s", first: 1) { person { id } } } } }
                """.formatted(TODAY));
        assertThat((String) at(first, "data.node.influences.0.person.id")).as("the page is cut after ordering").isEqualTo("X");
    }

    @Test
    void anAccountsProjectionHoldsWhatIsUnderItOnTheDayNotAUnitItSold() {
        String query = """
                { centrality(projection: {scope: {account: {kind: Idn, id: "I1"}}, relationshipKinds: [INFLUENCES, WORKS_AT, SITS_ON, PART_OF],
                    orientation: UNDIRECTED%s}, algorithm: BETWEENNESS, first: 20) { vertices rows { id } } }
                """;
        // Today: I1, H1, K1, C1, D1 and the six people working at or sitting on them; not H2 (sold to I2) nor X.
        Map<String, Object> today = ok(query.formatted(""));
        assertThat(number(at(today, "data.centrality.vertices"))).isEqualTo(11);
        assertThat((List<Map<String, Object>>) at(today, "data.centrality.rows")).extracting(x -> x.get("id"))
                .containsExactlyInAnyOrder("I1", "H1", "K1", "C1", "D1", "M", "P1", "P2", "P3", "P4", "AE");
        // In 2024 H2 was I1's, with X working there.
        Map<String, Object> then = ok(query.formatted(", asOf: \"2024-01-01\""));
        assertThat(number(at(then, "data.centrality.vertices"))).isEqualTo(13);
        assertThat((List<Map<String, Object>>) at(then, "data.centrality.rows")).extracting(x -> x.get("id")).contains("H2", "X");
    }

    @Test
    void fragileAccountsAreTheQuestionsAccountAndItsUnitsWithOneThread() {
        Map<String, Object> d = ok("""
                { coverageGaps(decision: "D1", asOf: "%s") { fragileAccounts { account { id } risk relationships } } }
                """.formatted(TODAY));
        // I1 is held by T1 and T3; H1 by T2's one relationship; K1 by nobody (no thread to lose: not fragile).
        assertThat((List<Map<String, Object>>) at(d, "data.coverageGaps.fragileAccounts")).extracting(a -> at(a, "account.id") + ":"
                + a.get("risk") + ":" + a.get("relationships")).containsExactly("H1:ONE_RELATIONSHIP:1");
        Map<String, Object> i2 = ok("""
                { coverageGaps(account: {kind: Idn, id: "I2"}, asOf: "%s") { fragileAccounts { account { id } risk } } }
                """.formatted(TODAY));
        assertThat((List<Map<String, Object>>) at(i2, "data.coverageGaps.fragileAccounts")).extracting(a -> at(a, "account.id") + ":" + a.get("risk"))
                .containsExactly("H3:ONE_RELATIONSHIP");
    }

    static final String WHAT_IF = """
            { whatIf(scenario: {changes: [%s]}, decision: "D1", top: %d, asOf: "%s") {
                warnings { code decision { id } role removed { id } message }
                influence { removed { id } }
                coverageGaps { opened { person { id } reason } closed { person { id } } removed { person { id } reason }
                               noLongerInTop { person { id } } nowInTop { person { id } } } } }
            """;

    static List<String> ids(Map<String, Object> r, String list) {
        return ((List<Map<String, Object>>) at(r, "data.whatIf.coverageGaps." + list)).stream().map(g -> (String) at(g, "person.id")).toList();
    }

    @Test
    void whatIfTheApproverLeavesTheGapIsRemovedNotClosedAndTheDecisionHasNoApprover() {
        Map<String, Object> r = ok(WHAT_IF.formatted("{removeNode: {kind: Person, id: \"P2\"}}", 4, TODAY));
        // Top 4 before: P1, P4, P2 (weak 0.2), P3; after: P1, P4, X, M.
        assertThat(ids(r, "removed")).containsExactly("P2");
        assertThat(ids(r, "closed")).isEmpty();
        assertThat(ids(r, "opened")).isEmpty();
        assertThat(ids(r, "noLongerInTop")).isEmpty();
        assertThat(ids(r, "nowInTop")).containsExactly("X", "M");
        List<Map<String, Object>> warnings = at(r, "data.whatIf.warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst().get("code") + ":" + at(warnings.getFirst(), "decision.id") + ":" + warnings.getFirst().get("role")
                + ":" + at(warnings.getFirst(), "removed.0.id")).isEqualTo("DMU_ROLE_LOST:D1:approver:P2");
        assertThat((String) warnings.getFirst().get("message")).isEqualTo("D1 has no approver left (Quinn Approver P2 was the only approver)");
    }

    @Test
    void whatIfTheDeciderAndAnMslLeaveCoverageOpensAndSomeoneOnlyFallsOutOfTheTop() {
        Map<String, Object> r = ok(WHAT_IF.formatted("{removeNode: {kind: Person, id: \"P1\"}}, {removeNode: {kind: TeamMember, id: \"T2\"}}",
                5, TODAY));
        // Top 5 before: P1, P4, P2, P3, X (gaps P4, P2, X); after: P4, P2, P3, AE, M (X's only way in was P1).
        assertThat(ids(r, "removed")).as("P1 was covered: no gap left with them").isEmpty();
        assertThat(ids(r, "opened")).as("T2 took P3's coverage along").containsExactly("P3");
        assertThat((String) at(r, "data.whatIf.coverageGaps.opened.0.reason")).isEqualTo("UNCOVERED");
        assertThat(ids(r, "closed")).isEmpty();
        assertThat(ids(r, "noLongerInTop")).containsExactly("X");
        assertThat(ids(r, "nowInTop")).containsExactly("AE", "M");
        assertThat((List<Map<String, Object>>) at(r, "data.whatIf.warnings")).extracting(w -> w.get("role")).containsExactly("decider");
        // Removing the approver's IN_DMU relationship loses the role too; removing an influencer loses nothing decisive.
        Map<String, Object> rel = ok(WHAT_IF.formatted("{removeRelationship: {from: {kind: Person, id: \"P2\"}, to: {kind: Decision, id: \"D1\"}}}",
                4, TODAY));
        assertThat((List<Map<String, Object>>) at(rel, "data.whatIf.warnings")).extracting(w -> w.get("role")).containsExactly("approver");
    }

    @Test
    void thePlanRanksDmuMembersAsTheDecisionsRankingDoesAndNamesASinglePointOfContactOnlyWhenThereIsOne() {
        Map<String, Object> plan = ok("""
                { accountPlan(account: {kind: Idn, id: "I1"}, asOf: "%s") {
                    openDecisions { decision { id } dmu { person { id } role influenceRank accountInfluenceRank } }
                    team { teamMember { id } averageStrength }
                    coverageMatrix { singlePointOfContact { id } singlePointReason accountLead { id } accountLeadStrength accountLeadReason }
                    nextMoves { kind subject { id } reason } } }
                """.formatted(TODAY));
        Map<String, Object> decision = ok("""
                { decisionInfluencers(decision: "D1", asOf: "%s", first: 20) { people { person { id } rank } } }
                """.formatted(TODAY));
        Map<String, Integer> ranks = new HashMap<>();
        ((List<Map<String, Object>>) at(decision, "data.decisionInfluencers.people")).forEach(p -> ranks.put((String) at(p, "person.id"),
                ((Number) p.get("rank")).intValue()));
        List<Map<String, Object>> dmu = at(plan, "data.accountPlan.openDecisions.0.dmu");
        assertThat(dmu).extracting(m -> at(m, "person.id") + ":" + m.get("role") + ":#" + m.get("influenceRank"))
                .containsExactlyInAnyOrder("P1:decider:#1", "P2:approver:#3", "P3:influencer:#4");
        dmu.forEach(m -> assertThat(m.get("influenceRank")).isEqualTo(ranks.get((String) at(m, "person.id"))));
        // Three members hold I1: no single point of contact; T1 leads it with 0.52 on the account itself (0.71 on average).
        Map<String, Object> matrix = at(plan, "data.accountPlan.coverageMatrix");
        assertThat(matrix.get("singlePointOfContact")).isNull();
        assertThat(matrix.get("singlePointReason")).isEqualTo("3 team members hold the account");
        assertThat((String) at(matrix, "accountLead.id")).isEqualTo("T1");
        assertThat(number(matrix.get("accountLeadStrength"))).isEqualTo(0.52);
        Map<String, Object> t1 = ((List<Map<String, Object>>) at(plan, "data.accountPlan.team")).stream()
                .filter(t -> "T1".equals(at(t, "teamMember.id"))).findFirst().orElseThrow();
        assertThat(number(t1.get("averageStrength"))).isCloseTo(0.71, offset(1e-12));
        List<Map<String, Object>> moves = at(plan, "data.accountPlan.nextMoves");
        assertThat(moves).filteredOn(m -> "UNCOVERED_DECIDER".equals(m.get("kind"))).extracting(m -> at(m, "subject.id") + ":" + m.get("reason"))
                .containsExactly("P2:rank #3 in the decision's influence ranking; covered only weakly (best strength 0.2)");
        assertThat(moves).filteredOn(m -> "SINGLE_THREAD".equals(m.get("kind"))).extracting(m -> at(m, "subject.id")).containsExactly("H1");

        // I2 hangs on T2 alone (Y at its hospital).
        Map<String, Object> south = ok("""
                { accountPlan(account: {kind: Idn, id: "I2"}, asOf: "%s") { coverageMatrix { singlePointOfContact { id } singlePointReason accountLead { id } }
                    nextMoves { kind subject { id } } } }
                """.formatted(TODAY));
        assertThat((String) at(south, "data.accountPlan.coverageMatrix.singlePointOfContact.id")).isEqualTo("T2");
        assertThat((String) at(south, "data.accountPlan.coverageMatrix.singlePointReason"))
                .isEqualTo("the only team member holding the account (1 coverage relationship): it hangs on them");
        assertThat((Object) at(south, "data.accountPlan.coverageMatrix.accountLead")).isNull();
        assertThat((List<Map<String, Object>>) at(south, "data.accountPlan.nextMoves")).filteredOn(m -> "SINGLE_THREAD".equals(m.get("kind")))
                .extracting(m -> at(m, "subject.id")).containsExactlyInAnyOrder("I2", "H3");
    }

    @Test
    void aReportingLineCycleIsRefusedOnImportAndOnEditNamingTheFileLineAndCycle() throws IOException {
        Path dir = Files.createTempDirectory("kam-cycle");
        Path file = dir.resolve("REPORTS_TO-new.csv");
        // Line 3 makes M report to P3 while P3 reports to P1 and P1 to M (since 2018): a cycle from 2020-01-01.
        Files.writeString(file, ":START_ID(Person),:END_ID(Person),validFrom:date\nAE,P1,2020-01-01\nM,P3,2020-01-01\n");
        Http.Response r = http.upload("/api/import", List.of(file));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("REPORTS_TO-new.csv").contains("\"line\":3")
                .contains("a reporting-line cycle: M reports to P3, P3 reports to P1, P1 reports to M (all valid on 2020-01-01)");
        // Nothing was written: AE reports to nobody.
        Map<String, Object> ae = ok("{ node(kind: Person, id: \"AE\") { neighbours(types: [REPORTS_TO]) { node { id } } } }");
        assertThat((List<?>) at(ae, "data.node.neighbours")).isEmpty();

        assertError("""
                mutation { createRelationship(input: {key: {type: REPORTS_TO, fromKind: Person, fromId: "M", toKind: Person, toId: "P1",
                  validFrom: "2022-01-01"}}) { type } }
                """, "BAD_REQUEST", "toId", "a reporting-line cycle: M reports to P1, P1 reports to M (all valid on 2022-01-01)");
    }
}
