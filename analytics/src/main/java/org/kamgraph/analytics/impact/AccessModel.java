package org.kamgraph.analytics.impact;

import java.util.Arrays;

/**
 * The access model behind formulary impact: each listing state keeps a share of the product's baseline use (its
 * annual spend under the listing organization). A change moves that spend by the ratio of the share kept after to
 * the share kept before. Only ratios matter, so the shares need not be normalized; the defaults are relative to
 * tier 1 without utilization management (1.0). See docs/MARKET_ACCESS.md ("Formulary impact as spend at risk") for the sources of the defaults.
 *
 * <p>A listed product keeps {@code tier(t) × (priorAuth ? priorAuth : 1) × (stepTherapy ? stepTherapy : 1)}; a
 * listing without a tier counts as tier 1 (no cost-sharing penalty is known). An excluded product keeps
 * {@code excluded} whatever else the listing says; a product the organization does not list keeps {@code notListed}.
 *
 * @param tiers       share kept at tiers 1..6 (index 0 is tier 1), each in (0, 1], never rising with the tier
 * @param priorAuth   factor for prior authorization, in (0, 1]
 * @param stepTherapy factor for step therapy, in (0, 1]
 * @param excluded    share kept when excluded, in (0, 1] and below tier 1 (an exclusion never reads like a tier-1
 *                    listing); above zero so that lifting an exclusion scales a finite baseline
 * @param notListed   share kept when the organization does not list the product, in (0, 1]
 */
public record AccessModel(double[] tiers, double priorAuth, double stepTherapy, double excluded, double notListed) {
    /** Number of formulary tiers the model knows (the LISTS.tier range). */
    public static final int TIERS = 6;
    private static final String PREFIX = "kam.market.impact.kept.";

    public AccessModel {
        if (tiers == null || tiers.length != TIERS) {
            throw new IllegalArgumentException(PREFIX + "tier1..tier6: six shares are needed");
        }
        tiers = tiers.clone();
        for (int t = 0; t < TIERS; t++) {
            share(PREFIX + "tier" + (t + 1), tiers[t]);
            if (t > 0 && tiers[t] > tiers[t - 1]) {
                throw new IllegalArgumentException(PREFIX + "tier" + (t + 1) + " (" + tiers[t] + ") may not keep more than tier " + t
                        + " (" + tiers[t - 1] + ")");
            }
        }
        share(PREFIX + "prior-auth", priorAuth);
        share(PREFIX + "step-therapy", stepTherapy);
        share(PREFIX + "excluded", excluded);
        share(PREFIX + "not-listed", notListed);
        if (excluded >= tiers[0]) {
            throw new IllegalArgumentException(PREFIX + "excluded (" + excluded + ") must keep less than tier 1 (" + tiers[0] + ")");
        }
    }

    /** The defaults documented in docs/MARKET_ACCESS.md ("Formulary impact as spend at risk") (the same as ImpactProperties'). */
    public static AccessModel defaults() {
        return new AccessModel(new double[] {1.00, 0.99, 0.89, 0.67, 0.62, 0.45}, 0.63, 0.57, 0.10, 0.36);
    }

    /** The share of baseline use kept in this position; null means not listed. */
    public double kept(Position position) {
        if (position == null) {
            return notListed;
        }
        if (position.excluded()) {
            return excluded;
        }
        double share = position.tier() == null ? tiers[0] : tiers[position.tier().intValue() - 1];
        if (position.priorAuth()) {
            share *= priorAuth;
        }
        if (position.stepTherapy()) {
            share *= stepTherapy;
        }
        return share;
    }

    private static void share(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share in (0, 1], was " + value);
        }
    }

    /**
     * A product's place on a formulary: tier (1..6, null when the listing names none), utilization management, or
     * excluded.
     */
    public record Position(Long tier, boolean priorAuth, boolean stepTherapy, boolean excluded) {
        public Position {
            if (tier != null && (tier < 1 || tier > TIERS)) {
                throw new IllegalArgumentException("tier must be between 1 and " + TIERS + ", was " + tier);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessModel m && Arrays.equals(tiers, m.tiers) && priorAuth == m.priorAuth && stepTherapy == m.stepTherapy
                && excluded == m.excluded && notListed == m.notListed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tiers) * 31 + Double.hashCode(priorAuth + 3 * stepTherapy + 7 * excluded + 11 * notListed);
    }

    @Override
    public String toString() {
        return "AccessModel" + Arrays.toString(tiers) + " priorAuth=" + priorAuth + " stepTherapy=" + stepTherapy + " excluded="
                + excluded + " notListed=" + notListed;
    }

    @Override
    public double[] tiers() {
        return tiers.clone();
    }
}
