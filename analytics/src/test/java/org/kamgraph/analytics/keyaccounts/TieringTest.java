package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.scoring.Component;
import org.kamgraph.algorithms.scoring.ScoredAccount;
import org.kamgraph.algorithms.scoring.Tier;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.analytics.keyaccounts.TierExplanation.ComponentView;
import org.kamgraph.analytics.keyaccounts.TierExplanation.Movement;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Listing;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Ref;
import org.kamgraph.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Four hand-built accounts tiered with the default weights (spend .35, growth .15, influence .20, access .15,
 * coverage .15) under a key cap of 1. Our one product PRD-1 is listed tier 1 unrestricted at payer b1 (quality 1.0,
 * preferred) and tier 3 with prior authorisation at b2 (0.6 - 0.15 = 0.45, restricted). Influence shares: p1 .3,
 * p2 .1, p3 .4, p4 .2 (they add up to 1).
 * <pre>
 *              people  spend  growth (like for like)   influence   access  coverage (covered share)
 * IDN-1 Big    p1 p2   1000   400 → 500: +25% → .75    .4 → 1.0    1.0     p1: .3/.4 = .75
 * IDN-2 Mid    p3       500   500 → 400: -20% → .30    .4 → 1.0    .45     p3: .4/.4 = 1.0
 * HOS-3 Small  p4         0   none → .5                .2 → .5     none 0  nobody: 0
 * HOS-4 Empty  -          0   none → .5                0  → 0      none 0  no influence: 0
 * spend and influence are relative to the largest (1000, .4).
 * IDN-1 = .35×1 + .15×.75 + .2×1 + .15×1 + .15×.75     = .925   KEY (the cap of 1)
 * IDN-2 = .35×.5 + .15×.3 + .2×1 + .15×.45 + .15×1     = .6375  STRATEGIC (reaches .45, key cap full)
 * HOS-3 = .15×.5 + .2×.5                               = .175   MAINTAIN (reaches .15)
 * HOS-4 = .15×.5                                       = .075   NOT_TARGETED
 * </pre>
 */
class TieringTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 1);
    static final TierPolicy ONE_KEY = new TierPolicy(1, 25, 0.45, 0.3, 0.15);

    static final List<AccountRow> ACCOUNTS = List.of(
            new AccountRow("e-idn-1", NodeKind.IDN, "IDN-1", "Big", "T1", List.of("p1", "p2"), List.of("b1")),
            new AccountRow("e-idn-2", NodeKind.IDN, "IDN-2", "Mid", "T1", List.of("p3"), List.of("b2")),
            new AccountRow("e-hos-3", NodeKind.HOSPITAL, "HOS-3", "Small", "T2", List.of("p4"), List.of()),
            new AccountRow("e-hos-4", NodeKind.HOSPITAL, "HOS-4", "Empty", "T2", List.of(), List.of()));
    static final Map<String, PersonFacts> PEOPLE = Map.of(
            "p1", new PersonFacts(600, 400, 500, true, true),
            "p2", new PersonFacts(400, 0, 0, false, false),
            "p3", new PersonFacts(500, 500, 400, true, true),
            "p4", new PersonFacts(0, 0, 0, false, false));
    static final Map<String, Double> INFLUENCE = Map.of("p1", 0.3, "p2", 0.1, "p3", 0.4, "p4", 0.2);
    static final Map<String, Body> LISTINGS = Map.of(
            "b1", new Body(new Ref("b1", NodeKind.PAYER, "PAY-1", "Plan One"), List.of(new Listing("PRD-1", 1L, false, false, false))),
            "b2", new Body(new Ref("b2", NodeKind.PAYER, "PAY-2", "Plan Two"), List.of(new Listing("PRD-1", 3L, true, false, false))));

    static ScoredDay scored(Map<String, PersonFacts> people) {
        return ScoredDay.score(TieringFacts.of(ACCOUNTS, people, INFLUENCE, LISTINGS, List.of("PRD-1")), Weights.DEFAULTS, ONE_KEY, DAY, BEFORE);
    }

    @Test
    void componentFactsPerAccount() {
        TieringFacts f = TieringFacts.of(ACCOUNTS, PEOPLE, INFLUENCE, LISTINGS, List.of("PRD-1"));
        AccountComponents big = f.get("Idn:IDN-1");
        assertThat(big.spend()).isEqualTo(new SpendPotential(1000, 2, 2));
        assertThat(big.growth().before()).isEqualTo(400.0);
        assertThat(big.growth().nowOfThose()).isEqualTo(500.0);
        assertThat(big.influence().fact()).isCloseTo(0.4, within(1e-12));
        assertThat(big.access().fact()).isEqualTo(1.0);
        assertThat(big.access().positions()).containsExactly(Map.entry("preferred", 1));
        assertThat(big.coverage().fact()).isCloseTo(0.75, within(1e-12));
        assertThat(big.coverage().covered()).containsExactly("p1");
        AccountComponents mid = f.get("Idn:IDN-2");
        assertThat(mid.access().fact()).isCloseTo(0.45, within(1e-12));
        assertThat(mid.access().positions()).containsExactly(Map.entry("restricted", 1));
        AccountComponents empty = f.get("Hospital:HOS-4");
        assertThat(empty.growth().before()).isNull();
        assertThat(empty.access().fact()).isNull();
        assertThat(empty.coverage().fact()).isNull();
    }

    @Test
    void scoresRanksAndTiersByHand() {
        ScoredDay day = scored(PEOPLE);
        assertThat(day.accounts()).extracting(ScoredAccount::key).containsExactly("Idn:IDN-1", "Idn:IDN-2", "Hospital:HOS-3", "Hospital:HOS-4");
        assertThat(day.accounts()).extracting(ScoredAccount::tier).containsExactly(Tier.KEY, Tier.STRATEGIC, Tier.MAINTAIN, Tier.NOT_TARGETED);
        assertThat(day.find("Idn:IDN-1").score()).isCloseTo(0.925, within(1e-9));
        assertThat(day.find("Idn:IDN-2").score()).isCloseTo(0.6375, within(1e-9));
        assertThat(day.find("Hospital:HOS-3").score()).isCloseTo(0.175, within(1e-9));
        assertThat(day.find("Hospital:HOS-4").score()).isCloseTo(0.075, within(1e-9));
        ScoredAccount mid = day.find("Idn:IDN-2");
        assertThat(mid.component(Component.GROWTH).value()).isCloseTo(0.3, within(1e-9));
        assertThat(mid.component(Component.SPEND).value()).isCloseTo(0.5, within(1e-9));
        assertThat(mid.component(Component.ACCESS).contribution()).isCloseTo(0.0675, within(1e-9));
        assertThat(day.find("Hospital:HOS-3").component(Component.INFLUENCE).value()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void explainsEachComponentInWords() {
        ScoredDay day = scored(PEOPLE);
        assertThat(TierExplanation.components(day.find("Idn:IDN-1"), day)).extracting(ComponentView::detail).containsExactly(
                "$1.0k a year from 2 prescribers among 2 people",
                "+25.0% like-for-like since 2025-06-01 (1 prescribers with history)",
                "its 2 people hold 40.00% of the network's influence",
                "1 payers, PBMs and committees × our products: 1 preferred",
                "1 of 2 people covered, holding 75% of the account's influence");
        assertThat(TierExplanation.components(day.find("Hospital:HOS-4"), day)).extracting(ComponentView::detail).containsExactly(
                "$0 a year from 0 prescribers among 0 people",
                "no prescriber had spend in scope on 2025-06-01",
                "its 0 people hold 0.00% of the network's influence",
                "no payer, PBM or committee found for the account",
                "no influence to cover");
    }

    /** A year earlier p2 was covered and p1 not: IDN-1's coverage was .1/.4 = .25, contribution .0375 (now .1125). */
    @Test
    void movementNamesTheComponentsThatMoved() {
        Map<String, PersonFacts> then = new java.util.HashMap<>(PEOPLE);
        then.put("p1", new PersonFacts(600, 400, 500, true, false));
        then.put("p2", new PersonFacts(400, 0, 0, false, true));
        ScoredDay earlier = ScoredDay.score(TieringFacts.of(ACCOUNTS.subList(0, 1), then, INFLUENCE, LISTINGS, List.of("PRD-1")),
                Weights.DEFAULTS, ONE_KEY, BEFORE, BEFORE.minusYears(1));
        ScoredDay now = scored(PEOPLE);
        Movement big = TierExplanation.movement(now.find("Idn:IDN-1"), earlier, BEFORE);
        assertThat(big.present()).isTrue();
        assertThat(big.scoreChange()).isCloseTo(0.075, within(1e-9));
        assertThat(big.components().getFirst().component()).isEqualTo(Component.COVERAGE);
        assertThat(big.summary()).isEqualTo("score 0.850 → 0.925, rank 1 → 1, tier KEY → KEY; moved by coverage +0.075");
        Movement mid = TierExplanation.movement(now.find("Idn:IDN-2"), earlier, BEFORE);
        assertThat(mid.present()).isFalse();
        assertThat(mid.summary()).isEqualTo("not an account on 2025-06-01; new since then");
    }

    @Test
    void moneyInWords() {
        assertThat(Money.format(null)).isEqualTo("n/a");
        assertThat(Money.format(12.0)).isEqualTo("$12");
        assertThat(Money.format(7_800.0)).isEqualTo("$7.8k");
        assertThat(Money.format(4_560_000.0)).isEqualTo("$4.56M");
        assertThat(Money.format(1_230_000_000.0)).isEqualTo("$1.23B");
    }
}
