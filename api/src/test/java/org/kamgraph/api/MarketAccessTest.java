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
 * Market access through the public path on a small market whose answers are worked out by hand: the authority
 * funds two payers (100, 50); P1 contracts the PBM (70) and reimburses the IDN (20); P2 contracts the PBM (40) and
 * reimburses pharmacy 3 (5); the PBM reimburses pharmacies 1 (80) and 2 (40) and has both in network; the IDN pays
 * the wholesaler (15), which supplies pharmacy 3 (10): goods, never money. The PBM excludes product 2. No relationship
 * carries per-product parts, so a product's money flow is empty here (MoneyFlowTest covers products on a market
 * that has them).
 */
// A property of its own gives each fixture its own application context (and store).
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=market")
class MarketAccessTest extends FixtureApiTest {
    static final String DAY = "2026-11-01";
    @Override
    String fixture() {
        return "market";
    }

    static List<String> ids(List<Map<String, Object>> nodes, String path) {
        return nodes.stream().map(n -> (String) at(n, path)).toList();
    }

    @Test
    void maximumFlowEqualsTheMinimumCutAndNamesTheGatekeepers() {
        Map<String, Object> r = ok("""
                { spendFlow(sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}, asOf: "%s") {
                    value sources sinks totalRows rows { source { id } target { id } value }
                    minimumCut { capacity edges { from { id } to { id } capacity } organizations { node { id } capacity } } } }
                """.formatted(DAY));
        // PBM passes 70 + 40 = 110, P2 -> pharmacy 3 carries 5; the wholesaler's goods to pharmacy 3 are not money
        // (this test once counted them: 125). With organization capacities (the smaller of in and out), P2 (45) is cut
        // as an organization, P1 -> PBM as an edge.
        assertThat(number(at(r, "data.spendFlow.value"))).isCloseTo(115, offset(1e-9));
        assertThat(number(at(r, "data.spendFlow.minimumCut.capacity"))).isCloseTo(115, offset(1e-9));
        List<Map<String, Object>> edges = at(r, "data.spendFlow.minimumCut.edges");
        assertThat(edges).extracting(e -> at(e, "from.id") + ">" + at(e, "to.id") + ":" + number(e.get("capacity")))
                .containsExactly("M-P1>M-PBM:70.0");
        assertThat((List<Map<String, Object>>) at(r, "data.spendFlow.minimumCut.organizations"))
                .extracting(o -> at(o, "node.id") + ":" + number(o.get("capacity"))).containsExactly("M-P2:45.0");
        List<Map<String, Object>> rows = at(r, "data.spendFlow.rows");
        assertThat(rows).noneMatch(row -> at(row, "source.id").equals("M-W"));
        assertThat(rows).filteredOn(row -> at(row, "target.id").equals("M-PH3")).extracting(row -> number(row.get("value")))
                .containsExactly(5.0);

        Map<String, Object> edgesOnly = ok("""
                { spendFlow(sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}, organizationCapacities: false, asOf: "%s") {
                    value minimumCut { edges { from { id } to { id } } organizations { node { id } } } } }
                """.formatted(DAY));
        assertThat((List<Map<String, Object>>) at(edgesOnly, "data.spendFlow.minimumCut.edges"))
                .extracting(e -> at(e, "from.id") + ">" + at(e, "to.id"))
                .containsExactlyInAnyOrder("M-P1>M-PBM", "M-P2>M-PBM", "M-P2>M-PH3");
        assertThat((List<?>) at(edgesOnly, "data.spendFlow.minimumCut.organizations")).isEmpty();
    }

    @Test
    void aProductExcludedByThePbmCannotFlowThroughIt() {
        Map<String, Object> r = ok("""
                { spendFlow(sources: {nodes: [{kind: HealthAuthority, id: "M-AUT"}]}, sinks: {pharmacyType: "specialty"}, product: "M-PRD2", asOf: "%s") {
                    value blocked { id } } }
                """.formatted(DAY));
        // No relationship here carries a part for M-PRD2 (once 15: the whole amounts, goods included).
        assertThat(number(at(r, "data.spendFlow.value"))).isZero();
        assertThat((List<Map<String, Object>>) at(r, "data.spendFlow.blocked")).extracting(b -> b.get("id")).containsExactly("M-PBM");
    }

