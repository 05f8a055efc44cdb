package org.kamgraph.analytics.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kamgraph.analytics.inference.PairEvidence.Adoption;
import org.kamgraph.analytics.inference.PairEvidence.KolPayment;
import org.kamgraph.analytics.inference.PairEvidence.Referral;
import org.kamgraph.analytics.inference.PairEvidence.SharedCommittee;
import org.junit.jupiter.api.Test;

/**
 * The formula on the TINY MARKET's evidence (South Dakota oncology, 2024), with the default parameters:
 * shared patients w 0.8 scale 100; committee w 0.6 scale 1; reporting line w 0.7 (indicator); KOL payments w 0.5
 * scale $5,000; adoption order w 0.3 scale 1; least strength 0.05.
 */
class InfluenceFormulaTest {
    private static final InfluenceFormula FORMULA = new InfluenceFormula(InferenceParameters.DEFAULTS);
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    private static final double EXACT = 1e-6;

    private static PairEvidence referral(String influencer, String influenced, Long patients, Long claims, boolean tied) {
        return new PairEvidence(influencer, influenced, new Referral(patients, claims, null, Y2024), List.of(), false, null,
                List.of(), List.of(), tied);
    }

    private static InferredInfluence infer(PairEvidence e) {
        return FORMULA.infer(e).orElseThrow();
    }

    @Test
    void theReceiverOfReferralsInfluencesTheReferrer() {
        // Nguyen refers to Larsen: 412 beneficiaries, 640 pairs, 12 same day (2024). Larsen -> Nguyen:
        // p = 0.8 * 412 / (412 + 100) = 329.6 / 512 = 0.64375
        InferredInfluence i = infer(referral("LARSEN", "NGUYEN", 412L, 640L, true));
        assertThat(i.strength()).isCloseTo(0.64375, within(EXACT));
        assertThat(i.basis()).isEqualTo("shared_patients");
        assertThat(i.evidence()).isEqualTo("412 shared patients 2024");
        assertThat(i.validFrom()).isEqualTo(Y2024);
        // Moe -> Larsen 85 beneficiaries: 0.8 * 85 / 185 = 68 / 185 = 0.367568 (rounded to six decimals)
        assertThat(infer(referral("LARSEN", "MOE", 85L, 120L, true)).strength()).isEqualTo(0.367568);
        // Olson -> Larsen 30: 0.8 * 30 / 130 = 24 / 130 = 0.184615
        assertThat(infer(referral("LARSEN", "OLSON", 30L, 44L, true)).strength()).isEqualTo(0.184615);
        // Larsen -> Patel 150: Patel influences Larsen: 0.8 * 150 / 250 = 0.48
        assertThat(infer(referral("PATEL", "LARSEN", 150L, 210L, true)).strength()).isEqualTo(0.48);
        // Nguyen -> Olson 60: 0.8 * 60 / 160 = 0.3
        assertThat(infer(referral("OLSON", "NGUYEN", 60L, 75L, true)).strength()).isEqualTo(0.3);
    }

    @Test
    void suppressedBeneficiariesFallBackToClaims() {
        // Beneficiaries suppressed (absent), 44 claims: 0.8 * 44 / 144 = 35.2 / 144 = 0.244444
        InferredInfluence i = infer(referral("LARSEN", "OLSON", null, 44L, true));
        assertThat(i.strength()).isEqualTo(0.244444);
        assertThat(i.evidence()).isEqualTo("44 shared claims 2024");
    }

    @Test
    void aCommitteeColleagueInfluencesTheOtherMember() {
        // Larsen and Hoff on SANFORD USD P&T COMMITTEE since 2022: p = 0.6 * 1 / (1 + 1) = 0.3 (each way)
        PairEvidence e = new PairEvidence("LARSEN", "HOFF", null,
                List.of(new SharedCommittee("SANFORD USD P&T COMMITTEE", LocalDate.of(2022, 3, 1))), false, null,
                List.of(), List.of(), true);
        InferredInfluence i = infer(e);
        assertThat(i.strength()).isEqualTo(0.3);
        assertThat(i.basis()).isEqualTo("committee_colleague");
        assertThat(i.evidence()).isEqualTo("same SANFORD USD P&T COMMITTEE since 2022");
        assertThat(i.validFrom()).isEqualTo(LocalDate.of(2022, 3, 1));
        // Two committees: 0.6 * 2 / 3 = 0.4
        PairEvidence two = new PairEvidence("LARSEN", "HOFF", null, List.of(new SharedCommittee("B", null),
                new SharedCommittee("A", LocalDate.of(2023, 1, 1))), false, null, List.of(), List.of(), true);
        assertThat(infer(two).strength()).isEqualTo(0.4);
        assertThat(infer(two).evidence()).isEqualTo("same A since 2023, same B");
    }

