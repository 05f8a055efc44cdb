package org.kamgraph.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.impact.AccessModel.Position;
import org.kamgraph.analytics.impact.Baseline.AccountSpend;
import org.kamgraph.analytics.impact.Baseline.ChannelSpend;
import org.kamgraph.analytics.impact.ImpactViews.AlternativeSplit;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

class SpendAtRiskTest {
    static final NodeSummary PBM = new NodeSummary("PBM", NodeKind.PBM, "PBM");
    static final NodeSummary PH1 = new NodeSummary("PH1", NodeKind.PHARMACY, "One");
    static final NodeSummary IDN = new NodeSummary("IDN", NodeKind.IDN, "System");
    static final NodeSummary B = new NodeSummary("B", NodeKind.PRODUCT, "B");
    static final NodeSummary C = new NodeSummary("C", NodeKind.PRODUCT, "C");
    final AccessModel model = AccessModel.defaults();
    // 400 through the PBM (which pays PH1), 100 to the IDN directly.
    final Baseline baseline = new Baseline(List.of(new ChannelSpend(PBM, RelKind.CONTRACTS_WITH, 400, 0, true), new ChannelSpend(IDN, RelKind.REIMBURSES, 100, 0, true)),
            List.of(new AccountSpend(PH1, List.of(PBM), 400), new AccountSpend(IDN, List.of(), 100)));
    final List<SpendAtRisk.Alternative> alternatives = List.of(new SpendAtRisk.Alternative(B, null, 300), new SpendAtRisk.Alternative(C, null, 100));

    static String r(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    double kept(Long tier, boolean pa, boolean st, boolean excluded) {
        return model.kept(new Position(tier, pa, st, excluded));
    }

    @Test
    void anExclusionFromTierOneKeepsATenth() {
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, kept(1L, false, false, false), kept(null, false, false, true), alternatives, 0.27, 120.0);
        assertThat(o.direction()).isEqualTo("WORSE");
        assertThat(o.atRisk()).isCloseTo(450, offset(1e-9));
        assertThat(o.shifted()).isCloseTo(121.5, offset(1e-9));
        assertThat(o.lost()).isCloseTo(328.5, offset(1e-9));
        assertThat(o.split()).isEqualTo(AlternativeSplit.SPEND);
        assertThat(o.alternatives()).extracting(a -> a.product().id() + ":" + r(a.amount())).containsExactly("B:91.1250", "C:30.3750");
        assertThat(o.patients()).isCloseTo(3.75, offset(1e-9));
        assertThat(o.channels()).extracting(c -> c.node().id() + ":" + r(c.change())).containsExactly("PBM:-360.0000", "IDN:-90.0000");
        assertThat(o.accounts()).extracting(a -> a.node().id() + ":" + r(a.change()) + ":" + r(a.patients())).containsExactly("PH1:-360.0000:3.0000", "IDN:-90.0000:0.7500");
        assertThat(o.changeReachingAccounts()).isCloseTo(-450, offset(1e-9));
    }

    @Test
    void tierPriorAuthorizationStepTherapyAndExclusionEachGiveTheirOwnNumbers() {
        double from = kept(2L, false, false, false);
        double tier5 = SpendAtRisk.assess(baseline, from, kept(5L, false, false, false), alternatives, 0.27, null).atRisk();
        double pa = SpendAtRisk.assess(baseline, from, kept(2L, true, false, false), alternatives, 0.27, null).atRisk();
        double step = SpendAtRisk.assess(baseline, from, kept(2L, false, true, false), alternatives, 0.27, null).atRisk();
        double excluded = SpendAtRisk.assess(baseline, from, kept(null, false, false, true), alternatives, 0.27, null).atRisk();
        assertThat(tier5).isCloseTo(500 * (1 - 0.62 / 0.99), offset(1e-9));
        assertThat(pa).isCloseTo(500 * (1 - 0.63), offset(1e-9));
        assertThat(step).isCloseTo(500 * (1 - 0.57), offset(1e-9));
        assertThat(excluded).isCloseTo(500 * (1 - 0.10 / 0.99), offset(1e-9));
        assertThat(List.of(tier5, pa, step, excluded)).doesNotHaveDuplicates();
    }

