package org.kamgraph.api.market.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
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
    void noPrescribingMeansNoEstimate() {
        assertThat(new ProductAmounts(Map.of()).part(line(100, Map.of()), "A").amount()).isZero();
    }
}