    @Test
    void theManagerInfluencesTheReport() {
        // Hoff reports to Quinn since 2021: the indicator term, p = 0.7
        PairEvidence e = new PairEvidence("QUINN", "HOFF", null, List.of(), true, LocalDate.of(2021, 5, 1), List.of(),
                List.of(), true);
        InferredInfluence i = infer(e);
        assertThat(i.strength()).isEqualTo(0.7);
        assertThat(i.basis()).isEqualTo("reports_to");
        assertThat(i.evidence()).isEqualTo("line manager since 2021");
    }

    @Test
    void kolPaymentsRaiseInfluenceOnATiedPrescriberOfTheProduct() {
        // Larsen: 3 speaker payments of $2,500 for VERZENIO (2024), Patel prescribes VERZENIO and is tied to Larsen
        // (Larsen refers to Patel): p = 0.5 * 7500 / (7500 + 5000) = 3750 / 12500 = 0.3
        List<KolPayment> speaker = List.of(
                new KolPayment("VERZENIO", "speaking", 1, 2500, LocalDate.of(2024, 3, 10)),
                new KolPayment("VERZENIO", "speaking", 1, 2500, LocalDate.of(2024, 6, 12)),
                new KolPayment("VERZENIO", "speaking", 1, 2500, LocalDate.of(2024, 9, 20)));
        PairEvidence e = new PairEvidence("LARSEN", "PATEL", null, List.of(), false, null, speaker, List.of(), true);
        InferredInfluence i = infer(e);
        assertThat(i.strength()).isEqualTo(0.3);
        assertThat(i.basis()).isEqualTo("kol_payment");
        assertThat(i.evidence()).isEqualTo("3 speaker payments for VERZENIO 2024 ($7,500)");
        assertThat(i.validFrom()).isEqualTo(LocalDate.of(2024, 3, 10));
        // Olson: consulting $5,000 for IBRANCE, Larsen prescribes IBRANCE: 0.5 * 5000 / 10000 = 0.25
        PairEvidence olson = new PairEvidence("OLSON", "LARSEN", null, List.of(), false, null,
                List.of(new KolPayment("IBRANCE", "consulting", 1, 5000, LocalDate.of(2024, 5, 1))), List.of(), true);
        assertThat(infer(olson).strength()).isEqualTo(0.25);
        assertThat(infer(olson).evidence()).isEqualTo("1 consulting payment for IBRANCE 2024 ($5,000)");
    }

    @Test
    void paymentsOfOtherNaturesAndUntiedPeersDoNotCount() {
        // Patel's $45.12 food and beverage, Olson's $20,000 research: not KOL natures
        PairEvidence food = new PairEvidence("PATEL", "LARSEN", null, List.of(), false, null, List.of(
                new KolPayment("VERZENIO", "food_and_beverage", 1, 45.12, LocalDate.of(2024, 2, 2)),
                new KolPayment("IBRANCE", "research", 1, 20000, LocalDate.of(2024, 7, 15))), List.of(), true);
        assertThat(FORMULA.infer(food)).isEmpty();
        // Speaker fees, but no tie between the two: nothing
        PairEvidence untied = new PairEvidence("LARSEN", "MOE", null, List.of(), false, null,
                List.of(new KolPayment("VERZENIO", "speaking", 3, 7500, LocalDate.of(2024, 3, 10))),
                List.of(new Adoption("VERZENIO", LocalDate.of(2023, 1, 1), Y2024)), false);
        assertThat(FORMULA.infer(untied)).isEmpty();
    }

