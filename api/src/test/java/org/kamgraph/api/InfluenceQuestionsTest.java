package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The KAM's influence questions through the public path (CSV upload, projection, algorithms, GraphQL) on a small
 * account whose answers are known: personalized PageRank, betweenness, communities and cut vertices from
 * networkx 3.6.1 (src/test/resources/reference/influence_reference.py), chains and coverage worked out by hand.
 *
 * <p>The account: P1 decides D1 (committee C1 too) and reports to M; A influences P1 (0.8), B influences A (0.5)
 * and P1 (0.2); C sits on C1; E influenced C (0.9) until 2020. T1 covers P1 (0.9), A (0.1) and hospital H1; T2
 * covers B (0.7) but last met them in 2020.
 */
// A property of its own gives each fixture its own application context (and store).
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=influence")
class InfluenceQuestionsTest extends FixtureApiTest {
    static final String TODAY = "2026-11-01";
    @Override
    String fixture() {
        return "influence";
    }

    @Test
    void whoInfluencesTheDecisionMatchesPersonalizedPageRank() {
        Map<String, Object> r = ok("""
                { decisionInfluencers(decision: "D1", asOf: "%s", options: {tolerance: 1e-13, maxIterations: 10000}) {
                    subject { id name } seeds { node { id } role } vertices edges totalCount convergence { converged }
                    people { person { id name } score rank dmuRoles covered positions { organization { id } title }
                             coverage { teamMember { id } strength lastContact } } } }
                """.formatted(TODAY));
        assertThat((String) at(r, "data.decisionInfluencers.subject.name")).isEqualTo("Formulary review of Cardexa");
        List<Map<String, Object>> seeds = at(r, "data.decisionInfluencers.seeds");
        assertThat(seeds).extracting(s -> at(s, "node.id") + ":" + s.get("role"))
                .containsExactlyInAnyOrder("P1:decider", "C1:deciding committee");
        assertThat(number(at(r, "data.decisionInfluencers.vertices"))).isEqualTo(8);
        assertThat(number(at(r, "data.decisionInfluencers.edges"))).isEqualTo(9);
        assertThat((Boolean) at(r, "data.decisionInfluencers.convergence.converged")).isTrue();
        List<Map<String, Object>> people = at(r, "data.decisionInfluencers.people");
        assertThat(people).extracting(p -> at(p, "person.id")).containsExactly("P1", "C", "B", "A", "M");
        double[] expected = {0.24477806788511786, 0.20806135770234924, 0.12206266318537903, 0.11096605744125292,
                0.06935378590078307};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(people.get(i).get("score"))).as((String) at(people.get(i), "person.id")).isCloseTo(expected[i], offset(1e-9));
            assertThat(number(people.get(i).get("rank"))).isEqualTo(i + 1);
        }
        Map<String, Object> p1 = people.getFirst();
        assertThat((List<String>) p1.get("dmuRoles")).containsExactly("decider");
        assertThat((String) at(p1, "positions.0.title")).isEqualTo("Chief Medical Officer");
        assertThat((String) at(p1, "coverage.0.teamMember.id")).isEqualTo("T1");
        assertThat((String) at(p1, "coverage.0.lastContact")).isEqualTo("2026-10-01");
        assertThat((Boolean) people.get(1).get("covered")).isFalse();
        assertThat((List<String>) people.get(3).get("dmuRoles")).containsExactly("influencer");
    }

    @Test
    void chainsExplainTheScoreStrongestFirst() {
        Map<String, Object> r = ok("""
                { decisionInfluencers(decision: "D1", asOf: "%s", chains: 2) {
                    people { person { id } chains { strength hops { from { id } to { id } type reversed strength basis source } } } } }
                """.formatted(TODAY));
        List<Map<String, Object>> people = at(r, "data.decisionInfluencers.people");
        Map<String, Object> b = people.stream().filter(p -> at(p, "person.id").equals("B")).findFirst().orElseThrow();
        List<Map<String, Object>> chains = (List<Map<String, Object>>) b.get("chains");
        // B -> A -> P1 (0.5 x 0.8) beats B -> P1 (0.2).
        assertThat(chains).hasSize(2);
        assertThat(number(chains.get(0).get("strength"))).isCloseTo(0.4, offset(1e-12));
        assertThat((List<Map<String, Object>>) chains.get(0).get("hops")).extracting(h -> at(h, "from.id") + ">" + at(h, "to.id")
                + ":" + h.get("type") + ":" + h.get("basis") + ":" + h.get("source")).containsExactly("B>A:INFLUENCES:kol:pubmed", "A>P1:INFLUENCES:peer:crm");
        assertThat(number(chains.get(1).get("strength"))).isCloseTo(0.2, offset(1e-12));
        Map<String, Object> m = people.stream().filter(p -> at(p, "person.id").equals("M")).findFirst().orElseThrow();
        Map<String, Object> hop = at(m, "chains.0.hops.0");
        assertThat(hop.get("type")).isEqualTo("REPORTS_TO");
        assertThat((Boolean) hop.get("reversed")).isTrue();
        assertThat(at(hop, "from.id") + ">" + at(hop, "to.id")).isEqualTo("M>P1");
        Map<String, Object> c = people.stream().filter(p -> at(p, "person.id").equals("C")).findFirst().orElseThrow();
        assertThat((String) at(c, "chains.0.hops.0.type")).isEqualTo("SITS_ON");
        assertThat(number(at(c, "chains.0.strength"))).isCloseTo(0.5, offset(1e-12));
        assertThat((List<?>) people.getFirst().get("chains")).as("a decider needs no chain").isEmpty();
    }

    @Test
    void asOfADayInThePastTheFormerInfluenceCounts() {
        Map<String, Object> r = ok("""
                { decisionInfluencers(decision: "D1", asOf: "2020-06-01", options: {tolerance: 1e-13, maxIterations: 10000}) {
                    people { person { id } score chains { strength hops { from { id } to { id } type } } } } }
                """);
        List<Map<String, Object>> people = at(r, "data.decisionInfluencers.people");
        assertThat(people).extracting(p -> at(p, "person.id")).containsExactly("P1", "C", "E", "B", "A", "M");
        assertThat(number(people.get(2).get("score"))).isCloseTo(0.15027559191597015, offset(1e-9));
        assertThat(number(at(people.get(2), "chains.0.strength"))).isCloseTo(0.45, offset(1e-12));
        Map<String, Object> today = ok("""
                { decisionInfluencers(decision: "D1", asOf: "%s") { people { person { id } } } }
                """.formatted(TODAY));
        assertThat((List<Map<String, Object>>) at(today, "data.decisionInfluencers.people")).extracting(p -> at(p, "person.id"))
                .doesNotContain("E");
    }

    @Test
    void accountInfluencersAreSeededAtItsCommitteesAndDecisions() {
        Map<String, Object> r = ok("""
                { accountInfluencers(account: {kind: Idn, id: "I1"}, asOf: "%s", first: 3) {
                    subject { id name } seeds { node { id } role } totalCount people { person { id } rank chains { strength } } pageInfo { hasNextPage } } }
                """.formatted(TODAY));
        assertThat((String) at(r, "data.accountInfluencers.subject.name")).isEqualTo("North Health");
        assertThat((List<Map<String, Object>>) at(r, "data.accountInfluencers.seeds")).extracting(s -> at(s, "node.id") + ":" + s.get("role"))
                .containsExactlyInAnyOrder("C1:committee", "D1:decision", "D2:decision");
        assertThat(number(at(r, "data.accountInfluencers.totalCount"))).isEqualTo(7);
        assertThat((Boolean) at(r, "data.accountInfluencers.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void brokersAndGatekeepersOfTheAccount() {
        Map<String, Object> r = ok("""
                { brokers(scope: {account: {kind: Idn, id: "I1"}}, asOf: "%s", first: 7) {
                    vertices sampled people { person { id } score rank gatekeeper covered } } }
                """.formatted(TODAY));
        assertThat((Boolean) at(r, "data.brokers.sampled")).isFalse();
        List<Map<String, Object>> people = at(r, "data.brokers.people");
        assertThat((String) at(people.getFirst(), "person.id")).isEqualTo("A");
        assertThat(number(people.getFirst().get("score"))).isCloseTo(1.0 / 30, offset(1e-12));
        assertThat(people).filteredOn(p -> (Boolean) p.get("gatekeeper")).extracting(p -> at(p, "person.id")).containsExactly("P1");
        assertThat(people.subList(1, 7)).allSatisfy(p -> assertThat(number(p.get("score"))).isZero());

        Map<String, Object> sampled = ok("""
                { brokers(scope: {territory: "T-INF"}, asOf: "%s", samples: 7, seed: 1) { sampled samples errorBound people { person { id } score } } }
                """.formatted(TODAY));
        assertThat((Boolean) at(sampled, "data.brokers.sampled")).isTrue();
        assertThat(number(at(sampled, "data.brokers.people.0.score"))).as("all 7 sources: exact").isCloseTo(1.0 / 30, offset(1e-12));
    }

    @Test
    void reachAStakeholderThroughTheStrongestChains() {
        Map<String, Object> r = ok("""
                { reachStakeholder(target: "P1", k: 3, asOf: "%s") { target { id } paths { strength hops { from { id } to { id } type strength lastContact } } } }
                """.formatted(TODAY));
        List<Map<String, Object>> paths = at(r, "data.reachStakeholder.paths");
        assertThat(paths).extracting(p -> number(p.get("strength"))).containsExactly(0.9, 0.7 * 0.5 * 0.8, 0.7 * 0.2);
        assertThat((List<Map<String, Object>>) paths.get(1).get("hops")).extracting(h -> at(h, "from.id") + ">" + at(h, "to.id") + ":" + h.get("type"))
                .containsExactly("T2>B:COVERS", "B>A:INFLUENCES", "A>P1:INFLUENCES");
        assertThat((String) at(paths.getFirst(), "hops.0.lastContact")).isEqualTo("2026-10-01");

        Map<String, Object> twoHops = ok("""
                { reachStakeholder(target: "P1", k: 3, maxHops: 2, asOf: "%s") { paths { strength } } }
                """.formatted(TODAY));
        assertThat((List<Map<String, Object>>) at(twoHops, "data.reachStakeholder.paths")).extracting(p -> number(p.get("strength")))
                .as("the 3-hop chain is over the limit; the next within it takes its place").containsExactly(0.9, 0.7 * 0.2, 0.1 * 0.8);

        Map<String, Object> fromT1 = ok("""
                { reachStakeholder(target: "B", from: ["T1"], asOf: "%s") { paths { strength } } }
                """.formatted(TODAY));
        assertThat((List<?>) at(fromT1, "data.reachStakeholder.paths")).as("influence never flows back to B").isEmpty();
    }

    @Test
    void coverageGapsNameTheReasonAndFragileAccounts() {
        Map<String, Object> r = ok("""
                { coverageGaps(decision: "D1", asOf: "%s") { subject { id } gaps { person { id } influenceRank reason }
                  fragileAccounts { account { id } risk relationships teamMembers { teamMember { id } relationships } } } }
                """.formatted(TODAY));
        assertThat((List<Map<String, Object>>) at(r, "data.coverageGaps.gaps")).extracting(g -> at(g, "person.id") + ":" + g.get("reason"))
                .containsExactly("C:UNCOVERED", "B:STALE", "A:WEAK", "M:UNCOVERED");
        assertThat((List<Map<String, Object>>) at(r, "data.coverageGaps.fragileAccounts")).extracting(a -> at(a, "account.id") + ":" + a.get("risk"))
                .as("H2, which nobody covers, has no thread to lose: not fragile").containsExactly("I1:ONE_RELATIONSHIP");
    }

    @Test
    void informalGroupsMatchGreedyModularity() {
        Map<String, Object> r = ok("""
                { informalGroups(account: {kind: Idn, id: "I1"}, asOf: "%s") { modularity people unconnected
                    groups { size leader { id } members { person { id } } internalEdges externalEdges } } }
                """.formatted(TODAY));
        assertThat(number(at(r, "data.informalGroups.modularity"))).isCloseTo(0.0, offset(1e-12));
        assertThat(number(at(r, "data.informalGroups.people"))).isEqualTo(7);
        assertThat(number(at(r, "data.informalGroups.unconnected"))).isEqualTo(3);
        List<Map<String, Object>> groups = at(r, "data.informalGroups.groups");
        assertThat(groups).hasSize(1);
        assertThat((List<Map<String, Object>>) groups.getFirst().get("members")).extracting(m -> at(m, "person.id"))
                .containsExactly("B", "A", "M", "P1");
        assertThat((String) at(groups.getFirst(), "leader.id")).isEqualTo("B");
        assertThat(number(groups.getFirst().get("internalEdges"))).isEqualTo(4);
        Map<String, Object> lp = ok("""
                { informalGroups(account: {kind: Idn, id: "I1"}, method: LABEL_PROPAGATION, minSize: 1, asOf: "%s") { groups { size } } }
                """.formatted(TODAY));
        List<Map<String, Object>> all = at(lp, "data.informalGroups.groups");
        assertThat(all.stream().mapToDouble(g -> number(g.get("size"))).sum()).as("minSize 1: everyone in one group").isEqualTo(7.0);
        assertThat(all).filteredOn(g -> number(g.get("size")) == 1.0).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void whatChangedBetweenTwoDays() {
        Map<String, Object> r = ok("""
                { changes(decision: "D1", from: "2020-06-01", to: "%s") { subject { id } entered { person { id } }
                    left { person { id } rankBefore rankAfter } moved { person { id } rankBefore rankAfter }
                    relationshipsBegun { type } relationshipsEnded { type from { id } to { id } validTo }
                    spendOf { id } spend { type direction counterparty { id } amountBefore amountAfter change } } }
                """.formatted(TODAY));
        assertThat((List<?>) at(r, "data.changes.entered")).isEmpty();
        assertThat((List<Map<String, Object>>) at(r, "data.changes.left")).extracting(x -> at(x, "person.id") + ":" + x.get("rankBefore") + ">" + x.get("rankAfter"))
                .containsExactly("E:3>null");
        assertThat((List<Map<String, Object>>) at(r, "data.changes.moved")).extracting(x -> at(x, "person.id") + ":" + x.get("rankBefore") + ">" + x.get("rankAfter"))
                .containsExactly("B:4>3", "A:5>4", "M:6>5");
        assertThat((List<?>) at(r, "data.changes.relationshipsBegun")).isEmpty();
        assertThat((List<Map<String, Object>>) at(r, "data.changes.relationshipsEnded")).extracting(x -> x.get("type") + ":" + at(x, "from.id")
                + ">" + at(x, "to.id") + ":" + x.get("validTo")).containsExactly("INFLUENCES:E>C:2020-12-31");
        assertThat((String) at(r, "data.changes.spendOf.id")).isEqualTo("I1");
        assertThat((List<Map<String, Object>>) at(r, "data.changes.spend")).extracting(x -> x.get("type") + ":" + x.get("direction") + ":"
                + at(x, "counterparty.id") + ":" + x.get("amountBefore") + ">" + x.get("amountAfter")).containsExactly("REIMBURSES:IN:PAY1:0.0>1000.0");
        assertError("{ changes(decision: \"D1\", from: \"2026-01-01\", to: \"2025-01-01\") { subject { id } } }", "BAD_REQUEST", "from", "before");
    }

    @Test
    void everyAnswerDownloadsAsCsvWithTheSameFilters() {
        String query = """
                { decisionInfluencers(decision: "D1", asOf: "%s", first: 3) { people { rank score person { id name } dmuRoles
                    chains { strength hops { from { id } to { id } } } } } }
                """.formatted(TODAY);
        Http.Response r = http.get("/api/csv?rows=decisionInfluencers.people&filename=d1.csv&query="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> lines = r.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("rank,score,person.id,person.name,dmuRoles,chains.count,chains.strength,chains.hops.count,chains.hops.from.id,chains.hops.to.id");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1,0.244778").endsWith(",P1,Paula Decider,decider,,,,,");
        assertThat(lines.get(2)).contains(",C,Carl Member,,1,0.5,1,C,C1");

        Http.Response bad = http.get("/api/csv?query=" + java.net.URLEncoder.encode("{ decisionInfluencers(decision: \"D404\") { totalCount } }",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("NOT_FOUND").contains("D404");
        Http.Response noList = http.get("/api/csv?rows=decisionInfluencers.nothing&query=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(noList.status()).isEqualTo(400);
        assertThat(noList.body()).contains("\"argument\":\"rows\"");
    }

    @Test
    void whatIfAPersonLeavesEqualsTheGraphWithoutThem() {
        String run = """
                { whatIf(%s, decision: "D1", asOf: "%s") { changes
                    influence { removed { id } entered { person { id } } left { person { id } }
                                moved { person { id } rankBefore rankAfter scoreAfter } }
                    coverageGaps { opened { person { id } } closed { person { id } reason } removed { person { id } reason } } } }
                """;
        Map<String, Object> r = ok(run.formatted("scenario: {changes: [{removeNode: {kind: Person, id: \"A\"}}]}", TODAY));
        assertThat((List<String>) at(r, "data.whatIf.changes")).containsExactly("remove Person A");
        assertThat((List<Map<String, Object>>) at(r, "data.whatIf.influence.removed")).extracting(x -> x.get("id")).containsExactly("A");
        assertThat((List<?>) at(r, "data.whatIf.influence.entered")).isEmpty();
        assertThat((List<?>) at(r, "data.whatIf.influence.left")).isEmpty();
        // networkx on the walk graph stored without A: P1 0.2703, C 0.2297, M 0.1641, B 0.0656.
        List<Map<String, Object>> moved = at(r, "data.whatIf.influence.moved");
        assertThat(moved).extracting(x -> at(x, "person.id") + ":" + x.get("rankBefore") + ">" + x.get("rankAfter"))
                .containsExactlyInAnyOrder("B:3>4", "M:5>3");
        Map<String, Double> after = new java.util.HashMap<>();
        moved.forEach(x -> after.put((String) at(x, "person.id"), number(x.get("scoreAfter"))));
        assertThat(after.get("M")).isCloseTo(0.16409266409266357, offset(1e-5));
        assertThat(after.get("B")).isCloseTo(0.06563706563706544, offset(1e-5));
        assertThat((List<?>) at(r, "data.whatIf.coverageGaps.opened")).isEmpty();
        // A was a weak gap and left: removed, not closed.
        assertThat((List<?>) at(r, "data.whatIf.coverageGaps.closed")).isEmpty();
        assertThat((List<Map<String, Object>>) at(r, "data.whatIf.coverageGaps.removed")).extracting(x -> at(x, "person.id") + ":" + x.get("reason"))
                .containsExactly("A:WEAK");

        // Saved by name, listed, re-run with the same answer, deleted.
        Map<String, Object> saved = ok("""
                mutation { saveScenario(name: "A leaves", scenario: {changes: [{removeNode: {kind: Person, id: "A"}}]}) { name changes } }
                """);
        assertThat((List<String>) at(saved, "data.saveScenario.changes")).containsExactly("remove Person A");
        assertThat((List<Map<String, Object>>) at(ok("{ scenarios { name savedAt changes } }"), "data.scenarios"))
                .extracting(x -> x.get("name")).contains("A leaves");
        Map<String, Object> rerun = ok(run.formatted("saved: \"A leaves\"", TODAY));
        assertThat((Object) at(rerun, "data.whatIf.influence")).isEqualTo(at(r, "data.whatIf.influence"));
        assertThat((Boolean) at(ok("mutation { deleteScenario(name: \"A leaves\") }"), "data.deleteScenario")).isTrue();
        assertError(run.formatted("saved: \"A leaves\"", TODAY), "NOT_FOUND", "saved", "A leaves");
        assertError(run.formatted("scenario: {changes: [{removeNode: {kind: Person, id: \"NOBODY\"}}]}", TODAY), "NOT_FOUND",
                "scenario.changes[0].removeNode", "NOBODY");
        assertError(run.formatted("scenario: {changes: [{}]}", TODAY), "BAD_REQUEST", "scenario.changes[0]", "exactly one change");
    }

    @Test
    void requestsOverTheHardLimitsAreRefusedBeforeRunning() {
        String deep = "id";
        for (int i = 0; i < 8; i++) {
            deep = "neighbours { node { " + deep + " } }"; // two levels each: 16 levels in all
        }
        Map<String, Object> tooDeep = http.graphql("{ node(kind: Person, id: \"P1\") { " + deep + " } }");
        assertThat((String) at(tooDeep, "errors.0.message")).contains("depth");
        assertThat(tooDeep.get("data")).isNull();

        // 1,200 fields under 600 aliases: over the complexity, alias and top-level field limits alike.
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            wide.append(" a").append(i).append(": node(kind: Person, id: \"P1\") { id }");
        }
        Map<String, Object> tooWide = http.graphql(wide.append(" }").toString());
        assertThat(tooWide.get("data")).isNull();
        assertThat(String.valueOf(tooWide.get("errors"))).containsAnyOf("complexity", "kam.graphql.max-root-fields",
                "kam.graphql.max-aliases");
        // The documented queries stay well within them.
        ok("{ decisionInfluencers(decision: \"D1\") { people { person { id } chains { hops { from { id } to { id } } } } } }");
    }

    @Test
    void wrongInputIsNamed() {
        assertError("{ decisionInfluencers(decision: \"D2\") { totalCount } }", "BAD_REQUEST", "decision", "no deciders");
        assertError("{ decisionInfluencers(decision: \"D404\") { totalCount } }", "NOT_FOUND", "decision", "D404");
        assertError("{ decisionInfluencers(decision: \"D1\", depth: 9) { totalCount } }", "BAD_REQUEST", "depth", "between");
        assertError("{ decisionInfluencers(decision: \"D1\", options: {dampingFactor: 1.2}) { totalCount } }", "BAD_REQUEST",
                "options.dampingFactor", "(0, 1)");
        assertError("{ decisionInfluencers(decision: \"D1\", chains: 9) { totalCount } }", "BAD_REQUEST", "chains", "between");
        assertError("{ accountInfluencers(account: {kind: Idn, id: \"I404\"}) { totalCount } }", "NOT_FOUND", "account", "I404");
        assertError("{ accountInfluencers(account: {kind: Person, id: \"P1\"}) { totalCount } }", "BAD_REQUEST", "account", "not an organization");
        assertError("{ brokers(scope: {territory: \"T-INF\", region: \"X\"}) { vertices } }", "BAD_REQUEST", "scope", "exactly one");
        assertError("{ brokers(scope: {territory: \"T-INF\"}, samples: 0) { vertices } }", "BAD_REQUEST", "samples", "between");
        assertError("{ reachStakeholder(target: \"NOBODY\") { paths { strength } } }", "NOT_FOUND", "target", "NOBODY");
        assertError("{ reachStakeholder(target: \"P1\", from: [\"T9\"]) { paths { strength } } }", "NOT_FOUND", "from[0]", "T9");
        assertError("{ reachStakeholder(target: \"P1\", k: 0) { paths { strength } } }", "BAD_REQUEST", "k", "between");
        assertError("{ coverageGaps(decision: \"D1\", account: {kind: Idn, id: \"I1\"}) { gaps { reason } } }", "BAD_REQUEST", "account", "exactly one");
        assertError("{ coverageGaps(decision: \"D1\", minStrength: 2) { gaps { reason } } }", "BAD_REQUEST", "minStrength", "between");
        assertError("{ informalGroups(account: {kind: Idn, id: \"I1\"}, minSize: 0) { modularity } }", "BAD_REQUEST", "minSize", "between");
    }

}