    @Test
    void pathwaysRankedBySpendOrLengthWithCoverage() {
        // By spend: P1's money reaches the specialty pharmacies only via the PBM (70); the route via the IDN and the
        // wholesaler's goods to pharmacy 3 (once ranked second with 10) is no money route.
        Map<String, Object> bySpend = ok("""
                { pathways(from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}, k: 5, asOf: "%s") {
                    targets flow routes { spend accessible hops { from { id } to { id } type spend } } } }
                """.formatted(DAY));
        assertThat(number(at(bySpend, "data.pathways.targets"))).isEqualTo(2);
        assertThat(number(at(bySpend, "data.pathways.flow"))).isCloseTo(70, offset(1e-9));
        List<Map<String, Object>> routes = at(bySpend, "data.pathways.routes");
        assertThat(routes).extracting(x -> number(x.get("spend"))).containsExactly(70.0);
        assertThat((List<Map<String, Object>>) routes.getFirst().get("hops")).extracting(h -> at(h, "to.id") + ":" + h.get("type") + ":" + number(h.get("spend")))
                .containsExactly("M-PBM:CONTRACTS_WITH:70.0", "M-PH1:REIMBURSES:80.0");

        Map<String, Object> covered = ok("""
                { pathways(from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}, product: "M-PRD1", rankBy: LENGTH, asOf: "%s") {
                    routes { spend hops { to { id } } formulary { listedBy { id } tier excluded } } } }
                """.formatted(DAY));
        List<Map<String, Object>> byHops = at(covered, "data.pathways.routes");
        assertThat(byHops).hasSize(1);
        assertThat((List<Map<String, Object>>) byHops.getFirst().get("formulary")).extracting(c -> at(c, "listedBy.id") + ":" + c.get("tier"))
                .containsExactlyInAnyOrder("M-P1:1", "M-PBM:2");

        Map<String, Object> byLength = ok("""
                { pathways(from: {kind: Payer, id: "M-P1"}, to: {region: "MR1"}, rankBy: LENGTH, k: 5, maxHops: 2, asOf: "%s") {
                    routes { hops { to { id } } } } }
                """.formatted(DAY));
        assertThat((List<Map<String, Object>>) at(byLength, "data.pathways.routes")).extracting(x -> ((List<?>) x.get("hops")).size())
                .containsExactly(2, 2);

        // The only route to a specialty pharmacy passes the PBM, which excludes product 2 (once: the goods route via
        // the wholesaler, listed as accessible).
        Map<String, Object> open = ok("""
                { pathways(from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}, product: "M-PRD2", rankBy: LENGTH, accessibleOnly: true, asOf: "%s") {
                    routes { accessible hops { to { id } } } } }
                """.formatted(DAY));
        assertThat((List<?>) at(open, "data.pathways.routes")).isEmpty();
        Map<String, Object> closed = ok("""
                { pathways(from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}, product: "M-PRD2", rankBy: LENGTH, asOf: "%s") {
                    routes { accessible } } }
                """.formatted(DAY));
        assertThat((List<Map<String, Object>>) at(closed, "data.pathways.routes")).extracting(x -> x.get("accessible")).containsExactly(false);
    }

    @Test
    void followTheMoneyForOneAccount() {
        Map<String, Object> r = ok("""
                { followTheMoney(account: {kind: Idn, id: "M-IDN"}, asOf: "%s") { inflow comesFrom { spend nodes { id } } outflow goesTo { spend nodes { id } } } }
                """.formatted(DAY));
        assertThat(number(at(r, "data.followTheMoney.inflow"))).isCloseTo(20, offset(1e-9));
        assertThat(number(at(r, "data.followTheMoney.outflow"))).isCloseTo(15, offset(1e-9));
        assertThat((List<Map<String, Object>>) at(r, "data.followTheMoney.goesTo.0.nodes")).extracting(n -> n.get("id"))
                .containsExactly("M-IDN", "M-W");
    }

