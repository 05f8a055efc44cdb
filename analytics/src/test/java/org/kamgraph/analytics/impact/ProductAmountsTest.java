package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class ProductAmountsTest {
    // Prescribing spend in the market: A 500, B 150, C 50, D 300 (shares 0.5, 0.15, 0.05, 0.3).
    final ProductAmounts amounts = new ProductAmounts(Map.of("A", 500.0, "B", 150.0, "C", 50.0, "D", 300.0));

    static MoneyLine line(double amount, Map<String, Double> parts) {
        return new MoneyLine("x", "y", new NodeSummary("PBM", NodeKind.PBM, "PBM"), RelKind.CONTRACTS_WITH, amount, parts);
    }

    @Test
    void aStatedPartIsTaken() {
        assertThat(amounts.part(line(100, Map.of("A", 40.0)), "A")).isEqualTo(new ProductAmounts.Part(40, true));
    }

    @Test
    void withoutAnyPartTheProductsShareOfPrescribingIsUsed() {
        assertThat(amounts.part(line(200, Map.of()), "A")).isEqualTo(new ProductAmounts.Part(100, false));
        assertThat(amounts.part(line(200, Map.of()), "C").amount()).isCloseTo(10, offset(1e-12));
        assertThat(amounts.part(line(200, Map.of()), "UNKNOWN").amount()).isZero();
    }

    @Test
    void whatStatedPartsLeaveIsSplitOverTheOtherProducts() {
        // 100 - 40 (A) - 20 (B) = 40 left for C and D, 50 : 300.
        MoneyLine l = line(100, Map.of("A", 40.0, "B", 20.0));
        assertThat(amounts.part(l, "C").amount()).isCloseTo(40 * 50 / 350.0, offset(1e-12));
        assertThat(amounts.part(l, "D").amount()).isCloseTo(40 * 300 / 350.0, offset(1e-12));
        assertThat(amounts.part(l, "C").stated()).isFalse();
    }

    @Test
    void partsThatAccountForTheWholeAmountStateEveryProductAndAMissingOneIsZero() {
        // 60 + 30 + 10 = 100: nothing left, so D (not named) is stated as 0, not estimated from its 30% market share
        MoneyLine whole = line(100, Map.of("A", 60.0, "B", 30.0, "C", 10.0));
        assertThat(amounts.part(whole, "D")).isEqualTo(new ProductAmounts.Part(0, true));
        assertThat(amounts.part(whole, "UNKNOWN")).isEqualTo(new ProductAmounts.Part(0, true));
        // parts rounded to the cent may leave up to a cent each of the amount: still whole
        MoneyLine rounded = line(100.02, Map.of("A", 60.0, "B", 30.0, "C", 10.0));
        assertThat(amounts.part(rounded, "D")).isEqualTo(new ProductAmounts.Part(0, true));
        // more than a cent per part left is a remainder to estimate (3 parts, 4 cents left)
        MoneyLine short4 = line(100.04, Map.of("A", 60.0, "B", 30.0, "C", 10.0));
        assertThat(amounts.part(short4, "D").stated()).isFalse();
        assertThat(amounts.part(short4, "D").amount()).isCloseTo(0.04, offset(1e-9));
    }

    @Test
    void noPrescribingMeansNoEstimate() {
        assertThat(new ProductAmounts(Map.of()).part(line(100, Map.of()), "A").amount()).isZero();
    }
}
