package org.kamgraph.algorithms.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores and tiers accounts from their facts, explainably. Each component is mapped onto [0, 1]:
 * <ul>
 *   <li>spend: spend / the largest spend among the accounts scored;</li>
 *   <li>growth: like-for-like growth rate g clamped to [-cap, cap] and mapped linearly, (g + cap) / (2 cap), so no
 *       change is 0.5; without history 0.5 (unknown counts as flat);</li>
 *   <li>influence: influence share / the largest share;</li>
 *   <li>access and coverage: as measured (already in [0, 1]); 0 when unknown.</li>
 * </ul>
 * The score is the sum of value × effective weight, so it lies in [0, 1] and its components' contributions add up
 * to it. Accounts are ranked by score (ties by key) and tiered by the {@link TierPolicy}.
 */
public final class AccountScoring {
    /** Growth beyond ±50% a year counts as ±50%: one new prescriber must not outweigh a large stable account. */
    public static final double GROWTH_CAP = 0.5;

    private AccountScoring() {
    }

    public static List<ScoredAccount> score(List<AccountFacts> accounts, Weights weights, TierPolicy policy) {
        double maxSpend = accounts.stream().mapToDouble(AccountFacts::spend).max().orElse(0);
        double maxShare = accounts.stream().mapToDouble(AccountFacts::influenceShare).max().orElse(0);
        record Partial(AccountFacts facts, List<ComponentScore> components, double score) {
        }
        List<Partial> partial = new ArrayList<>();
        for (AccountFacts a : accounts) {
            List<ComponentScore> cs = new ArrayList<>();
            cs.add(component(Component.SPEND, a.spend(), maxSpend > 0 ? a.spend() / maxSpend : 0, weights,
                    maxSpend > 0 ? null : "no prescribing spend in scope in any account"));
            Double g = a.growthRate();
            cs.add(component(Component.GROWTH, g, g == null ? 0.5 : growthValue(g), weights,
                    g == null ? "no prescribing history on the earlier day; counted as flat" : null));
            cs.add(component(Component.INFLUENCE, a.influenceShare(), maxShare > 0 ? a.influenceShare() / maxShare : 0, weights,
                    maxShare > 0 ? null : "nobody holds influence in the network"));
            cs.add(component(Component.ACCESS, a.access(), a.access() == null ? 0 : clamp01(a.access()), weights,
                    a.access() == null ? "no payer, PBM or committee of the account lists products in scope" : null));
            cs.add(component(Component.COVERAGE, a.coverage(), a.coverage() == null ? 0 : clamp01(a.coverage()), weights,
                    a.coverage() == null ? "its people hold no influence to cover" : null));
            double score = cs.stream().mapToDouble(ComponentScore::contribution).sum();
            partial.add(new Partial(a, List.copyOf(cs), score));
        }
        partial.sort(Comparator.comparingDouble(Partial::score).reversed().thenComparing(p -> p.facts().key()));
        List<ScoredAccount> out = new ArrayList<>();
        int key = 0;
        int strategic = 0;
        for (int i = 0; i < partial.size(); i++) {
            Partial p = partial.get(i);
            double s = p.score();
            Tier tier;
            String reason;
            if (s >= policy.minKeyScore() && key < policy.maxKey()) {
                tier = Tier.KEY;
                key++;
                reason = "score " + fmt(s) + " reaches " + fmt(policy.minKeyScore()) + " and ranks within the key cap of " + policy.maxKey();
            } else if (s >= policy.minStrategicScore() && strategic < policy.maxStrategic()) {
                tier = Tier.STRATEGIC;
                strategic++;
                reason = s >= policy.minKeyScore()
                        ? "score " + fmt(s) + " reaches the key threshold but the key cap of " + policy.maxKey() + " is full"
                        : "score " + fmt(s) + " reaches " + fmt(policy.minStrategicScore()) + " (strategic) but not " + fmt(policy.minKeyScore()) + " (key)";
            } else if (s >= policy.minMaintainScore()) {
                tier = Tier.MAINTAIN;
                reason = s >= policy.minStrategicScore()
                        ? "score " + fmt(s) + " reaches the strategic threshold but the key and strategic caps (" + policy.maxKey()
                          + ", " + policy.maxStrategic() + ") are full"
                        : "score " + fmt(s) + " reaches " + fmt(policy.minMaintainScore()) + " (maintain) but not " + fmt(policy.minStrategicScore()) + " (strategic)";
            } else {
                tier = Tier.NOT_TARGETED;
                reason = "score " + fmt(s) + " is below " + fmt(policy.minMaintainScore()) + " (maintain)";
            }
            out.add(new ScoredAccount(p.facts().key(), s, i + 1, tier, reason, p.components()));
        }
        return out;
    }

    static double growthValue(double g) {
        double c = Math.max(-GROWTH_CAP, Math.min(GROWTH_CAP, g));
        return (c + GROWTH_CAP) / (2 * GROWTH_CAP);
    }

    private static ComponentScore component(Component c, Double raw, double value, Weights w, String note) {
        double weight = w.effective(c);
        return new ComponentScore(c, raw, value, weight, value * weight, note);
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d);
    }
}