    @Test
    void formularyImpactOfAnExclusionIsSpendAtRiskWithinThePayersMoney() {
        // Issue 13: the exclusion used to answer channelSpend 255 (70 + 20 + 15 + 80 + 40 + 10: every channel within
        // three hops, counting the payer's money again at each hop) and the same numbers as a tier-1 listing. Now: the
        // payer pays 70 + 20 = 90 and none of it is broken down by product; M-PRD1 is the only product prescribed, so
        // all 90 is its estimated baseline. Excluding it from tier 1 keeps 0.10 of use: 81 at risk, no alternative
        // listed, so all of it is lost. The PBM's 70 reach its pharmacies as it pays them (80 : 40).
        Map<String, Object> r = ok("""
                { formularyImpact(listedBy: {kind: Payer, id: "M-P1"}, product: "M-PRD1", change: {excluded: true}, asOf: "%s") {
                    before { tier excluded } after { tier excluded } direction baselineSpend basis organizationSpend spendAtRisk
                    spendShifted spendLost alternativeSplit patientsAffected channels { node { id } change }
                    accounts { node { id } change } } }
                """.formatted(DAY));
        assertThat((String) at(r, "data.formularyImpact.direction")).isEqualTo("WORSE");
        assertThat(number(at(r, "data.formularyImpact.before.tier"))).isEqualTo(1);
        assertThat((Boolean) at(r, "data.formularyImpact.after.excluded")).isTrue();
        assertThat(number(at(r, "data.formularyImpact.baselineSpend"))).isCloseTo(90, offset(1e-9));
        assertThat((String) at(r, "data.formularyImpact.basis")).isEqualTo("ESTIMATED");
        assertThat(number(at(r, "data.formularyImpact.organizationSpend"))).isCloseTo(90, offset(1e-9));
        assertThat(number(at(r, "data.formularyImpact.spendAtRisk"))).isCloseTo(81, offset(1e-9));
        assertThat(number(at(r, "data.formularyImpact.spendShifted"))).isZero();
        assertThat(number(at(r, "data.formularyImpact.spendLost"))).isCloseTo(81, offset(1e-9));
        assertThat((String) at(r, "data.formularyImpact.alternativeSplit")).isEqualTo("NONE");
        assertThat((Object) at(r, "data.formularyImpact.patientsAffected")).as("no claims recorded").isNull();
        assertThat((List<Map<String, Object>>) at(r, "data.formularyImpact.channels"))
                .extracting(c -> at(c, "node.id") + ":" + Math.round(number(c.get("change")) * 1000) / 1000.0)
                .containsExactly("M-PBM:-63.0", "M-IDN:-18.0");
        assertThat((List<Map<String, Object>>) at(r, "data.formularyImpact.accounts"))
                .extracting(a -> at(a, "node.id") + ":" + Math.round(number(a.get("change")) * 1000) / 1000.0)
                .containsExactly("M-PH1:-42.0", "M-PH2:-21.0", "M-IDN:-18.0");
        Map<String, Object> better = ok("""
                { formularyImpact(listedBy: {kind: Pbm, id: "M-PBM"}, product: "M-PRD1", change: {tier: 1}, asOf: "%s") {
                    direction spendRatio baselineSpend organizationSpend spendGained spendAtRisk accountCount notes } }
                """.formatted(DAY));
        assertThat((String) at(better, "data.formularyImpact.direction")).isEqualTo("BETTER");
        assertThat(number(at(better, "data.formularyImpact.spendRatio"))).isCloseTo(1 / 0.99, offset(1e-12));
        // The PBM pays its two pharmacies 80 + 40, all of it M-PRD1's by the estimate: tier 2 -> 1 would take the
        // product above all the PBM's spend, so the gain is capped there (0 here) and the notes say so.
        assertThat(number(at(better, "data.formularyImpact.baselineSpend"))).isCloseTo(120, offset(1e-9));
        assertThat(number(at(better, "data.formularyImpact.organizationSpend"))).isCloseTo(120, offset(1e-9));
        assertThat(number(at(better, "data.formularyImpact.spendGained"))).isZero();
        assertThat(number(at(better, "data.formularyImpact.spendAtRisk"))).isZero();
        assertThat(number(at(better, "data.formularyImpact.accountCount"))).isEqualTo(2);
        assertThat((List<String>) at(better, "data.formularyImpact.notes")).anySatisfy(n -> assertThat(n).contains("capped"));
    }