    @Test
    void aTierOneListingAndAnExclusionNeverAnswerTheSameEvenWithoutSpend() {
        for (Position before : new Position[] {null, new Position(3L, true, false, false), new Position(6L, true, true, false),
                new Position(null, false, false, true)}) {
            for (Baseline b : List.of(baseline, new Baseline(List.of(), List.of()))) {
                SpendAtRisk.Outcome tierOne = SpendAtRisk.assess(b, model.kept(before), kept(1L, false, false, false), alternatives, 0.27, null);
                SpendAtRisk.Outcome excluded = SpendAtRisk.assess(b, model.kept(before), kept(null, false, false, true), alternatives, 0.27, null);
                assertThat(tierOne.ratio()).isGreaterThan(excluded.ratio());
                if (b.total() > 0) {
                    assertThat(tierOne.after()).isGreaterThan(excluded.after());
                }
            }
        }
    }

    @Test
    void betterAccessDrawsFromTheAlternativesAtMostWhatTheyHave() {
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, kept(null, false, false, true), kept(1L, false, false, false), alternatives, 0.27, null);
        assertThat(o.direction()).isEqualTo("BETTER");
        assertThat(o.gained()).isCloseTo(4500, offset(1e-9));
        assertThat(o.shifted()).as("27% of 4500 is 1215, but the alternatives have 400").isCloseTo(400, offset(1e-9));
        assertThat(o.newSpend()).isCloseTo(4100, offset(1e-9));
        assertThat(o.alternatives()).extracting(a -> a.product().id() + ":" + r(a.amount())).containsExactly("B:300.0000", "C:100.0000");
        assertThat(o.atRisk()).isZero();
        assertThat(o.lost()).isZero();
    }

    @Test
    void aGainNeverTakesTheProductAboveTheOrganizationsSpend() {
        // Excluded -> tier 1 multiplies 500 by 10; the organization spends 2000 in all: the gain stops at 1500.
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, kept(null, false, false, true), kept(1L, false, false, false), alternatives, 0.27,
                null, 2000);
        assertThat(o.capped()).isTrue();
        assertThat(o.after()).isCloseTo(2000, offset(1e-9));
        assertThat(o.gained()).isCloseTo(1500, offset(1e-9));
        assertThat(o.channels()).extracting(c -> c.node().id() + ":" + r(c.change())).containsExactly("PBM:1200.0000", "IDN:300.0000");
        SpendAtRisk.Outcome loss = SpendAtRisk.assess(baseline, 1.0, 0.1, alternatives, 0.27, null, 500);
        assertThat(loss.capped()).isFalse();
        assertThat(loss.atRisk()).isCloseTo(450, offset(1e-9));
    }

    @Test
    void withoutAlternativesEverythingIsLostAndWithoutTheirSpendTheShiftIsEven() {
        SpendAtRisk.Outcome none = SpendAtRisk.assess(baseline, 1.0, 0.5, List.of(), 0.27, null);
        assertThat(none.split()).isEqualTo(AlternativeSplit.NONE);
        assertThat(none.shifted()).isZero();
        assertThat(none.lost()).isCloseTo(250, offset(1e-9));
        SpendAtRisk.Outcome even = SpendAtRisk.assess(baseline, 1.0, 0.5,
                List.of(new SpendAtRisk.Alternative(B, null, 0), new SpendAtRisk.Alternative(C, null, 0)), 0.2, null);
        assertThat(even.split()).isEqualTo(AlternativeSplit.EVEN);
        assertThat(even.alternatives()).extracting(a -> a.product().id() + ":" + r(a.amount())).containsExactly("B:25.0000", "C:25.0000");
    }

    @Test
    void noChangeMovesNothing() {
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, 0.67, 0.67, alternatives, 0.27, 100.0);
        assertThat(o.direction()).isEqualTo("SAME");
        assertThat(o.after()).isEqualTo(500);
        assertThat(o.patients()).isZero();
        assertThat(o.channels()).allSatisfy(c -> assertThat(c.change()).isZero());
    }

    @Test
    void anAlternativeIsAnotherProductOfTheSameAreaThatIsNotExcluded() {
        assertThat(SpendAtRisk.Alternative.to("A", "oncology", "B", "oncology", null)).isTrue();
        assertThat(SpendAtRisk.Alternative.to("A", "oncology", "B", "oncology", false)).isTrue();
        assertThat(SpendAtRisk.Alternative.to("A", "oncology", "A", "oncology", null)).as("itself").isFalse();
        assertThat(SpendAtRisk.Alternative.to("A", "oncology", "B", "cardiology", null)).as("another area").isFalse();
        assertThat(SpendAtRisk.Alternative.to("A", "oncology", "B", "oncology", true)).as("excluded").isFalse();
        assertThat(SpendAtRisk.Alternative.to("A", null, "B", null, null)).as("no area named").isFalse();
    }
}
