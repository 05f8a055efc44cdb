package org.kamgraph.algorithms.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores worked out by hand; tiers under caps; bad settings name their field. */
class AccountScoringTest {

    /**
     * Three accounts. Spend 1000, 500, 0 (max 1000). Growth: A 1200/1000 - 1 = +20% (value 0.7), B without history
     * (0.5), C -80% (clamped to -50%: 0). Influence shares 0.2, 0.4, 0.1 (max 0.4). Access 1, 0.45, unknown (0).
     * Coverage 0.5, 1, unknown (0). Weights 0.35/0.15/0.2/0.15/0.15.
     * A = 0.35*1 + 0.15*0.7 + 0.2*0.5 + 0.15*1 + 0.15*0.5 = 0.78
     * B = 0.35*0.5 + 0.15*0.5 + 0.2*1 + 0.15*0.45 + 0.15*1 = 0.6675
     * C = 0 + 0 + 0.2*0.25 + 0 + 0 = 0.05
     */
    static List<AccountFacts> three() {
        return List.of(
                new AccountFacts("A", 1000, 1000.0, 1200.0, 0.2, 1.0, 0.5),
                new AccountFacts("B", 500, null, null, 0.4, 0.45, 1.0),
                new AccountFacts("C", 0, 100.0, 20.0, 0.1, null, null));
    }

    @Test
    void handComputedScoresRanksAndContributions() {
        List<ScoredAccount> s = AccountScoring.score(three(), Weights.DEFAULTS, TierPolicy.DEFAULTS);
        assertThat(s).extracting(ScoredAccount::key).containsExactly("A", "B", "C");
        assertThat(s.get(0).score()).isCloseTo(0.78, offset(1e-12));
        assertThat(s.get(1).score()).isCloseTo(0.6675, offset(1e-12));
        assertThat(s.get(2).score()).isCloseTo(0.05, offset(1e-12));
        assertThat(s).extracting(ScoredAccount::rank).containsExactly(1, 2, 3);
        ScoredAccount a = s.getFirst();
        assertThat(a.component(Component.GROWTH).raw()).isCloseTo(0.2, offset(1e-12));
        assertThat(a.component(Component.GROWTH).value()).isCloseTo(0.7, offset(1e-12));
        assertThat(a.component(Component.GROWTH).contribution()).isCloseTo(0.105, offset(1e-12));
        assertThat(a.components().stream().mapToDouble(ComponentScore::contribution).sum()).isCloseTo(a.score(), offset(1e-12));
        ScoredAccount b = s.get(1);
        assertThat(b.component(Component.GROWTH).raw()).isNull();
        assertThat(b.component(Component.GROWTH).note()).contains("no prescribing history");
        ScoredAccount c = s.get(2);
        assertThat(c.component(Component.GROWTH).raw()).isCloseTo(-0.8, offset(1e-12));
        assertThat(c.component(Component.GROWTH).value()).isZero();
        assertThat(c.component(Component.ACCESS).note()).isNotNull();
        assertThat(s).extracting(ScoredAccount::tier).containsExactly(Tier.KEY, Tier.KEY, Tier.NOT_TARGETED);
    }

    @Test
    void weightsAreRelativeToTheirSum() {
        List<ScoredAccount> x = AccountScoring.score(three(), new Weights(35, 15, 20, 15, 15), TierPolicy.DEFAULTS);
        assertThat(x.getFirst().score()).isCloseTo(0.78, offset(1e-12));
        List<ScoredAccount> spendOnly = AccountScoring.score(three(), new Weights(1, 0, 0, 0, 0), TierPolicy.DEFAULTS);
        assertThat(spendOnly).extracting(ScoredAccount::score).containsExactly(1.0, 0.5, 0.0);
    }

    @Test
    void theKeyCapHoldsWhateverTheScores() {
        List<AccountFacts> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new AccountFacts("X" + (100 + i), 1000, 1000.0, 1000.0, 0.02, 1.0, 1.0));
        }
        TierPolicy p = new TierPolicy(3, 5, 0.45, 0.3, 0.15);
        List<ScoredAccount> s = AccountScoring.score(many, Weights.DEFAULTS, p);
        assertThat(s.stream().filter(a -> a.tier() == Tier.KEY)).hasSize(3);
        assertThat(s.stream().filter(a -> a.tier() == Tier.STRATEGIC)).hasSize(5);
        assertThat(s.stream().filter(a -> a.tier() == Tier.MAINTAIN)).hasSize(42);
        assertThat(s.get(0).key()).isEqualTo("X100");
        assertThat(s.get(3).tierReason()).contains("key cap of 3 is full");
        assertThat(s.get(10).tierReason()).contains("caps (3, 5) are full");
        assertThat(AccountScoring.score(many, Weights.DEFAULTS, new TierPolicy(0, 0, 0.45, 0.3, 0.15)))
                .noneMatch(a -> a.tier() == Tier.KEY || a.tier() == Tier.STRATEGIC);
    }

    @Test
    void badWeightsAndTiersNameTheirField() {
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0, 0)).isInstanceOf(InvalidScoringException.class)
                .hasMessageContaining("between 0 and 100").extracting(e -> ((InvalidScoringException) e).field()).isEqualTo("weights.spend");
        assertThatThrownBy(() -> new Weights(0, Double.NaN, 0, 0, 0)).extracting(e -> ((InvalidScoringException) e).field())
                .isEqualTo("weights.growth");
        assertThatThrownBy(() -> new Weights(0, 0, 0, 0, 0)).hasMessageContaining("at least one weight")
                .extracting(e -> ((InvalidScoringException) e).field()).isEqualTo("weights");
        assertThatThrownBy(() -> new TierPolicy(-1, 5, 0.5, 0.3, 0.1)).extracting(e -> ((InvalidScoringException) e).field())
                .isEqualTo("tiers.maxKey");
        assertThatThrownBy(() -> new TierPolicy(1, 5, 0.3, 0.5, 0.1)).extracting(e -> ((InvalidScoringException) e).field())
                .isEqualTo("tiers.minStrategicScore");
    }

    @Test
    void listingQuality() {
        assertThat(ListingQuality.of(true, 1L, false, false, false)).isEqualTo(1.0);
        assertThat(ListingQuality.of(true, 3L, true, false, null)).isCloseTo(0.45, offset(1e-12));
        assertThat(ListingQuality.of(true, 6L, true, true, false)).isZero();
        assertThat(ListingQuality.of(true, null, null, null, null)).isEqualTo(ListingQuality.NO_TIER);
        assertThat(ListingQuality.of(true, 1L, false, false, true)).isZero();
        assertThat(ListingQuality.of(false, null, null, null, null)).isZero();
        assertThat(ListingQuality.position(true, 2L, false, false, false)).isEqualTo("preferred");
        assertThat(ListingQuality.position(true, 2L, true, false, false)).isEqualTo("restricted");
        assertThat(ListingQuality.position(false, null, null, null, null)).isEqualTo("not listed");
    }
}
