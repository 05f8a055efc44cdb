package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.kamgraph.api.Http.at;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Formulary impact as spend at risk on a hand-built market (fixtures/impact) with per-product money, worked out by
 * hand with the default access model (tier 1 keeps 1.00, tier 4 0.67, prior authorization x0.63, step therapy x0.57,
 * excluded 0.10, not listed 0.36; 27% of moved spend shifts to alternatives; 12 claims per patient-year).
 *
 * <p>Products (Cardiology I-P1, I-P2, I-P3; Neurology I-P4) are prescribed for 500, 150, 50 and 300 a year: I-P1 has
 * 50 claims, so a claim costs 10 and a patient-year 120. The payer I-PAY pays the PBM 1000 (I-P1 400, I-P2 200, I-P3
 * 60), the IDN 500 (100, 60, 30) and pharmacy 2 80 (20, 40, 10): I-P1's baseline is 400 + 100 + 20 = 520 (STATED) of
 * the payer's 1580. The PBM pays pharmacy 1 900 (I-P1 300) and pharmacy 2 600 (I-P1 100), so the payer's 400 through
 * it reach pharmacy 1 for 300 and pharmacy 2 for 100. I-PAY lists I-P1, I-P2 at tier 1 and I-P3 at tier 3 with prior
 * authorization: the alternatives are I-P2 (300 under I-PAY) and I-P3 (100), 3:1.
 */
@org.springframework.test.context.TestPropertySource(properties = "kam.test.fixture=impact")
class FormularyImpactTest extends FixtureApiTest {
    static final String DAY = "2026-11-01";
    static final String FIELDS = """
            direction keptShareBefore keptShareAfter spendRatio baselineSpend basis estimatedSpend organizationSpend spendAfter
            spendAtRisk spendGained spendShifted spendLost spendNew alternativeSplit annualCostPerPatient patientsAffected
            channelCount accountCount spendReachingAccounts changeReachingAccounts notes
            organization { id } before { tier priorAuth excluded } after { tier priorAuth stepTherapy excluded }
            alternatives { product { id } baselineSpend amount }
            channels { node { id } relationship baselineSpend change basis }
            accounts { node { id } via { id } baselineSpend change patients }""";

    @Override
    String fixture() {
        return "impact";
    }

    Map<String, Object> impact(String kind, String id, String product, String change) {
        Map<String, Object> r = ok("{ formularyImpact(listedBy: {kind: %s, id: \"%s\"}, product: \"%s\", change: %s, asOf: \"%s\") { %s } }"
                .formatted(kind, id, product, change, DAY, FIELDS));
        Map<String, Object> f = at(r, "data.formularyImpact");
        assertAddsUp(f);
        return f;
    }

    /** Channels add up to the baseline and to the change; accounts to what reaches them; nothing exceeds the organization's spend. */
    static void assertAddsUp(Map<String, Object> f) {
        List<Map<String, Object>> channels = at(f, "channels");
        List<Map<String, Object>> accounts = at(f, "accounts");
        double baseline = number(f.get("baselineSpend"));
        assertThat(channels).hasSize((Integer) f.get("channelCount"));
        double change = number(f.get("spendAfter")) - baseline;
        assertThat(channels.stream().mapToDouble(c -> number(c.get("baselineSpend"))).sum()).isCloseTo(baseline, offset(1e-9));
        assertThat(channels.stream().mapToDouble(c -> number(c.get("change"))).sum()).isCloseTo(change, offset(1e-9));
        assertThat(accounts.stream().mapToDouble(a -> number(a.get("baselineSpend"))).sum())
                .isCloseTo(number(f.get("spendReachingAccounts")), offset(1e-9));
        assertThat(accounts.stream().mapToDouble(a -> number(a.get("change"))).sum())
                .isCloseTo(number(f.get("changeReachingAccounts")), offset(1e-9));
        assertThat(number(f.get("spendAtRisk")) + number(f.get("spendGained"))).isCloseTo(Math.abs(change), offset(1e-9));
        assertThat(number(f.get("spendShifted")) + number(f.get("spendLost")) + number(f.get("spendNew"))).isCloseTo(Math.abs(change), offset(1e-9));
        assertThat(((List<Map<String, Object>>) at(f, "alternatives")).stream().mapToDouble(a -> number(a.get("amount"))).sum())
                .isCloseTo(number(f.get("spendShifted")), offset(1e-9));
        assertThat(baseline).isLessThanOrEqualTo(number(f.get("organizationSpend")) + 1e-9);
        assertThat(number(f.get("spendAfter"))).isLessThanOrEqualTo(number(f.get("organizationSpend")) + 1e-9);
        assertThat(number(f.get("spendAtRisk"))).isLessThanOrEqualTo(baseline + 1e-9);
    }

