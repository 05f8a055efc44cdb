package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class MoneyAttributionTest {
    static final NodeSummary PAYER = new NodeSummary("PAY", NodeKind.PAYER, "Plan");
    static final NodeSummary PBM = new NodeSummary("PBM", NodeKind.PBM, "PBM");
    static final NodeSummary PH1 = new NodeSummary("PH1", NodeKind.PHARMACY, "One");
    static final NodeSummary PH2 = new NodeSummary("PH2", NodeKind.PHARMACY, "Two");
    static final NodeSummary IDN = new NodeSummary("IDN", NodeKind.IDN, "System");
    static final NodeSummary HOS = new NodeSummary("HOS", NodeKind.HOSPITAL, "Hospital");
    static final NodeSummary W = new NodeSummary("W", NodeKind.WHOLESALER, "Wholesaler");
    final ProductAmounts amounts = new ProductAmounts(Map.of("A", 600.0, "B", 400.0));

    static MoneyLine line(String from, NodeSummary to, RelKind type, double amount, Map<String, Double> parts) {
        return new MoneyLine(from, to.id(), to, type, amount, parts);
    }

    @Test
    void aPayersPbmDollarsAreCountedOnceAndSplitOverThePbmsPharmaciesByWhatItPaysEach() {
        List<MoneyLine> own = List.of(line("PAY", PBM, RelKind.CONTRACTS_WITH, 1000, Map.of("A", 400.0)),
                line("PAY", IDN, RelKind.REIMBURSES, 500, Map.of("A", 100.0)),
                line("PAY", PH2, RelKind.REIMBURSES, 50, Map.of("A", 20.0)));
        // The PBM pays pharmacies 900 + 600 for A (for all its payers): only the proportion 3 : 1 is used.
        List<MoneyLine> onward = List.of(line("PBM", PH1, RelKind.REIMBURSES, 2000, Map.of("A", 900.0)),
                line("PBM", PH2, RelKind.REIMBURSES, 1000, Map.of("A", 300.0)));
        Baseline b = MoneyAttribution.payer(own, onward, "A", amounts);
        assertThat(b.total()).isCloseTo(520, offset(1e-9));
        assertThat(b.estimated()).isZero();
        assertThat(b.stated()).isTrue();
        assertThat(b.channels()).extracting(c -> c.node().id() + ":" + c.spend()).containsExactly("PBM:400.0", "IDN:100.0", "PH2:20.0");
        assertThat(b.accounts()).extracting(a -> a.node().id() + ":" + a.spend() + ":" + a.via().stream().map(NodeSummary::id).toList())
                .containsExactly("PH1:300.0:[PBM]", "PH2:120.0:[PBM]", "IDN:100.0:[]");
        assertThat(b.reachingAccounts()).isCloseTo(520, offset(1e-9));
    }

    @Test
    void withoutTheProductsPartsThePbmSplitsByItsWholePaymentsAndTheBaselineIsEstimated() {
        List<MoneyLine> own = List.of(line("PAY", PBM, RelKind.CONTRACTS_WITH, 1000, Map.of()));
        List<MoneyLine> onward = List.of(line("PBM", PH1, RelKind.REIMBURSES, 300, Map.of()),
                line("PBM", PH2, RelKind.REIMBURSES, 100, Map.of()));
        Baseline b = MoneyAttribution.payer(own, onward, "A", amounts);
        assertThat(b.total()).isCloseTo(600, offset(1e-9));
        assertThat(b.estimated()).isCloseTo(600, offset(1e-9));
        assertThat(b.stated()).isFalse();
        assertThat(b.accounts()).extracting(a -> a.node().id() + ":" + a.spend()).containsExactly("PH1:450.0", "PH2:150.0");
    }

    @Test
    void aRelationshipWhosePartsTakeItsWholeAmountStatesThatAMissingProductGetsNothing() {
        // Parts for A and B take the whole amount: C's part is stated as 0, not estimated.
        Baseline b = MoneyAttribution.payer(List.of(line("PAY", PH1, RelKind.REIMBURSES, 100, Map.of("A", 60.0, "B", 40.0))), List.of(), "C",
                amounts);
        assertThat(b.total()).isZero();
        assertThat(b.estimated()).isZero();
        assertThat(b.stated()).isTrue();
    }

    @Test
    void aRelationshipWithoutTheProductsPartIsAnEstimateEvenOfNothingWhenItsPartsLeaveSomeOfItsAmount() {
        // Parts for A and B leave 10 of 100 for products without a part: C has no prescribing, so its estimate is 0.
        Baseline b = MoneyAttribution.payer(List.of(line("PAY", PH1, RelKind.REIMBURSES, 100, Map.of("A", 60.0, "B", 30.0))), List.of(), "C",
                amounts);
        assertThat(b.total()).isZero();
        assertThat(b.stated()).isFalse();
    }

    @Test
    void moneyToAnOrganizationThatPaysNoAccountReachesNoAccount() {
        Baseline b = MoneyAttribution.payer(List.of(line("PAY", PBM, RelKind.CONTRACTS_WITH, 100, Map.of("A", 40.0))), List.of(), "A", amounts);
        assertThat(b.total()).isEqualTo(40);
        assertThat(b.accounts()).isEmpty();
        assertThat(b.reachingAccounts()).isZero();
    }

    @Test
    void aCommitteesPrescribingIsSplitOverItsPrescribersAccountsAndItsPurchaseChannels() {
        List<MoneyAttribution.Prescription> rx = List.of(new MoneyAttribution.Prescription("A", "rx1", "HOS", HOS, 240),
                new MoneyAttribution.Prescription("A", "rx2", "HOS", HOS, 100), new MoneyAttribution.Prescription("A", "rx2", "IDN", IDN, 100),
                new MoneyAttribution.Prescription("B", "rx3", "IDN", IDN, 70));
        List<MoneyLine> purchases = List.of(line("IDN", W, RelKind.CONTRACTS_WITH, 300, Map.of("A", 60.0)));
        Baseline b = MoneyAttribution.committee(rx, purchases, "A", amounts, IDN);
        assertThat(b.total()).isCloseTo(340, offset(1e-9));
        assertThat(b.accounts()).extracting(a -> a.node().id() + ":" + a.spend()).containsExactly("HOS:290.0", "IDN:50.0");
        assertThat(b.channels()).extracting(c -> c.node().id() + ":" + c.relationship() + ":" + c.spend()).containsExactly("W:CONTRACTS_WITH:340.0");
        Baseline none = MoneyAttribution.committee(rx, List.of(), "A", amounts, IDN);
        assertThat(none.channels()).extracting(c -> c.node().id() + ":" + c.relationship() + ":" + c.spend()).containsExactly("IDN:null:340.0");
    }
}