    @Test
    void termsCombineByNoisyOrAndTheStrongestNamesTheBasis() {
        // Larsen -> Patel: speaker fees for VERZENIO (0.3) and Larsen prescribed VERZENIO from 2023, Patel from 2024
        // (adoption order: 0.3 * 1 / 2 = 0.15). Strength = 1 - (1 - 0.3)(1 - 0.15) = 1 - 0.7 * 0.85 = 1 - 0.595 = 0.405
        PairEvidence e = new PairEvidence("LARSEN", "PATEL", null, List.of(), false, null,
                List.of(new KolPayment("VERZENIO", "speaking", 3, 7500, LocalDate.of(2024, 3, 10))),
                List.of(new Adoption("VERZENIO", LocalDate.of(2023, 1, 1), Y2024)), true);
        InferredInfluence i = infer(e);
        assertThat(i.strength()).isEqualTo(0.405);
        assertThat(i.basis()).isEqualTo("kol_payment");
        assertThat(i.evidence()).isEqualTo("3 speaker payments for VERZENIO 2024 ($7,500); adopted VERZENIO first (2023 vs 2024)");
        // The earliest evidence date: the adoption observed on 2024-01-01, before the first payment (2024-03-10)
        assertThat(i.validFrom()).isEqualTo(Y2024);
    }

    @Test
    void allTermsTogether() {
        // Larsen -> Nguyen with every kind of evidence:
        // shared patients 412: 0.64375; committee 1: 0.3; reporting line: 0.7; KOL $7,500: 0.3; adoption 1: 0.15
        // 1 - (0.35625 * 0.7 * 0.3 * 0.7 * 0.85) = 1 - 0.35625 * 0.7 = 0.249375; * 0.3 = 0.0748125; * 0.7 = 0.05236875;
        // * 0.85 = 0.0445134375 -> strength 0.9554865625 -> 0.955487 (six decimals); basis reports_to (0.7 > 0.64375)
        PairEvidence e = new PairEvidence("LARSEN", "NGUYEN", new Referral(412L, 640L, 12L, Y2024),
                List.of(new SharedCommittee("SANFORD USD P&T COMMITTEE", LocalDate.of(2022, 3, 1))), true,
                LocalDate.of(2021, 5, 1), List.of(new KolPayment("VERZENIO", "speaking", 3, 7500, LocalDate.of(2024, 3, 10))),
                List.of(new Adoption("VERZENIO", LocalDate.of(2023, 1, 1), Y2024)), true);
        InferredInfluence i = infer(e);
        assertThat(i.strength()).isEqualTo(0.955487);
        assertThat(i.basis()).isEqualTo("reports_to");
        assertThat(i.evidence()).isEqualTo("line manager since 2021; 412 shared patients 2024; same SANFORD USD P&T COMMITTEE since 2022; "
                + "3 speaker payments for VERZENIO 2024 ($7,500); adopted VERZENIO first (2023 vs 2024)");
        assertThat(i.validFrom()).isEqualTo(LocalDate.of(2021, 5, 1));
    }

    @Test
    void edgesUnderTheLeastStrengthAreNotKept() {
        // Larsen -> Olson 0.184615 is under a least strength of 0.2
        InfluenceFormula strict = new InfluenceFormula(InferenceParameters.DEFAULTS.withMinStrength(0.2));
        assertThat(strict.infer(referral("LARSEN", "OLSON", 30L, 44L, true))).isEmpty();
        assertThat(strict.infer(referral("LARSEN", "NGUYEN", 412L, 640L, true))).map(InferredInfluence::strength)
                .isEqualTo(Optional.of(0.64375));
        assertThat(FORMULA.infer(new PairEvidence("A", "B", null, null, false, null, null, null, true))).isEmpty();
    }

    @Test
    void theSaturatingFunction() {
        InferenceParameters.Term t = new InferenceParameters.Term(0.8, 100);
        assertThat(t.probability(0)).isZero();
        assertThat(t.probability(100)).isEqualTo(0.4); // half the weight at x = scale
        assertThat(t.probability(1e12)).isCloseTo(0.8, within(1e-9));
        assertThat(new InferenceParameters.Term(0.7, 0).probability(1)).isEqualTo(0.7);
        assertThatThrownBy(() -> new InferenceParameters.Term(1.2, 1)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new InferenceParameters.Term(0.5, -1)).hasMessageContaining("scale");
    }
}
