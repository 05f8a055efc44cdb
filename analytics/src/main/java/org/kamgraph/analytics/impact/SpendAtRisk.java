package org.kamgraph.analytics.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.impact.ImpactViews.AlternativeSplit;
import org.kamgraph.analytics.impact.ImpactViews.ImpactAccount;
import org.kamgraph.analytics.impact.ImpactViews.ImpactAlternative;
import org.kamgraph.analytics.impact.ImpactViews.ImpactChannel;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.analytics.impact.ImpactViews.SpendBasis;

/**
 * What a listing change does to a product's baseline spend under the listing organization (pure arithmetic).
 *
 * <p>The product's spend after the change is {@code baseline × keptAfter / keptBefore} (the access model's shares).
 * When it falls (WORSE) the difference is the spend at risk: {@code shiftShare} of it moves to the alternatives, the
 * rest is lost to the market (abandoned or untreated). When it rises (BETTER) the difference is the spend gained:
 * {@code shiftShare} of it is drawn from the alternatives (never more than they have), the rest comes from patients
 * not treated before. Spend moved to or from the alternatives is split in proportion to their baseline spend under
 * the organization (SPEND), or evenly when none is known (EVEN; only when spend moves to them). Every channel and
 * account moves by the same ratio, so channels add up to the total change and accounts to the part reaching them.
 * A gain is capped so that the product's spend never exceeds the organization's whole spend (the ceiling).
 */
public final class SpendAtRisk {
    private static final double SAME = 1e-12;

    private SpendAtRisk() {
    }

    public record Alternative(NodeSummary product, Listing listing, double baselineSpend) {
        /**
         * Whether a listed product is an alternative to {@code product} of therapeutic area {@code area}: another
         * product of the same area that the organization does not exclude.
         */
        public static boolean to(String product, String area, String listed, String listedArea, Boolean excluded) {
            return !listed.equals(product) && area != null && area.equals(listedArea) && !Boolean.TRUE.equals(excluded);
        }
    }

    /** @param capped whether the gain was capped so that the product's spend stays within the organization's */
    public record Outcome(String direction, double ratio, double baseline, double estimated, boolean stated, double after, double atRisk, double gained,
                          double shifted, double lost, double newSpend, AlternativeSplit split, List<ImpactAlternative> alternatives,
                          Double costPerPatient, Double patients, List<ImpactChannel> channels, List<ImpactAccount> accounts,
                          double reachingAccounts, double changeReachingAccounts, boolean capped) {
    }

    /** {@link #assess(Baseline, double, double, List, double, Double, double)} without a ceiling. */
    public static Outcome assess(Baseline baseline, double keptBefore, double keptAfter, List<Alternative> alternatives, double shiftShare,
                                 Double costPerPatient) {
        return assess(baseline, keptBefore, keptAfter, alternatives, shiftShare, costPerPatient, Double.POSITIVE_INFINITY);
    }

    /**
     * @param costPerPatient a patient's annual cost of the product (null when unknown: no patients are reported)
     * @param ceiling        the organization's whole spend: a gain never takes the product's spend above it (every
     *                       channel and account then moves by the capped factor)
     */
    public static Outcome assess(Baseline baseline, double keptBefore, double keptAfter, List<Alternative> alternatives, double shiftShare,
                                 Double costPerPatient, double ceiling) {
        if (!(keptBefore > 0) || !(keptAfter > 0)) {
            throw new IllegalArgumentException("shares kept must be positive");
        }
        if (!(shiftShare >= 0 && shiftShare <= 1)) {
            throw new IllegalArgumentException("shiftShare must be in [0, 1], was " + shiftShare);
        }
        double ratio = keptAfter / keptBefore;
        String direction = ratio < 1 - SAME ? "WORSE" : ratio > 1 + SAME ? "BETTER" : "SAME";
        double factor = "SAME".equals(direction) ? 0 : ratio - 1;
        double total = baseline.total();
        boolean capped = false;
        if (total > 0 && total * (1 + factor) > Math.max(ceiling, total)) {
            factor = Math.max(ceiling, total) / total - 1;
            capped = true;
        }
        double change = total * factor;
        double atRisk = Math.max(0, -change);
        double gained = Math.max(0, change);

        double altTotal = alternatives.stream().mapToDouble(Alternative::baselineSpend).sum();
        AlternativeSplit split = alternatives.isEmpty() ? AlternativeSplit.NONE : altTotal > 0 ? AlternativeSplit.SPEND : AlternativeSplit.EVEN;
        double shifted = atRisk > 0 ? (split == AlternativeSplit.NONE ? 0 : shiftShare * atRisk)
                : Math.min(shiftShare * gained, altTotal);
        List<ImpactAlternative> altRows = new ArrayList<>();
        for (Alternative a : alternatives) {
            double part = switch (split) {
                case SPEND -> shifted * a.baselineSpend() / altTotal;
                case EVEN -> shifted / alternatives.size();
                case NONE -> 0;
            };
            altRows.add(new ImpactAlternative(a.product(), a.listing(), a.baselineSpend(), part));
        }
        altRows.sort(Comparator.comparingDouble(ImpactAlternative::amount).reversed()
                .thenComparing(a -> a.product().id()));
        double lost = atRisk - (atRisk > 0 ? shifted : 0);
        double fresh = gained - (gained > 0 ? shifted : 0);

        List<ImpactChannel> channels = new ArrayList<>();
        for (Baseline.ChannelSpend c : baseline.channels()) {
            channels.add(new ImpactChannel(c.node(), c.relationship(), c.spend(), c.spend() * factor,
                    c.stated() ? SpendBasis.STATED : SpendBasis.ESTIMATED));
        }
        channels.sort(Comparator.comparingDouble((ImpactChannel c) -> Math.abs(c.change())).reversed()
                .thenComparing(Comparator.comparingDouble(ImpactChannel::baselineSpend).reversed()).thenComparing(c -> c.node().id()));
        List<ImpactAccount> accounts = new ArrayList<>();
        for (Baseline.AccountSpend a : baseline.accounts()) {
            double moved = a.spend() * factor;
            accounts.add(new ImpactAccount(a.node(), a.via(), a.spend(), moved, patients(moved, costPerPatient)));
        }
        accounts.sort(Comparator.comparingDouble((ImpactAccount a) -> Math.abs(a.change())).reversed()
                .thenComparing(Comparator.comparingDouble(ImpactAccount::baselineSpend).reversed()).thenComparing(a -> a.node().id()));
        double reaching = baseline.reachingAccounts();
        return new Outcome(direction, ratio, total, baseline.estimated(), baseline.stated(), total + change, atRisk, gained, shifted, lost, fresh, split,
                altRows, costPerPatient, patients(change, costPerPatient), channels, accounts, reaching, reaching * factor, capped);
    }

    private static Double patients(double moved, Double costPerPatient) {
        return costPerPatient == null || costPerPatient <= 0 ? null : Math.abs(moved) / costPerPatient;
    }
}
