package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.kamgraph.api.Http.at;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * inferInfluence on the TINY MARKET (fixtures/inference, South Dakota oncology 2024; docs/INFERENCE.md): shared
 * patients Nguyen→Larsen 412, Moe→Larsen 85, Olson→Larsen 30, Larsen→Patel 150, Nguyen→Olson 60 (and Lund→Larsen 50,
 * Lund deactivated 2025-03-31), all 2024; Larsen and Hoff on the SANFORD USD P&T COMMITTEE since 2022-03-01; Hoff
 * reports to Pat Quinn since 2021-05-01; Part D 2024 prescribing; Open Payments 2024 (Larsen 3 x $2,500 speaker fees
 * for VERZENIO, Olson $5,000 consulting for IBRANCE, Patel $45.12 food, Olson $20,000 research); the CRM's
 * INFLUENCES Patel→Larsen 0.4 (peer). Strengths with the default parameters (hand-computed in InfluenceFormulaTest):
 * Larsen→Nguyen 0.8·412/512 = 0.64375; Larsen→Moe 0.8·85/185 = 0.367568; Larsen→Olson 0.8·30/130 = 0.184615;
 * Patel→Larsen 0.8·150/250 = 0.48; Olson→Nguyen 0.8·60/160 = 0.3; Larsen→Patel KOL 0.5·7500/12500 = 0.3;
 * Olson→Larsen KOL 0.5·5000/10000 = 0.25; Larsen↔Hoff committee 0.6·1/2 = 0.3 each way; Quinn→Hoff 0.7.
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=inference")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfluenceInferenceTest extends FixtureApiTest {
    static final String LARSEN = "NPI-1100000011";
    static final String OLSON = "NPI-1100000029";
    static final String NGUYEN = "NPI-1100000037";
    static final String PATEL = "NPI-1100000045";
    static final String HOFF = "NPI-1100000052";
    static final String MOE = "NPI-1100000086";
    static final String QUINN = "SF-003QUINN";

    @Override
    String fixture() {
        return "inference";
    }

    Map<String, Object> infer(String asOf) {
        return at(ok("mutation { inferInfluence(asOf: \"%s\") { asOf minStrength people pairsConsidered created updated unchanged ended elapsedMillis } }"
                .formatted(asOf)), "data.inferInfluence");
    }

    static void assertCounts(Map<String, Object> report, int people, int pairs, int created, int updated, int unchanged, int ended) {
        assertThat(report).containsEntry("people", people).containsEntry("pairsConsidered", pairs).containsEntry("created", created)
                .containsEntry("updated", updated).containsEntry("unchanged", unchanged).containsEntry("ended", ended);
    }

    /** The INFLUENCES leaving {@code from}, all of history: "to|source|validTo" → property values by name. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> influences(String kind, String from) {
        Map<String, Object> r = ok("""
                { neighbours(kind: %s, id: "%s", types: [INFLUENCES], direction: OUT, first: 50) { edges { node { node { id }
                    relationship { source validTo properties { name value } } } } } }""".formatted(kind, from));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, Object> edge : (List<Map<String, Object>>) at(r, "data.neighbours.edges")) {
            Map<String, Object> e = at(edge, "node");
            Map<String, String> props = new LinkedHashMap<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) at(e, "relationship.properties")) {
                props.put((String) p.get("name"), (String) p.get("value"));
            }
            out.put(at(e, "node.id") + "|" + at(e, "relationship.source") + "|" + at(e, "relationship.validTo"), props);
        }
        return out;
    }

    @Test
    @Order(1)
    void theFirstRunCreatesAnEdgePerPairWithEvidence() {
        // 7 people valid on the day (Lund deactivated), 7 ties (5 referrals, 1 committee, 1 reporting line) = 14 ordered
        // pairs; 10 with evidence (Nguyen→Larsen, Moe→Larsen, Nguyen→Olson, Hoff→Quinn have none).
        assertCounts(infer("2025-06-30"), 7, 14, 10, 0, 0, 0);
        Map<String, Map<String, String>> larsen = influences("Clinician", LARSEN);
        assertThat(larsen.keySet()).containsExactlyInAnyOrder(NGUYEN + "|inferred|null", MOE + "|inferred|null",
                OLSON + "|inferred|null", PATEL + "|inferred|null", HOFF + "|inferred|null");
        assertThat(larsen.get(NGUYEN + "|inferred|null")).containsEntry("strength", "0.64375").containsEntry("basis", "shared_patients")
                .containsEntry("evidence", "412 shared patients 2024").containsEntry("validFrom", "2024-01-01")
                .containsEntry("lastVerified", "2025-06-30");
        assertThat(larsen.get(MOE + "|inferred|null")).containsEntry("strength", "0.367568");
        assertThat(larsen.get(OLSON + "|inferred|null")).containsEntry("strength", "0.184615");
        assertThat(larsen.get(PATEL + "|inferred|null")).containsEntry("strength", "0.3").containsEntry("basis", "kol_payment")
                .containsEntry("evidence", "3 speaker payments for VERZENIO 2024 ($7,500)").containsEntry("validFrom", "2024-03-10");
        assertThat(larsen.get(HOFF + "|inferred|null")).containsEntry("strength", "0.3").containsEntry("basis", "committee_colleague")
                .containsEntry("evidence", "same SANFORD USD P&T COMMITTEE since 2022").containsEntry("validFrom", "2022-03-01");
        assertThat(influences("Clinician", OLSON).get(LARSEN + "|inferred|null")).containsEntry("strength", "0.25")
                .containsEntry("evidence", "1 consulting payment for IBRANCE 2024 ($5,000)");
        assertThat(influences("Person", QUINN).get(HOFF + "|inferred|null")).containsEntry("strength", "0.7")
                .containsEntry("basis", "reports_to").containsEntry("evidence", "line manager since 2021");
        // The CRM's edge stays as it was, beside the inferred one.
        Map<String, Map<String, String>> patel = influences("Clinician", PATEL);
        assertThat(patel.get(LARSEN + "|crm|null")).containsEntry("strength", "0.4").containsEntry("basis", "peer")
                .doesNotContainKey("evidence");
        assertThat(patel.get(LARSEN + "|inferred|null")).containsEntry("strength", "0.48")
                .containsEntry("evidence", "150 shared patients 2024");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void aSecondRunChangesNothing() {
        assertCounts(infer("2025-06-30"), 7, 14, 0, 0, 10, 0);
        // A person's influences show the evidence of the inferred ones.
        List<Map<String, Object>> onLarsen = at(ok("""
                { person(id: "%s") { influences(direction: IN, asOf: "2025-06-30") { person { id } strength source evidence } } }"""
                .formatted(LARSEN)), "data.person.influences");
        assertThat(onLarsen).extracting(i -> i.get("source") + " " + at(i, "person.id") + " " + i.get("strength") + " " + i.get("evidence"))
                .containsExactly("inferred " + PATEL + " 0.48 150 shared patients 2024", "crm " + PATEL + " 0.4 null",
                        "inferred " + HOFF + " 0.3 same SANFORD USD P&T COMMITTEE since 2022",
                        "inferred " + OLSON + " 0.25 1 consulting payment for IBRANCE 2024 ($5,000)");
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void aChainHopShowsTheEvidenceAndTheCrmEdgeBesideIt() {
        Map<String, Object> r = ok("""
                { decisionInfluencers(decision: "SF-006VRZ", asOf: "2025-06-30") { people { person { id } chains { strength
                    hops { from { id } to { id } type strength strengthSource basis source evidence
                      parallel { strength basis source evidence } } } } } }""");
        Map<String, Object> patel = ((List<Map<String, Object>>) at(r, "data.decisionInfluencers.people")).stream()
                .filter(p -> PATEL.equals(at(p, "person.id"))).findFirst().orElseThrow();
        Map<String, Object> hop = at(patel, "chains.0.hops.0");
        assertThat((String) at(hop, "from.id")).isEqualTo(PATEL);
        assertThat((String) at(hop, "to.id")).isEqualTo(LARSEN);
        // The inferred edge (0.48) is stronger than the CRM's (0.4): the chain uses it and shows the CRM's beside it.
        assertThat(number(hop.get("strength"))).isCloseTo(0.48, offset(1e-12));
        assertThat(hop).containsEntry("type", "INFLUENCES").containsEntry("source", "inferred")
                .containsEntry("basis", "shared_patients").containsEntry("evidence", "150 shared patients 2024");
        assertThat((List<Map<String, Object>>) hop.get("parallel")).singleElement().satisfies(p -> {
            assertThat(number(p.get("strength"))).isEqualTo(0.4);
            assertThat(p).containsEntry("basis", "peer").containsEntry("source", "crm").containsEntry("evidence", null);
        });
    }

    @Test
    @Order(4)
    void newEvidenceChangesOnlyTheAffectedPair() {
        ok("""
                mutation { createRelationship(input: {key: {type: REPORTS_TO, fromKind: Clinician, fromId: "%s",
                  toKind: Clinician, toId: "%s", validFrom: "2025-01-01"}, properties: [{name: "source", value: "salesforce"}]}) { type } }"""
                .formatted(NGUYEN, LARSEN));
        // Larsen→Nguyen: 1 - (1 - 0.64375)(1 - 0.7) = 1 - 0.35625 · 0.3 = 0.893125, basis reports_to; the rest as before.
        assertCounts(infer("2025-06-30"), 7, 14, 0, 1, 9, 0);
        assertThat(influences("Clinician", LARSEN).get(NGUYEN + "|inferred|null")).containsEntry("strength", "0.893125")
                .containsEntry("basis", "reports_to").containsEntry("evidence", "line manager since 2025; 412 shared patients 2024")
                .containsEntry("validFrom", "2024-01-01");
    }

    @Test
    @Order(5)
    void edgesWhoseEvidenceVanishedAreEndedNotDeleted() {
        // As of 2027-06-30 the window starts 2025-07-01: the 2024 referrals and prescribing are out. Left: the committee
        // (both ways, unchanged), Quinn→Hoff (unchanged) and Larsen→Nguyen on the reporting line alone (0.7, updated);
        // the other six end on 2027-06-29. A territory without these people touches nothing.
        assertCounts(at(ok("mutation { inferInfluence(asOf: \"2027-06-30\", territory: \"T-NONE\") { people pairsConsidered created updated unchanged ended } }"),
                "data.inferInfluence"), 0, 0, 0, 0, 0, 0);
        assertCounts(infer("2027-06-30"), 7, 6, 0, 1, 3, 6);
        Map<String, Map<String, String>> larsen = influences("Clinician", LARSEN);
        assertThat(larsen.keySet()).containsExactlyInAnyOrder(NGUYEN + "|inferred|null", MOE + "|inferred|2027-06-29",
                OLSON + "|inferred|2027-06-29", PATEL + "|inferred|2027-06-29", HOFF + "|inferred|null");
        assertThat(larsen.get(NGUYEN + "|inferred|null")).containsEntry("strength", "0.7").containsEntry("evidence", "line manager since 2025")
                .containsEntry("validFrom", "2025-01-01");
        Map<String, Map<String, String>> patel = influences("Clinician", PATEL);
        assertThat(patel.keySet()).containsExactlyInAnyOrder(LARSEN + "|crm|null", LARSEN + "|inferred|2027-06-29");
        assertThat(patel.get(LARSEN + "|crm|null")).containsEntry("strength", "0.4").doesNotContainKey("lastVerified");
        assertCounts(infer("2027-06-30"), 7, 6, 0, 0, 4, 0);
    }
}
