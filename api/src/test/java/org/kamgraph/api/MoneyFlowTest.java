package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamgraph.api.Http.at;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money apart from goods, by product, on a market whose answers are worked out by hand (fixtures/money; amounts per
 * year, per-product parts in brackets as PRD1/PRD2/PRD3, all on 2026-11-01):
 * <pre>
 * AUT -FUNDS-> P1 100 (40/20/30), P2 60 (30/10/10)
 * P1 -CONTRACTS_WITH-> PBM1 70 (30/15/20); P2 -> PBM1 20 (10/5/5), P2 -> PBM2 30 (15/5/5)
 * P1 -REIMBURSES-> IDN 25 (10/5/10), HOS 11 (no parts; 8 until 2026-03-31); P2 -> PH2 5 (no parts)
 * PBM1 -REIMBURSES-> PH1 60 (30/15/10), PH3 30 (10/5/15); PBM2 -> PH2 30 (15/5/5)
 * IDN -CONTRACTS_WITH-> W 20 (8/4/6); HOS -> W 9 (3 from 2025-12-01 to 2026-01-31); PH1 -> W 50 (25/12/8)
 * goods: W -SUPPLIES-> PH1 45, PH2 40, HOS 18 (from 2026-05-01): never money
 * PBM2 excludes PRD2 (and lists PRD1 at tier 3); PBM1 lists PRD1 at tier 1; P1 at tier 2. HOS is part of IDN.
 * </pre>
 * PRD1 and PRD2 are Oncology, PRD3 Cardiology. Pharmacies PH1, PH2 are specialty, PH3 retail, all in region XR1.
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=money")
class MoneyFlowTest extends FixtureApiTest {
    static final String DAY = "2026-11-01";
    static final String ALL = "sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}";

    @Override
    String fixture() {
        return "money";
    }

    static String row(Map<String, Object> r) {
        return at(r, "source.id") + ">" + at(r, "target.id") + ":" + number(r.get("value"));
    }

    Map<String, Object> flow(String args, String fields) {
        return at(ok("{ spendFlow(%s, asOf: \"%s\") { %s } }".formatted(args, DAY, fields)), "data.spendFlow");
    }

    @Test
    void spendFlowFollowsMoneyAndNeverGoods() {
        Map<String, Object> f = flow(ALL, "follows relationships basis { kind amountProperties } value totalRows "
                + "rows { source { id } target { id } value }");
        // P1 passes 70 (all via PBM1: its money to the IDN and the hospital reaches no pharmacy), P2 55 (20 + 30 + 5).
        // With the goods counted as money (W -SUPPLIES-> pharmacies) IDN and HOS purchases would add 29: 154.
        assertThat(number(f.get("value"))).isCloseTo(125, offset(1e-9));
        assertThat((String) f.get("follows")).isEqualTo("MONEY");
        assertThat((List<String>) f.get("relationships")).containsExactly("FUNDS", "REIMBURSES", "CONTRACTS_WITH");
        assertThat((String) at(f, "basis.kind")).isEqualTo("TOTAL");
        assertThat((List<String>) at(f, "basis.amountProperties")).containsExactly("amount");
        List<Map<String, Object>> rows = at(f, "rows");
        assertThat(rows).extracting(MoneyFlowTest::row).containsExactlyInAnyOrder("X-AUT>X-P1:70.0", "X-AUT>X-P2:55.0",
                "X-P1>X-PBM1:70.0", "X-P2>X-PBM1:20.0", "X-P2>X-PBM2:30.0", "X-P2>X-PH2:5.0", "X-PBM1>X-PH1:60.0",
                "X-PBM1>X-PH3:30.0", "X-PBM2>X-PH2:30.0");
        assertThat(number(f.get("totalRows"))).isEqualTo(9);
        assertConserved(rows, Set.of("X-AUT"), Set.of("X-PH1", "X-PH2", "X-PH3"), 125);
    }

