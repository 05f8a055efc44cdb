package org.kamgraph.algorithms.scoring;

/**
 * How good one formulary listing of a product is for access, in [0, 1]: by tier 1 (preferred) 1.0, 2 0.8, 3 0.6,
 * 4 0.4, 5 0.2, 6 0.1, a listing without a tier 0.7; prior authorization and step therapy each take 0.15 off;
 * excluded or not listed is 0.
 */
public final class ListingQuality {
    private static final double[] BY_TIER = {1.0, 0.8, 0.6, 0.4, 0.2, 0.1};
    public static final double NO_TIER = 0.7;
    public static final double RESTRICTION = 0.15;

    private ListingQuality() {
    }

    public static double of(boolean listed, Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
        if (!listed || Boolean.TRUE.equals(excluded)) {
            return 0;
        }
        double q = tier == null || tier < 1 || tier > 6 ? NO_TIER : BY_TIER[(int) (tier - 1)];
        if (Boolean.TRUE.equals(priorAuth)) {
            q -= RESTRICTION;
        }
        if (Boolean.TRUE.equals(stepTherapy)) {
            q -= RESTRICTION;
        }
        return Math.max(0, q);
    }

    /** A word for the position: preferred (tier 1-2, unrestricted), listed, restricted, excluded or not listed. */
    public static String position(boolean listed, Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
        if (!listed) {
            return "not listed";
        }
        if (Boolean.TRUE.equals(excluded)) {
            return "excluded";
        }
        if (Boolean.TRUE.equals(priorAuth) || Boolean.TRUE.equals(stepTherapy)) {
            return "restricted";
        }
        return tier != null && tier <= 2 ? "preferred" : "listed";
    }
}
