package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Key accounts through the public path (CSV upload, GraphQL, the plan page and PDF) on a small market whose scores
 * are worked out by hand (fixtures/keyaccounts). On 2026-11-01 nobody influences anybody, so PageRank gives each of
 * the three clinicians a third of the influence. Areas: Cardiology (ours: Cardexa; Rivalol is a competitor's;
 * Oncozol's 5,000 is out of scope).
 * <pre>
 *            spend  value  growth            value  influence  access            coverage  score
 *  H1        1000   1      600/500-1 = +20%  0.7    1          PY1 tier 1: 1     A: 1      0.35+0.105+0.2+0.15+0.15 = 0.955
 *  I1 (⊃H1)  1000   1      +20%              0.7    1          1                 1         0.955 (rank 2: Hospital:H1 < Idn:I1)
 *  H2        300    0.3    none              0.5    1          CM1 tier 3+PA: 0.45  B weak: 0  0.105+0.075+0.2+0.0675 = 0.4475
 *  C1        100    0.1    none              0.5    1          none: 0           0         0.035+0.075+0.2 = 0.31
 * </pre>
 */
// A property of its own gives each fixture its own application context (and store).
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=keyaccounts")
class KeyAccountQuestionsTest extends FixtureApiTest {
    static final String DAY = "2026-11-01";
    static final String LATER = "2026-11-20";
    @Override
    String fixture() {
        return "keyaccounts";
    }

    @Test
    void scoresMatchTheHandComputedOnes() {
        Map<String, Object> r = ok("""
                { keyAccounts(asOf: "%s") { totalCount growthFrom scope { therapeuticAreas ourProducts { id } }
                    tierCounts { tier count }
                    accounts { rank score tier account { kind id } components { component raw value contribution detail note } } } }
                """.formatted(DAY));
        assertThat((String) at(r, "data.keyAccounts.growthFrom")).isEqualTo("2025-11-01");
        assertThat((List<String>) at(r, "data.keyAccounts.scope.therapeuticAreas")).containsExactly("Cardiology");
        List<Map<String, Object>> accounts = at(r, "data.keyAccounts.accounts");
        assertThat(accounts).extracting(a -> at(a, "account.id")).containsExactly("H1", "I1", "H2", "C1");
        double[] expected = {0.955, 0.955, 0.4475, 0.31};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(accounts.get(i).get("score"))).as((String) at(accounts.get(i), "account.id")).isCloseTo(expected[i], offset(1e-9));
        }
        assertThat(accounts).extracting(a -> a.get("tier")).containsExactly("KEY", "KEY", "STRATEGIC", "STRATEGIC");
        Map<String, Object> h2 = accounts.get(2);
        assertThat(number(at(h2, "components.0.raw"))).isEqualTo(300.0);
        assertThat(number(at(h2, "components.3.raw"))).isCloseTo(0.45, offset(1e-12));
        assertThat((String) at(h2, "components.1.note")).contains("no prescribing history");
        assertThat(number(at(h2, "components.4.raw"))).isZero();
        Map<String, Object> i1 = accounts.get(1);
        assertThat(number(at(i1, "components.1.raw"))).isCloseTo(0.2, offset(1e-12));
        assertThat(number(at(i1, "components.1.contribution"))).isCloseTo(0.105, offset(1e-12));
        assertThat((String) at(i1, "components.0.detail")).contains("$1.0k").contains("1 prescribers");
        assertThat((Object) at(accounts.get(3), "components.3.raw")).isNull();
    }

    @Test
    void theKeyCapHoldsAndWeightsMoveTheRanking() {
        Map<String, Object> r = ok("""
                { keyAccounts(asOf: "%s", tiers: {maxKey: 1}, weights: {spend: 0, growth: 0, influence: 0, access: 1, coverage: 0}) {
                    tierCounts { tier count } weights { component effective }
                    accounts { account { id } score tier tierReason } } }
                """.formatted(DAY));
        List<Map<String, Object>> accounts = at(r, "data.keyAccounts.accounts");
        assertThat(accounts.stream().filter(a -> a.get("tier").equals("KEY"))).hasSize(1);
        assertThat(accounts).extracting(a -> at(a, "account.id")).containsExactly("H1", "I1", "H2", "C1");
        assertThat((String) at(accounts.get(1), "tierReason")).contains("key cap of 1 is full");
        assertThat(number(at(accounts.get(2), "score"))).isCloseTo(0.45, offset(1e-12));
        Map<String, Object> kinds = ok("""
                { keyAccounts(asOf: "%s", scope: {kinds: [Hospital]}, tiers: {maxKey: 1}) { totalCount accounts { account { id } tier } } }
                """.formatted(DAY));
        assertThat(number(at(kinds, "data.keyAccounts.totalCount"))).isEqualTo(2);
        assertThat((String) at(kinds, "data.keyAccounts.accounts.0.tier")).isEqualTo("KEY");
    }

    @Test
    void explanationSaysWhatMovedSinceADay() {
        Map<String, Object> r = ok("""
                { keyAccount(account: {kind: Hospital, id: "H2"}, asOf: "%s", since: "2025-06-01") {
                    rank score movement { present scoreBefore scoreChange summary components { component contributionChange } } } }
                """.formatted(DAY));
        Map<String, Object> m = at(r, "data.keyAccount.movement");
        assertThat((Boolean) m.get("present")).isTrue();
        assertThat((String) m.get("summary")).contains("score").contains("rank");
        assertThat(number(m.get("scoreChange"))).isCloseTo(number(at(r, "data.keyAccount.score")) - number(m.get("scoreBefore")), offset(1e-12));
    }

    @Test
    void badWeightsAndUnknownAccountsGiveClearErrors() {
        Map<String, Object> bad = http.graphql("{ keyAccounts(weights: {spend: -1}) { totalCount } }");
        assertThat((String) at(bad, "errors.0.extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat((String) at(bad, "errors.0.extensions.argument")).isEqualTo("weights.spend");
        assertThat((String) at(bad, "errors.0.message")).contains("between 0 and 100");
        Map<String, Object> zero = http.graphql("{ keyAccounts(weights: {spend: 0, growth: 0, influence: 0, access: 0, coverage: 0}) { totalCount } }");
        assertThat((String) at(zero, "errors.0.extensions.argument")).isEqualTo("weights");
        Map<String, Object> area = http.graphql("{ keyAccounts(scope: {therapeuticAreas: [\"Astrology\"]}) { totalCount } }");
        assertThat((String) at(area, "errors.0.message")).contains("unknown therapeutic area").contains("Cardiology");
        Map<String, Object> missing = http.graphql("{ accountPlan(account: {kind: Idn, id: \"NOPE\"}) { account { id } } }");
        assertThat((String) at(missing, "errors.0.extensions.classification")).isEqualTo("NOT_FOUND");
        Map<String, Object> notAccount = http.graphql("{ keyAccount(account: {kind: Payer, id: \"PY1\"}) { rank } }");
        assertThat((String) at(notAccount, "errors.0.extensions.argument")).isEqualTo("account.kind");
        assertThat(http.get("/plan/Idn/NOPE.pdf").status()).isEqualTo(404);
        assertThat(http.get("/plan/Idn/I1?paper=legal").status()).isEqualTo(400);
    }

    @Test
    void thePlanHasStakeholdersDecisionsMoneyFormularyTeamAndMoves() {
        Map<String, Object> r = ok("""
                { accountPlan(account: {kind: Idn, id: "I1"}, asOf: "%s") {
                    account { name } tiering { rank tier }
                    topStakeholders { person { id } covered }
                    openDecisions { decision { id } uncoveredDeciders dmu { person { id } role covered } }
                    moneyFlows { direction type counterpart { id } amount } followTheMoney { inflow comesFrom { nodes { id } } }
                    formulary { listedBy { id } product { id } position quality }
                    portfolio { product { id } ours spend }
                    team { teamMember { id } role peopleCovered organizationsCovered }
                    coverageMatrix { singlePointOfContact { id } singlePointReason accountLead { id } missingRoles gaps { person { id } } stakeholders { person { id } status dmuRoles }
                                     cells { teamRole dmuRole people } }
                    maturity { stage stages { stage reached evidence missing } nextSteps } initiatives { id }
                    nextMoves { priority kind action suggestedRole } } }
                """.formatted(LATER));
        Map<String, Object> p = at(r, "data.accountPlan");
        assertThat((String) at(p, "account.name")).isEqualTo("North Health");
        assertThat((String) at(p, "topStakeholders.0.person.id")).isEqualTo("A");
        assertThat((String) at(p, "openDecisions.0.decision.id")).isEqualTo("D1");
        assertThat(number(at(p, "openDecisions.0.uncoveredDeciders"))).isEqualTo(1);
        assertThat((List<Map<String, Object>>) at(p, "moneyFlows")).extracting(m -> m.get("direction") + ":" + m.get("type") + ":"
                + at(m, "counterpart.id") + ":" + m.get("amount")).containsExactly("IN:REIMBURSES:PY1:250000.0");
        // The hospital is under the IDN: its reimbursement is the account's inflow.
        assertThat(((Number) at(p, "followTheMoney.inflow")).doubleValue()).isEqualTo(250000.0);
        assertThat((List<Map<String, Object>>) at(p, "followTheMoney.comesFrom.0.nodes")).extracting(n -> n.get("id")).containsExactly("PY1", "H1");
        assertThat((List<Map<String, Object>>) at(p, "formulary")).extracting(f -> at(f, "listedBy.id") + ":" + at(f, "product.id") + ":"
                + f.get("position")).containsExactly("PY1:P-OURS:preferred");
        assertThat((List<Map<String, Object>>) at(p, "portfolio")).extracting(x -> at(x, "product.id") + ":" + x.get("spend"))
                .containsExactly("P-OURS:600.0", "P-COMP:400.0");
        // T1 and T2 both hold the account: no single point of contact; T1, the KAM covering the IDN itself, leads it.
        assertThat((Object) at(p, "coverageMatrix.singlePointOfContact")).isNull();
        assertThat((String) at(p, "coverageMatrix.singlePointReason")).isEqualTo("2 team members hold the account");
        assertThat((String) at(p, "coverageMatrix.accountLead.id")).isEqualTo("T1");
        List<Map<String, Object>> cells = at(p, "coverageMatrix.cells");
        assertThat(cells.stream().filter(c -> c.get("teamRole").equals("kam") && c.get("dmuRole").equals("decider")).findFirst().orElseThrow()
                .get("people")).isEqualTo(1);
        assertThat((List<Map<String, Object>>) at(p, "coverageMatrix.stakeholders")).extracting(s -> at(s, "person.id") + ":" + s.get("status"))
                .contains("A:SINGLE", "B:SINGLE");
        // Stage 1 (a KAM covers the IDN); with the initiative of initiativesMilestonesAndRollups (active, owned by a KAM
        // and an MSL, milestones on time; covered influence 100%) stages 3 and 4 hold as well.
        boolean initiative = !((List<?>) at(p, "initiatives")).isEmpty();
        assertThat(number(at(p, "maturity.stage"))).isEqualTo(initiative ? 4 : 1);
        assertThat((List<String>) at(p, "maturity.stages.0.evidence")).anyMatch(e -> e.contains("Tom Keyaccount"));
        List<Map<String, Object>> moves = at(p, "nextMoves");
        assertThat((String) at(moves, "0.kind")).isEqualTo("UNCOVERED_DECIDER");
        assertThat((String) at(moves, "0.action")).contains("Ben Cardiologist").contains("approver");
        assertThat((String) at(moves, "0.suggestedRole")).isEqualTo("msl");
    }

    @Test
    void initiativesMilestonesAndRollups() {
        Map<String, Object> created = ok("""
                mutation { createInitiative(input: {id: "INI-T1", name: "Cardexa outcomes study", initiativeType: "OUTCOMES_STUDY",
                    status: "active", startDate: "2026-01-01", endDate: "2027-06-30", account: {kind: Idn, id: "I1"},
                    owners: ["T1", "T2"], stakeholders: ["A"], products: ["P-OURS"], validFrom: "2025-12-01",
                    milestones: [{name: "Protocol agreed", dueDate: "2026-03-01", status: "done", completedDate: "2026-02-20"},
                                 {name: "Interim analysis", dueDate: "2026-09-01"},
                                 {name: "Final report", dueDate: "2027-06-01"}]}) {
                    id initiativeType owners { id } stakeholders { id } products { id } at { id }
                    milestones { id status overdue } progress { milestones done overdue share } nextMilestone { id } } }
                """);
        Map<String, Object> i = at(created, "data.createInitiative");
        assertThat(i.get("initiativeType")).isEqualTo("outcomes_study");
        assertThat((List<Map<String, Object>>) i.get("owners")).extracting(o -> o.get("id")).containsExactlyInAnyOrder("T1", "T2");
        assertThat((List<Map<String, Object>>) i.get("milestones")).extracting(m -> m.get("id")).containsExactly("INI-T1-M1", "INI-T1-M2", "INI-T1-M3");
        assertThat(number(at(i, "progress.done"))).isEqualTo(1);
        assertThat((String) at(i, "nextMilestone.id")).isEqualTo("INI-T1-M2");

        Map<String, Object> done = ok("""
                mutation { setMilestone(initiative: "INI-T1", input: {id: "INI-T1-M2", status: "done", completedDate: "2026-09-10"}) {
                    progress { done share } nextMilestone { id } } }
                """);
        assertThat(number(at(done, "data.setMilestone.progress.done"))).isEqualTo(2);
        assertThat(number(at(done, "data.setMilestone.progress.share"))).isCloseTo(2.0 / 3, offset(1e-12));
        ok("mutation { updateInitiative(input: {id: \"INI-T1\", endOwners: [\"T2\"], addOwners: [\"T3\"], on: \"2026-11-10\"}) { id } }");

        Map<String, Object> list = ok("""
                { initiatives(account: {kind: Idn, id: "I1"}, asOf: "%s") { initiatives { id owners { id } }
                    progress { initiatives byStatus { status count } progress { milestones done overdue } } }
                  kamPortfolio(teamMember: "T1", asOf: "%s") { role accounts { account { id } progress { initiatives } } progress { initiatives } } }
                """.formatted(LATER, LATER));
        assertThat(number(at(list, "data.initiatives.progress.progress.done"))).isEqualTo(2);
        assertThat((List<Map<String, Object>>) at(list, "data.initiatives.progress.byStatus")).extracting(s -> s.get("status") + ":" + s.get("count"))
                .contains("active:1");
        assertThat((String) at(list, "data.kamPortfolio.accounts.0.account.id")).isEqualTo("I1");
        assertThat((String) at(list, "data.kamPortfolio.role")).isEqualTo("kam");

        Map<String, Object> bad = http.graphql("""
                mutation { setMilestone(initiative: "INI-T1", input: {name: "Oops", dueDate: "2026-12-01", status: "finished"}) { id } }
                """);
        assertThat((String) at(bad, "errors.0.extensions.classification")).isEqualTo("BAD_REQUEST");
        assertThat((String) at(bad, "errors.0.message")).contains("status").contains("finished");
        Map<String, Object> noOwner = http.graphql("""
                mutation { createInitiative(input: {id: "INI-T2", name: "X", account: {kind: Idn, id: "I1"}, owners: ["T404"]}) { id } }
                """);
        assertThat((String) at(noOwner, "errors.0.extensions.classification")).isEqualTo("NOT_FOUND");
        assertThat((String) at(noOwner, "errors.0.extensions.argument")).isEqualTo("input.owners");
        Map<String, Object> dates = http.graphql("""
                mutation { createInitiative(input: {id: "INI-T3", name: "X", account: {kind: Idn, id: "I1"}, startDate: "2026-05-01", endDate: "2026-01-01"}) { id } }
                """);
        assertThat((String) at(dates, "errors.0.extensions.argument")).isEqualTo("input.endDate");
    }

    @Test
    void thePdfIsOnePageWithTheAccountAndItsTopStakeholders() throws Exception {
        for (String paper : List.of("letter", "a4")) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/plan/Idn/I1.pdf?asOf=" + LATER + "&paper=" + paper)).header("Authorization", "Bearer " + Http.ADMIN_TOKEN).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (PDDocument d = Loader.loadPDF(r.body())) {
                assertThat(d.getNumberOfPages()).as(paper).isEqualTo(1);
                String text = new PDFTextStripper().getText(d);
                assertThat(text).contains("North Health").contains("Anna Cardiologist").contains("Next moves");
            }
        }
        Http.Response html = http.get("/plan/Idn/I1?asOf=" + LATER);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<h1>North Health</h1>").contains("Anna Cardiologist").contains("Top stakeholders");
    }

    @Test
    void deprecatedPlanNamesAnswerAsTheirNewNames() {
        // Issue 16, one vocabulary: moneyTrail is followTheMoney (the query's name), singleThreadRisks is fragileAccounts
        // (as coverageGaps), Listing.body is listedBy (as FormularyListing), StakeholderCoverage.coveredBy is coverage.
        Map<String, Object> p = at(ok("""
                { accountPlan(account: {kind: Idn, id: "I1"}, asOf: "%s") {
                    followTheMoney { inflow comesFrom { spend nodes { id } } } moneyTrail { inflow comesFrom { spend nodes { id } } }
                    fragileAccounts { account { id } risk } singleThreadRisks { account { id } risk }
                    formulary { listedBy { id } body { id } }
                    coverageMatrix { stakeholders { coverage { teamMember { id } } coveredBy { teamMember { id } } } } } }
                """.formatted(LATER)), "data.accountPlan");
        assertThat((Object) at(p, "moneyTrail")).isEqualTo(at(p, "followTheMoney"));
        assertThat(((Number) at(p, "followTheMoney.inflow")).doubleValue()).isEqualTo(250000.0);
        assertThat((Object) at(p, "singleThreadRisks")).isEqualTo(at(p, "fragileAccounts"));
        assertThat((List<Map<String, Object>>) at(p, "formulary")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("body")).isEqualTo(f.get("listedBy")));
        assertThat((List<Map<String, Object>>) at(p, "coverageMatrix.stakeholders")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("coveredBy")).isEqualTo(s.get("coverage")));
    }
}