    /** At every organization that is neither a source nor a sink the rows in add up to the rows out; sinks keep the value. */
    static void assertConserved(List<Map<String, Object>> rows, Set<String> sources, Set<String> sinks, double value) {
        Map<String, Double> in = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> r : rows) {
            out.merge((String) at(r, "source.id"), number(r.get("value")), Double::sum);
            in.merge((String) at(r, "target.id"), number(r.get("value")), Double::sum);
        }
        Set<String> nodes = new java.util.HashSet<>(in.keySet());
        nodes.addAll(out.keySet());
        double kept = 0;
        for (String n : nodes) {
            if (sinks.contains(n)) {
                kept += in.getOrDefault(n, 0.0) - out.getOrDefault(n, 0.0);
            } else if (!sources.contains(n)) {
                assertThat(in.getOrDefault(n, 0.0)).as("rows in and out of %s", n).isCloseTo(out.getOrDefault(n, 0.0), offset(1e-9));
            }
        }
        assertThat(kept).isCloseTo(value, offset(1e-9));
    }

    @Test
    void theMinimumCutGivesEachElementItsShare() {
        Map<String, Object> f = flow(ALL, "value minimumCut { capacity edges { from { id } to { id } capacity share } "
                + "organizations { node { id } capacity share } }");
        // Organization capacities (the smaller of in and out): P2 min(60, 55) = 55 is cut as an organization, P1 -> PBM1 as a relationship.
        assertThat(number(at(f, "minimumCut.capacity"))).isCloseTo(125, offset(1e-9));
        assertThat((List<Map<String, Object>>) at(f, "minimumCut.edges")).extracting(e -> at(e, "from.id") + ">" + at(e, "to.id") + ":"
                + number(e.get("capacity")) + ":" + number(e.get("share"))).containsExactly("X-P1>X-PBM1:70.0:0.56");
        assertThat((List<Map<String, Object>>) at(f, "minimumCut.organizations")).extracting(o -> at(o, "node.id") + ":"
                + number(o.get("capacity")) + ":" + number(o.get("share"))).containsExactly("X-P2:55.0:0.44");

        Map<String, Object> edges = flow(ALL + ", organizationCapacities: false", "minimumCut { edges { from { id } to { id } share } }");
        assertThat((List<Map<String, Object>>) at(edges, "minimumCut.edges")).extracting(e -> at(e, "from.id") + ">" + at(e, "to.id")
                + ":" + number(e.get("share"))).containsExactly("X-P1>X-PBM1:0.56", "X-P2>X-PBM2:0.24", "X-P2>X-PBM1:0.16", "X-P2>X-PH2:0.04");
    }

    @Test
    void gatekeepersAreRankedByTheSpendTheirRemovalCuts() {
        Map<String, Object> f = flow(ALL, "gatekeeperCandidates gatekeepers { node { id } throughput cut share rerouted }");
        // Without PBM1 only P2's 30 via PBM2 and 5 direct arrive (cut 90); without P1, P2's 55 (cut 70); without P2,
        // P1's 70 (cut 55); without PBM2, P2 loses its 30 (cut 30). The minimum cut above names only P2 as an organization.
        assertThat((List<Map<String, Object>>) f.get("gatekeepers")).extracting(g -> at(g, "node.id") + ":" + number(g.get("cut"))
                + ":" + number(g.get("share"))).containsExactly("X-PBM1:90.0:0.72", "X-P1:70.0:0.56", "X-P2:55.0:0.44", "X-PBM2:30.0:0.24");
        assertThat(number(at(f, "gatekeepers.0.throughput"))).isEqualTo(90.0);
        assertThat(number(at(f, "gatekeepers.0.rerouted"))).isZero();
        assertThat(number(f.get("gatekeeperCandidates"))).isEqualTo(25);
        // Only the two carrying the most flow (PBM1 90, P1 70) are evaluated.
        Map<String, Object> two = flow(ALL + ", gatekeeperCandidates: 2", "gatekeepers { node { id } }");
        assertThat((List<Map<String, Object>>) two.get("gatekeepers")).extracting(g -> at(g, "node.id")).containsExactly("X-PBM1", "X-P1");
        assertError("{ spendFlow(" + ALL + ", gatekeeperCandidates: 0) { value } }", "BAD_REQUEST", "gatekeeperCandidates", "between");
    }

    @Test
    void aProductCountsOnlyItsPartsAndAnAreaTheSumOfItsProducts() {
        Map<String, Object> prd1 = flow(ALL + ", product: \"X-PRD1\"", "value basis { kind product amountProperties } rows { source { id } target { id } value }");
        // P1 30 via PBM1, P2 10 via PBM1 and 15 via PBM2; P2 -> PH2 has no part for any product: none of it.
        assertThat(number(prd1.get("value"))).isCloseTo(55, offset(1e-9));
        assertThat((String) at(prd1, "basis.kind")).isEqualTo("PRODUCT");
        assertThat((List<String>) at(prd1, "basis.amountProperties")).containsExactly("amount.X-PRD1");
        assertThat((List<Map<String, Object>>) prd1.get("rows")).extracting(MoneyFlowTest::row).contains("X-PBM2>X-PH2:15.0")
                .noneMatch(r -> r.startsWith("X-P2>X-PH2"));
        assertConserved(at(prd1, "rows"), Set.of("X-AUT"), Set.of("X-PH1", "X-PH2", "X-PH3"), 55);

        Map<String, Object> prd2 = flow(ALL + ", product: \"X-PRD2\"", "value blocked { id }");
        assertThat(number(prd2.get("value"))).as("PBM2 excludes PRD2: only PBM1's 15 + 5").isCloseTo(20, offset(1e-9));
        assertThat((List<Map<String, Object>>) prd2.get("blocked")).extracting(b -> b.get("id")).containsExactly("X-PBM2");

        Map<String, Object> onco = flow(ALL + ", therapeuticArea: \"Oncology\"", "value basis { kind therapeuticArea products amountProperties }");
        // PRD1 + PRD2 parts: P1 -> PBM1 45, P2 -> PBM1 15 (PBM1 passes 60 of its 60 out), P2 -> PBM2 20 -> PH2 20.
        assertThat(number(onco.get("value"))).isCloseTo(80, offset(1e-9));
        assertThat((List<String>) at(onco, "basis.products")).containsExactly("X-PRD1", "X-PRD2");
        assertThat((List<String>) at(onco, "basis.amountProperties")).containsExactly("amount.X-PRD1", "amount.X-PRD2");
        assertThat(number(flow(ALL + ", therapeuticArea: \"Cardiology\"", "value").get("value"))).as("PRD3: P1 20, P2 5 + 5")
                .isCloseTo(30, offset(1e-9));

        assertError("{ spendFlow(" + ALL + ", product: \"X-PRD1\", therapeuticArea: \"Oncology\") { value } }", "BAD_REQUEST", "product", "not both");
        assertError("{ spendFlow(" + ALL + ", therapeuticArea: \"Nowhere\") { value } }", "NOT_FOUND", "therapeuticArea", "Nowhere");
    }

    Map<String, Object> pathways(String args, String fields) {
        return at(ok("{ pathways(%s, asOf: \"%s\") { %s } }".formatted(args, DAY, fields)), "data.pathways");
    }

    @Test
    void routesOfOnePayerNeverAddUpToMoreThanItsSpend() {
        Map<String, Object> r = pathways("from: {kind: Payer, id: \"X-P1\"}, to: {region: \"XR1\"}, k: 10",
                "follows basis { kind } flow outgoingSpend routes { spend hops { from { id } to { id } } }");
        // P1 pays PBM1 70, the IDN 25 and the hospital 11 (106); only the 70 via PBM1 reaches pharmacies. Ranked by
        // bottleneck, PBM1 -> PH1 (60) and PBM1 -> PH3 (30) would each claim P1's money: 90 of 70, plus goods via W.
        assertThat((String) r.get("follows")).isEqualTo("MONEY");
        assertThat(number(r.get("flow"))).isCloseTo(70, offset(1e-9));
        assertThat(number(r.get("outgoingSpend"))).isCloseTo(106, offset(1e-9));
        List<Map<String, Object>> routes = at(r, "routes");
        assertThat(routes.stream().mapToDouble(x -> number(x.get("spend"))).sum()).isCloseTo(70, offset(1e-9));
        for (Map<String, Object> route : routes) {
            assertThat((String) at(route, "hops.0.to.id")).isEqualTo("X-PBM1");
        }
    }

    @Test
    void routesForAProductCarryItsPartsWithCoverage() {
        Map<String, Object> r = pathways("from: {kind: Payer, id: \"X-P2\"}, to: {pharmacyType: \"specialty\"}, product: \"X-PRD1\"",
                "basis { kind product } flow outgoingSpend routes { spend accessible hops { from { id } to { id } type types spend amount } "
                        + "formulary { listedBy { id } tier } }");
        // P2's PRD1 money: 15 to PBM2 (-> PH2 15) and 10 to PBM1 (-> PH1); the 5 it pays PH2 directly has no PRD1 part.
        assertThat(number(r.get("flow"))).isCloseTo(25, offset(1e-9));
        assertThat(number(r.get("outgoingSpend"))).isCloseTo(25, offset(1e-9));
        List<Map<String, Object>> routes = at(r, "routes");
        assertThat(routes).extracting(x -> number(x.get("spend"))).containsExactly(15.0, 10.0);
        assertThat((List<Map<String, Object>>) routes.getFirst().get("hops")).extracting(h -> at(h, "from.id") + ">" + at(h, "to.id")
                + ":" + h.get("type") + ":" + h.get("types") + ":" + number(h.get("spend")) + "/" + number(h.get("amount")))
                .containsExactly("X-P2>X-PBM2:CONTRACTS_WITH:[CONTRACTS_WITH]:15.0/30.0", "X-PBM2>X-PH2:REIMBURSES:[REIMBURSES]:15.0/30.0");
        assertThat((List<Map<String, Object>>) routes.getFirst().get("formulary")).extracting(c -> at(c, "listedBy.id") + ":" + c.get("tier"))
                .containsExactly("X-PBM2:3");
        assertThat((List<Map<String, Object>>) routes.get(1).get("formulary")).extracting(c -> at(c, "listedBy.id") + ":" + c.get("tier"))
                .containsExactly("X-PBM1:1");

        Map<String, Object> open = pathways("from: {kind: Payer, id: \"X-P2\"}, to: {pharmacyType: \"specialty\"}, product: \"X-PRD2\", "
                + "accessibleOnly: true", "flow routes { spend hops { to { id } } }");
        assertThat(number(open.get("flow"))).as("PBM2 excludes PRD2: only 5 via PBM1").isCloseTo(5, offset(1e-9));
        assertThat((List<Map<String, Object>>) open.get("routes")).extracting(x -> at(x, "hops.0.to.id")).containsExactly("X-PBM1");
        Map<String, Object> all = pathways("from: {kind: Payer, id: \"X-P2\"}, to: {pharmacyType: \"specialty\"}, product: \"X-PRD2\"",
                "flow routes { spend accessible hops { to { id } } }");
        assertThat(number(all.get("flow"))).isCloseTo(10, offset(1e-9));
        assertThat((List<Map<String, Object>>) all.get("routes")).extracting(x -> at(x, "hops.0.to.id") + ":" + x.get("accessible")
                + ":" + number(x.get("spend"))).containsExactlyInAnyOrder("X-PBM1:true:5.0", "X-PBM2:false:5.0");
    }

    @Test
    void routesByLengthFollowMoneyAndAccessButNotGoods() {
        Map<String, Object> r = pathways("from: {kind: Payer, id: \"X-P1\"}, to: {region: \"XR1\"}, rankBy: LENGTH, maxHops: 3",
                "follows relationships flow routes { spend hops { to { id } types } }");
        assertThat((String) r.get("follows")).isEqualTo("MONEY_AND_ACCESS");
        assertThat((List<String>) r.get("relationships")).containsExactly("FUNDS", "REIMBURSES", "CONTRACTS_WITH", "IN_NETWORK");
        assertThat(r.get("flow")).isNull();
        List<Map<String, Object>> routes = at(r, "routes");
        // P1 -> PBM1 -> PH1 and -> PH3; not P1 -> IDN -> W -> PH1, which only goods take.
        assertThat(routes).extracting(x -> at(x, "hops.1.to.id")).containsExactlyInAnyOrder("X-PH1", "X-PH3");
        assertThat(routes).allSatisfy(x -> assertThat(x.get("spend")).isNull());
        assertThat((List<String>) at(routes.stream().filter(x -> at(x, "hops.1.to.id").equals("X-PH1")).findFirst().orElseThrow(), "hops.1.types"))
                .containsExactlyInAnyOrder("REIMBURSES", "IN_NETWORK");
    }

    @Test
    void followTheMoneyForAnAccountAndAProduct() {
        Map<String, Object> t = at(ok("""
                { followTheMoney(account: {kind: Idn, id: "X-IDN"}, asOf: "%s") { follows basis { kind } inflow comesFrom { spend nodes { id } }
                    outflow goesTo { spend nodes { id } } } }
                """.formatted(DAY)), "data.followTheMoney");
        // The IDN and its hospital: in from P1 25 + 11, out to the wholesaler 20 + 9 (the goods W supplies the hospital are not money).
        assertThat((String) t.get("follows")).isEqualTo("MONEY");
        assertThat(number(t.get("inflow"))).isCloseTo(36, offset(1e-9));
        assertThat(number(t.get("outflow"))).isCloseTo(29, offset(1e-9));
        assertThat((List<Map<String, Object>>) t.get("goesTo")).extracting(p -> ((List<Map<String, Object>>) p.get("nodes")).stream()
                .map(n -> (String) n.get("id")).toList() + ":" + number(p.get("spend"))).containsExactly("[X-IDN, X-W]:20.0", "[X-HOS, X-W]:9.0");
        Map<String, Object> prd1 = at(ok("""
                { followTheMoney(account: {kind: Idn, id: "X-IDN"}, product: "X-PRD1", asOf: "%s") { basis { kind product } inflow outflow } }
                """.formatted(DAY)), "data.followTheMoney");
        assertThat((String) at(prd1, "basis.kind")).isEqualTo("PRODUCT");
        assertThat(number(prd1.get("inflow"))).isCloseTo(10, offset(1e-9));
        assertThat(number(prd1.get("outflow"))).isCloseTo(8, offset(1e-9));
    }

    @Test
    void changesCountTheMoneyOfTheAccountsUnits() {
        Map<String, Object> c = at(ok("""
                { changes(account: {kind: Idn, id: "X-IDN"}, from: "2025-11-01", to: "2026-11-01") {
                    spend { type direction organization { id } counterparty { id } amountBefore amountAfter change relationshipsBegun relationshipsEnded } } }
                """), "data.changes");
        // The IDN's own money (P1 -> IDN 25, IDN -> W 20) did not change; its hospital's did: reimbursement 8 -> 11 and
        // purchases 0 -> 9 (a 3 contract began and ended in between, then the 9 began). Goods (W -> HOS) are not money.
        assertThat((List<Map<String, Object>>) c.get("spend")).extracting(s -> s.get("type") + ":" + s.get("direction") + ":"
                + at(s, "organization.id") + ":" + at(s, "counterparty.id") + ":" + number(s.get("amountBefore")) + ">"
                + number(s.get("amountAfter")) + ":" + number(s.get("change")) + ":" + s.get("relationshipsBegun") + "/"
                + s.get("relationshipsEnded")).containsExactly("CONTRACTS_WITH:OUT:X-HOS:X-W:0.0>9.0:9.0:2/1",
                "REIMBURSES:IN:X-HOS:X-P1:8.0>11.0:3.0:1/1");
    }

    @Test
    void whatIfThePbmExcludesTheProductOrLeaves() {
        Map<String, Object> r = ok("""
                { whatIf(scenario: {changes: [{changeListing: {listedBy: {kind: Pbm, id: "X-PBM1"}, product: "X-PRD1", excluded: true}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}, product: "X-PRD1"}, asOf: "%s") {
                    spendFlow { valueBefore valueAfter change } } }
                """.formatted(DAY));
        assertThat(number(at(r, "data.whatIf.spendFlow.valueBefore"))).isCloseTo(55, offset(1e-9));
        assertThat(number(at(r, "data.whatIf.spendFlow.valueAfter"))).as("only P2's 15 via PBM2").isCloseTo(15, offset(1e-9));
        Map<String, Object> removed = ok("""
                { whatIf(scenario: {changes: [{removeNode: {kind: Pbm, id: "X-PBM1"}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}}, asOf: "%s") { spendFlow { valueAfter } } }
                """.formatted(DAY));
        assertThat(number(at(removed, "data.whatIf.spendFlow.valueAfter"))).as("125 less PBM1's gatekeeper cut of 90").isCloseTo(35, offset(1e-9));
    }

    static String ranked(Map<String, Object> g) {
        return (int) number(g.get("rank")) + ":" + at(g, "node.id") + ":" + number(g.get("throughput")) + ":"
                + number(g.get("cut")) + ":" + String.format(java.util.Locale.ROOT, "%.4f", number(g.get("share")));
    }

    @Test
    void whatIfRanksTheGatekeepersBeforeAndAfterTheScenario() {
        Map<String, Object> r = ok("""
                { whatIf(scenario: {changes: [{removeNode: {kind: Payer, id: "X-P1"}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}}, asOf: "%s") {
                    spendFlow { valueBefore valueAfter change gatekeeperCandidates
                      gatekeepersBefore { rank node { id } throughput cut share rerouted }
                      gatekeepersAfter { rank node { id } throughput cut share rerouted }
                      minimumCutBefore { node { id } capacity share } minimumCutAfter { node { id } capacity share } } } }
                """.formatted(DAY));
        Map<String, Object> f = at(r, "data.whatIf.spendFlow");
        assertThat(number(f.get("valueBefore"))).isCloseTo(125, offset(1e-9));
        // Without P1 only P2's 60 from the authority remains, of which it passes 55: 20 via PBM1, 30 via PBM2, 5 direct.
        assertThat(number(f.get("valueAfter"))).isCloseTo(55, offset(1e-9));
        assertThat(number(f.get("change"))).isCloseTo(-70, offset(1e-9));
        assertThat(number(f.get("gatekeeperCandidates"))).isEqualTo(25);
        // Before: as spendFlow ranks them (see gatekeepersAreRankedByTheSpendTheirRemovalCuts), shares of 125.
        assertThat((List<Map<String, Object>>) f.get("gatekeepersBefore")).extracting(MoneyFlowTest::ranked).containsExactly(
                "1:X-PBM1:90.0:90.0:0.7200", "2:X-P1:70.0:70.0:0.5600", "3:X-P2:55.0:55.0:0.4400", "4:X-PBM2:30.0:30.0:0.2400");
        // After, shares of 55: without P2 nothing arrives (cut 55, 100%); without PBM2, P2's 20 + 5 remain (cut 30,
        // 30/55); without PBM1, P2's 30 + 5 remain (cut 20, 20/55). The removed P1 is not ranked; PBM1 falls from 1 to 3.
        assertThat((List<Map<String, Object>>) f.get("gatekeepersAfter")).extracting(MoneyFlowTest::ranked).containsExactly(
                "1:X-P2:55.0:55.0:1.0000", "2:X-PBM2:30.0:30.0:0.5455", "3:X-PBM1:20.0:20.0:0.3636");
        assertThat((List<Map<String, Object>>) f.get("gatekeepersAfter")).allSatisfy(g -> assertThat(number(g.get("rerouted"))).isZero());
        // The minimum cut, kept apart: P2 (capacity min(60, 55) = 55) before; after, P2 is all of the 55.
        assertThat((List<Map<String, Object>>) f.get("minimumCutBefore")).extracting(o -> at(o, "node.id") + ":"
                + number(o.get("capacity")) + ":" + number(o.get("share"))).containsExactly("X-P2:55.0:0.44");
        assertThat((List<Map<String, Object>>) f.get("minimumCutAfter")).extracting(o -> at(o, "node.id") + ":"
                + number(o.get("capacity")) + ":" + number(o.get("share"))).containsExactly("X-P2:55.0:1.0");

        // One candidate per side: the organization carrying the most flow (PBM1 90 before, P2 55 after).
        Map<String, Object> one = at(ok("""
                { whatIf(scenario: {changes: [{removeNode: {kind: Payer, id: "X-P1"}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}, gatekeeperCandidates: 1}, asOf: "%s") {
                    spendFlow { gatekeeperCandidates gatekeepersBefore { rank node { id } } gatekeepersAfter { rank node { id } } } } }
                """.formatted(DAY)), "data.whatIf.spendFlow");
        assertThat(number(one.get("gatekeeperCandidates"))).isEqualTo(1);
        assertThat((List<Map<String, Object>>) one.get("gatekeepersBefore")).extracting(g -> at(g, "node.id")).containsExactly("X-PBM1");
        assertThat((List<Map<String, Object>>) one.get("gatekeepersAfter")).extracting(g -> at(g, "node.id")).containsExactly("X-P2");
        assertError("""
                { whatIf(scenario: {changes: [{removeNode: {kind: Payer, id: "X-P1"}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}, gatekeeperCandidates: 0}) { changes } }
                """, "BAD_REQUEST", "flow.gatekeeperCandidates", "between");
    }
}