    @Test
    void whatIfTheListingChangesOrAChannelCloses() {
        // A listing change moves a product's money: MoneyFlowTest covers it on a market with per-product parts.
        Map<String, Object> removed = ok("""
                { whatIf(scenario: {changes: [{removeNode: {kind: Pbm, id: "M-PBM"}}]},
                         flow: {sources: {kinds: [HealthAuthority]}, sinks: {kinds: [Pharmacy]}}, asOf: "%s") { spendFlow { valueAfter } } }
                """.formatted(DAY));
        assertThat(number(at(removed, "data.whatIf.spendFlow.valueAfter"))).as("as if the PBM were not stored (P2 -> pharmacy 3)")
                .isCloseTo(5, offset(1e-9));

        Map<String, Object> routes = ok("""
                { whatIf(scenario: {changes: [{removeRelationship: {from: {kind: Payer, id: "M-P1"}, to: {kind: Pbm, id: "M-PBM"}}}]},
                         routes: {from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}}, asOf: "%s") {
                    pathways { lost gained before { spend } after { spend hops { to { id } } } } } }
                """.formatted(DAY));
        assertThat((List<Map<String, Object>>) at(routes, "data.whatIf.pathways.before")).extracting(x -> number(x.get("spend"))).containsExactly(70.0);
        assertThat((List<?>) at(routes, "data.whatIf.pathways.after")).as("no money of P1 reaches a specialty pharmacy without the PBM").isEmpty();
        assertThat(number(at(routes, "data.whatIf.pathways.lost"))).isEqualTo(1);
        assertThat(number(at(routes, "data.whatIf.pathways.gained"))).isZero();
    }

    @Test
    void wrongInputIsNamed() {
        assertError("{ spendFlow(sources: {kinds: [Pharmacy]}, sinks: {kinds: [Pharmacy]}) { value } }", "BAD_REQUEST", "sinks", "both a source and a sink");
        assertError("{ spendFlow(sources: {}, sinks: {kinds: [Pharmacy]}) { value } }", "BAD_REQUEST", "sources", "name nodes");
        assertError("{ spendFlow(sources: {kinds: [Person]}, sinks: {kinds: [Pharmacy]}) { value } }", "BAD_REQUEST", "sources.kinds", "not an organization");
        assertError("{ spendFlow(sources: {kinds: [Payer]}, sinks: {kinds: [Pharmacy]}, product: \"NOPE\") { value } }", "NOT_FOUND", "product", "NOPE");
        assertError("{ pathways(from: {kind: Payer, id: \"M-P1\"}, to: {region: \"MR1\"}, maxHops: 9) { targets } }", "BAD_REQUEST", "maxHops", "between");
        assertError("{ pathways(from: {kind: Payer, id: \"M-P1\"}, to: {region: \"MR1\"}, k: 0) { targets } }", "BAD_REQUEST", "k", "between");
        assertError("{ pathways(from: {kind: Payer, id: \"M-P1\"}, to: {region: \"NOWHERE\"}) { targets } }", "NOT_FOUND", "to", "NOWHERE");
        assertError("{ pathways(from: {kind: Payer, id: \"M-P404\"}, to: {region: \"MR1\"}) { targets } }", "NOT_FOUND", "from", "M-P404");
        assertError("{ pathways(from: {kind: Idn, id: \"M-IDN\"}, to: {region: \"MR1\"}) { targets } }", "BAD_REQUEST", "from", "payer");
        assertError("{ formularyImpact(listedBy: {kind: Pbm, id: \"M-PBM\"}, product: \"M-PRD1\", change: {}) { direction } }", "BAD_REQUEST", "change", "name what changes");
        assertError("{ formularyImpact(listedBy: {kind: Pbm, id: \"M-PBM\"}, product: \"M-PRD1\", change: {tier: 9}) { direction } }", "BAD_REQUEST", "change.tier", "between");
    }

    @Test
    void deprecatedMoneyAndRouteNamesAnswerAsTheirNewNames() {
        // Issue 16, one vocabulary: MoneyPath.value is now spend (as Route.spend), Route.coverage is now formulary.
        Map<String, Object> r = ok("""
                { followTheMoney(account: {kind: Idn, id: "M-IDN"}, asOf: "%s") { comesFrom { spend value } goesTo { spend value } }
                  pathways(from: {kind: Payer, id: "M-P1"}, to: {pharmacyType: "specialty"}, product: "M-PRD1", rankBy: LENGTH, asOf: "%s") {
                    routes { formulary { listedBy { id } tier } coverage { listedBy { id } tier } } } }
                """.formatted(DAY, DAY));
        List<Map<String, Object>> paths = new java.util.ArrayList<>(at(r, "data.followTheMoney.comesFrom"));
        paths.addAll(at(r, "data.followTheMoney.goesTo"));
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p.get("value")).isEqualTo(p.get("spend")));
        List<Map<String, Object>> routes = at(r, "data.pathways.routes");
        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(route.get("coverage")).isEqualTo(route.get("formulary")));
        assertThat((List<?>) routes.getFirst().get("formulary")).isNotEmpty();
    }
}