    static String f4(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    static List<String> rows(Map<String, Object> f, String list, String... fields) {
        return ((List<Map<String, Object>>) at(f, list)).stream().map(row -> {
            StringBuilder sb = new StringBuilder();
            for (String field : fields) {
                Object v = at(row, field);
                sb.append(sb.isEmpty() ? "" : ":").append(v instanceof Number n ? f4(n.doubleValue()) : v);
            }
            return sb.toString();
        }).toList();
    }

    @Test
    void anExclusionPutsSpendAtRiskByChannelAndAccount() {
        Map<String, Object> f = impact("Payer", "I-PAY", "I-P1", "{excluded: true}");
        assertThat((String) f.get("direction")).isEqualTo("WORSE");
        assertThat(number(f.get("baselineSpend"))).isCloseTo(520, offset(1e-9));
        assertThat((String) f.get("basis")).isEqualTo("STATED");
        assertThat(number(f.get("organizationSpend"))).isCloseTo(1580, offset(1e-9));
        // 520 x (1 - 0.10 / 1.00) = 468 at risk: 27% (126.36) shifts to I-P2 and I-P3 (3:1), 341.64 is lost.
        assertThat(number(f.get("spendAtRisk"))).isCloseTo(468, offset(1e-9));
        assertThat(number(f.get("spendGained"))).isZero();
        assertThat(number(f.get("spendShifted"))).isCloseTo(126.36, offset(1e-9));
        assertThat(number(f.get("spendLost"))).isCloseTo(341.64, offset(1e-9));
        assertThat((String) f.get("alternativeSplit")).isEqualTo("SPEND");
        assertThat(rows(f, "alternatives", "product.id", "baselineSpend", "amount"))
                .containsExactly("I-P2:300.0000:94.7700", "I-P3:100.0000:31.5900");
        // A patient-year costs 10 x 12 = 120: 468 / 120 = 3.9 patients.
        assertThat(number(f.get("annualCostPerPatient"))).isCloseTo(120, offset(1e-9));
        assertThat(number(f.get("patientsAffected"))).isCloseTo(3.9, offset(1e-9));
        assertThat(rows(f, "channels", "node.id", "relationship", "baselineSpend", "change"))
                .containsExactly("I-PBM:CONTRACTS_WITH:400.0000:-360.0000", "I-IDN:REIMBURSES:100.0000:-90.0000",
                        "I-PH2:REIMBURSES:20.0000:-18.0000");
        // The PBM's 400 reach pharmacy 1 and 2 as the PBM pays them for I-P1 (300 : 100); pharmacy 2 also gets 20 directly.
        assertThat(rows(f, "accounts", "node.id", "baselineSpend", "change", "patients"))
                .containsExactly("I-PH1:300.0000:-270.0000:2.2500", "I-PH2:120.0000:-108.0000:0.9000", "I-IDN:100.0000:-90.0000:0.7500");
        assertThat(((List<Map<String, Object>>) at(f, "accounts")).getFirst()).satisfies(a ->
                assertThat(rows(Map.of("v", a.get("via")), "v", "id")).containsExactly("I-PBM"));
        assertThat(number(f.get("spendReachingAccounts"))).isCloseTo(520, offset(1e-9));
        assertThat(number(at(f, "before.tier"))).isEqualTo(1);
        assertThat((Boolean) at(f, "after.excluded")).isTrue();
    }

    @Test
    void aTierChangePriorAuthorizationAndStepTherapyEachMoveDifferentAmounts() {
        // Tier 1 -> 4 keeps 0.67: 520 x 0.33; prior authorization keeps 0.63: 520 x 0.37; step therapy 0.57: 520 x 0.43.
        Map<String, Object> tier = impact("Payer", "I-PAY", "I-P1", "{tier: 4}");
        Map<String, Object> pa = impact("Payer", "I-PAY", "I-P1", "{priorAuth: true}");
        Map<String, Object> step = impact("Payer", "I-PAY", "I-P1", "{stepTherapy: true}");
        assertThat(number(tier.get("spendAtRisk"))).isCloseTo(171.6, offset(1e-9));
        assertThat(number(tier.get("spendShifted"))).isCloseTo(46.332, offset(1e-9));
        assertThat(rows(tier, "accounts", "node.id", "change")).containsExactly("I-PH1:-99.0000", "I-PH2:-39.6000", "I-IDN:-33.0000");
        assertThat(number(pa.get("spendAtRisk"))).isCloseTo(192.4, offset(1e-9));
        assertThat(number(pa.get("spendLost"))).isCloseTo(140.452, offset(1e-9));
        assertThat(number(step.get("spendAtRisk"))).isCloseTo(223.6, offset(1e-9));
        assertThat(number(step.get("patientsAffected"))).isCloseTo(223.6 / 120, offset(1e-9));
        assertThat((Boolean) at(step, "after.stepTherapy")).isTrue();
        assertThat(number(at(step, "after.tier"))).as("the rest of the listing stays").isEqualTo(1);
        for (Map<String, Object> f : List.of(tier, pa, step)) {
            assertThat((String) f.get("direction")).isEqualTo("WORSE");
        }
        Map<String, Object> same = impact("Payer", "I-PAY", "I-P1", "{tier: 1, priorAuth: false}");
        assertThat((String) same.get("direction")).isEqualTo("SAME");
        assertThat(number(same.get("spendAtRisk")) + number(same.get("spendGained"))).isZero();
    }

    @Test
    void aTierOneListingAndAnExclusionNeverAnswerTheSameNumbers() {
        // The PBM lists I-P1 at tier 3 with prior authorization: it keeps 0.89 x 0.63 = 0.5607 of use; its baseline is
        // what it pays pharmacies for I-P1: 300 + 100 = 400. The two calls (same organization and product).
        Map<String, Object> excluded = impact("Pbm", "I-PBM", "I-P1", "{excluded: true}");
        Map<String, Object> tierOne = impact("Pbm", "I-PBM", "I-P1", "{excluded: false, tier: 1, priorAuth: false}");
        double kept = 0.89 * 0.63;
        assertThat(number(excluded.get("keptShareBefore"))).isCloseTo(kept, offset(1e-12));
        assertThat((String) excluded.get("direction")).isEqualTo("WORSE");
        assertThat(number(excluded.get("spendAtRisk"))).isCloseTo(400 * (1 - 0.10 / kept), offset(1e-9));
        assertThat((String) tierOne.get("direction")).isEqualTo("BETTER");
        assertThat(number(tierOne.get("spendGained"))).isCloseTo(400 * (1 / kept - 1), offset(1e-9));
        assertThat(number(tierOne.get("spendAtRisk"))).isZero();
        // Gains are drawn from the alternative the PBM lists (I-P2, 200 under the PBM; I-P3 is excluded there): 27%.
        assertThat(number(tierOne.get("spendShifted"))).isCloseTo(0.27 * 400 * (1 / kept - 1), offset(1e-9));
        assertThat(rows(tierOne, "alternatives", "product.id", "baselineSpend")).containsExactly("I-P2:200.0000");
        assertThat(number(tierOne.get("spendNew"))).isCloseTo(0.73 * 400 * (1 / kept - 1), offset(1e-9));
        assertThat(rows(tierOne, "accounts", "node.id", "change")).containsExactly(
                "I-PH1:" + f4(300 * (1 / kept - 1)), "I-PH2:" + f4(100 * (1 / kept - 1)));
        assertThat(number(tierOne.get("spendAfter"))).isNotEqualTo(number(excluded.get("spendAfter")));
        assertThat(rows(tierOne, "channels", "change")).doesNotContainAnyElementsOf(rows(excluded, "channels", "change"));
        assertThat(rows(tierOne, "accounts", "change")).doesNotContainAnyElementsOf(rows(excluded, "accounts", "change"));
    }

    @Test
    void moneyWithoutTheProductsPartIsEstimatedAndSaysSo() {
        // I-PAY2 pays the PBM 500 with no breakdown: I-P1's part is its share of prescribing spend, 500 / 1000.
        Map<String, Object> f = impact("Payer", "I-PAY2", "I-P1", "{excluded: true}");
        assertThat((String) f.get("basis")).isEqualTo("ESTIMATED");
        assertThat(number(f.get("baselineSpend"))).isCloseTo(250, offset(1e-9));
        assertThat(number(f.get("estimatedSpend"))).isCloseTo(250, offset(1e-9));
        assertThat(number(f.get("spendAtRisk"))).isCloseTo(225, offset(1e-9));
        assertThat(rows(f, "channels", "node.id", "basis")).containsExactly("I-PBM:ESTIMATED");
        assertThat(rows(f, "accounts", "node.id", "change")).containsExactly("I-PH1:-168.7500", "I-PH2:-56.2500");
        // The alternative I-P2 is estimated the same way (500 x 0.15 = 75) and takes the whole 27% shift.
        assertThat(rows(f, "alternatives", "product.id", "baselineSpend", "amount")).containsExactly("I-P2:75.0000:60.7500");
        assertThat((List<String>) f.get("notes")).anySatisfy(n -> assertThat(n).startsWith("ESTIMATED"));
    }

    @Test
    void listingAProductNotListedGainsFromTheAlternativesAndNewPatients() {
        // I-PAY2 does not list I-P3 (keeps 0.36); tier 1 keeps 1: the estimated 500 x 0.05 = 25 grows by 1/0.36.
        Map<String, Object> f = impact("Payer", "I-PAY2", "I-P3", "{tier: 1}");
        assertThat((Object) f.get("before")).isNull();
        assertThat((String) f.get("direction")).isEqualTo("BETTER");
        double gained = 25 * (1 / 0.36 - 1);
        assertThat(number(f.get("spendGained"))).isCloseTo(gained, offset(1e-9));
        // 27% of it (12) is drawn from I-P1 (250) and I-P2 (75) in proportion; the rest is new patients.
        assertThat(number(f.get("spendShifted"))).isCloseTo(12, offset(1e-9));
        assertThat(rows(f, "alternatives", "product.id", "amount")).containsExactly("I-P1:" + f4(12 * 250 / 325.0), "I-P2:" + f4(12 * 75 / 325.0));
        assertThat(number(f.get("spendNew"))).isCloseTo(gained - 12, offset(1e-9));
        assertThat((List<String>) f.get("notes")).anySatisfy(n -> assertThat(n).contains("does not list"));
    }

    @Test
    void aCommitteeMovesPrescribingAtItsOrganizationByAccountAndPurchaseChannel() {
        // The P&T committee of the IDN adds step therapy to I-P1 (tier 1): prescribing at the IDN and its units is
        // hospital 240 + 40 (cardiology department) + 50 (half of a clinician who also works at the clinic) = 330,
        // IDN 60, clinic 50: 440 of the IDN's 640. Channels: the IDN buys I-P1 for 60 from I-W (stated), the hospital
        // 100 without breakdown from I-W2 (estimated 50): 440 x 60/110 and 440 x 50/110.
        Map<String, Object> f = impact("Committee", "I-PT", "I-P1", "{stepTherapy: true}");
        assertThat((String) at(f, "organization.id")).isEqualTo("I-IDN");
        assertThat(number(f.get("baselineSpend"))).isCloseTo(440, offset(1e-9));
        assertThat((String) f.get("basis")).isEqualTo("STATED");
        assertThat(number(f.get("organizationSpend"))).isCloseTo(640, offset(1e-9));
        assertThat(number(f.get("spendAtRisk"))).isCloseTo(189.2, offset(1e-9));
        assertThat(rows(f, "accounts", "node.id", "baselineSpend", "change"))
                .containsExactly("I-HOS:330.0000:-141.9000", "I-IDN:60.0000:-25.8000", "I-CLN:50.0000:-21.5000");
        assertThat(rows(f, "channels", "node.id", "relationship", "baselineSpend", "change"))
                .containsExactly("I-W:CONTRACTS_WITH:240.0000:-103.2000", "I-W2:CONTRACTS_WITH:200.0000:-86.0000");
        assertThat(rows(f, "alternatives", "product.id", "baselineSpend", "amount"))
                .containsExactly("I-P2:150.0000:38.3130", "I-P3:50.0000:12.7710");
        assertThat(number(f.get("spendLost"))).isCloseTo(138.116, offset(1e-9));
    }

    @Test
    void aPayersCommitteeGovernsThePayersMoney() {
        // The payer's P&T committee lists I-P1 and I-P2 at tier 1: excluding I-P1 puts the payer's 520 x 0.9 at risk,
        // and its 27% shifts to the one alternative the committee lists.
        Map<String, Object> f = impact("Committee", "I-PAYPT", "I-P1", "{excluded: true}");
        assertThat((String) at(f, "organization.id")).isEqualTo("I-PAY");
        assertThat(number(f.get("baselineSpend"))).isCloseTo(520, offset(1e-9));
        assertThat(number(f.get("spendAtRisk"))).isCloseTo(468, offset(1e-9));
        assertThat(rows(f, "alternatives", "product.id", "baselineSpend", "amount")).containsExactly("I-P2:300.0000:126.3600");
        assertThat(rows(f, "channels", "node.id")).containsExactly("I-PBM", "I-IDN", "I-PH2");
    }

    @Test
    void wrongInputIsNamed() {
        String q = "{ formularyImpact(listedBy: {kind: %s, id: \"%s\"}, product: \"%s\", change: %s) { direction } }";
        assertError(q.formatted("Payer", "I-NOPE", "I-P1", "{excluded: true}"), "NOT_FOUND", "listedBy", "I-NOPE");
        assertError(q.formatted("Payer", "I-PAY", "NOPE", "{excluded: true}"), "NOT_FOUND", "product", "NOPE");
        assertError(q.formatted("Committee", "I-NOORG", "I-P1", "{excluded: true}"), "NOT_FOUND", "listedBy", "belongs to no organization");
        assertError(q.formatted("Idn", "I-IDN", "I-P1", "{excluded: true}"), "BAD_REQUEST", "listedBy", "payers, PBMs and committees");
        assertError(q.formatted("Payer", "I-PAY", "I-P1", "{tier: 7}"), "BAD_REQUEST", "change.tier", "between 1 and 6");
        assertError(q.formatted("Payer", "I-PAY", "I-P1", "{tier: 0}"), "BAD_REQUEST", "change.tier", "between 1 and 6");
        assertError(q.formatted("Payer", "I-PAY", "I-P1", "{excluded: true, tier: 2}"), "BAD_REQUEST", "change.excluded", "excluded: true alone");
        assertError(q.formatted("Payer", "I-PAY", "I-P1", "{}"), "BAD_REQUEST", "change", "name what changes");
    }
}
